/**
 * Table 1 as a chart: each year's top five sources of Hong Kong's film and TV imports, one
 * small panel per place (eight lines in one panel would tangle). A line breaks in the years
 * the place is outside the top five. Behind it, for scale, a faint band spans the year's top five,
 * from the fifth share to the first: one shape per panel, where drawing every other place's line
 * in every panel grew with the square of the places and made a long series the build's slowest
 * drawing (17 places over 1,200 years: 330,000 points per image).
 */
import * as Plot from "@observablehq/plot";
import { group } from "d3";
import type { PlotOptions } from "@observablehq/plot";
import { PAPER } from "../site.ts";
import type { Localized } from "../lib/i18n.ts";
import { isNarrow, niceMax } from "./layout.ts";
import { placeColour } from "./palette.ts";
import { changeSentence, knownPoints, tradePeriod, tradePlaceRows, tradeTip, type TradePlaceRow } from "./trade-rows.ts";
import type { ChartSpec } from "./types.ts";

const TABLE: Localized = { en: "Table 1", "zh-hk": "表1" };

/** Places ever in the top five: most years ranked first, then by their summed share. */
function placesByPresence(rows: readonly TradePlaceRow[]): string[] {
  const score = new Map<string, [number, number]>();
  for (const r of rows) {
    const s = score.get(r.place) ?? [0, 0];
    if (r.share_percent !== null) score.set(r.place, [s[0] + 1, s[1] + r.share_percent]);
    else score.set(r.place, s);
  }
  return [...score.entries()].sort((a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1]).map(([p]) => p);
}

function yearsOf(rows: readonly TradePlaceRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

/**
 * Each year's lowest and highest share among its top five, or null bounds (a gap in the band)
 * for a year in which some ranked place's share is not legible: the band would be a guess.
 */
function topFiveRange(rows: readonly TradePlaceRow[]): { year: number; lo: number | null; hi: number | null }[] {
  return [...group(rows, (r) => r.year)]
    .sort((a, b) => a[0] - b[0])
    .map(([year, rs]) => {
      const shares = rs.filter((r) => r.share_percent !== null).map((r) => r.share_percent!);
      const whole = shares.length > 0 && rs.every((r) => r.status === "known" || r.status === "not-in-top-five");
      return whole ? { year, lo: Math.min(...shares), hi: Math.max(...shares) } : { year, lo: null, hi: null };
    });
}

/** Places that are not in the first year's top five but are in the last year's. */
function newcomers(rows: readonly TradePlaceRow[]): string[] {
  const years = yearsOf(rows);
  const ranked = (y: number | undefined) => new Set(rows.filter((r) => r.year === y && r.share_percent !== null).map((r) => r.place));
  const [first, last] = [ranked(years[0]), ranked(years.at(-1))];
  return [...last].filter((p) => !first.has(p));
}

export const IMPORTS_TOP_FIVE: ChartSpec<TradePlaceRow> = {
  kind: "chart",
  id: "imports-top-five",
  paperRef: TABLE,
  title: {
    en: "Top Five Source Regions of Hong Kong's Imported Film and TV-related Creative Products",
    "zh-hk": "香港進口電影及電視相關創意產品的五大來源地",
  },
  subtitle: {
    en:
      "Share of Hong Kong's imports of film- and TV-related goods, %, for every place in a year's top five; a break in a line is a " +
      "year outside the top five; shaded, the span of the year's top five",
    "zh-hk":
      "每年五大來源地各佔香港電影及電視相關產品進口總值的百分比（%）；線條中斷的年份，該地不在五大之列；陰影為當年第五至第一名佔比的範圍",
  },
  period: (rows, w) => tradePeriod(rows, w),
  source: {
    en: `Source: Create Hong Kong, via Table 1 of the paper (${PAPER.citation})`,
    "zh-hk": `資料來源：創意香港，經論文表1（Table 1）；${PAPER.citation}`,
  },
  datasets: ["trade-imports", "places"],
  steps: [
    {
      id: "mainland-china",
      caption: { en: "Mainland China never left the top five, but its share shrank.", "zh-hk": "內地從未跌出五大，但佔比萎縮。" },
    },
    {
      id: "japan",
      caption: {
        en: "After one dip, Japan's share rose each year until Japan came first; it has led every year since.",
        "zh-hk": "日本的佔比一度回落，其後逐年上升，直至排名第一，此後年年居首。",
      },
    },
    { id: "newcomers", caption: { en: "Places that joined the top five later on.", "zh-hk": "後來才躋身五大的地方。" } },
  ],
  rows(data) {
    const places = [...new Set(data["trade-imports"].map((r) => r.place).filter((p): p is string => p !== null))];
    return tradePlaceRows(data, "imports", places, TABLE.en);
  },
  notes(rows, w) {
    const en = w.locale === "en";
    const table = w.pick(TABLE);
    const years = yearsOf(rows);
    const notes = [
      en
        ? `${table} lists only each year's top five places, so a place has a share only in the years it ranked; its other years are ` +
          `missing, drawn as gaps, not zeros.`
        : `${table}只列出每年五大來源地，因此一個地方只在上榜的年份有佔比；其餘年份的數字從缺，圖中畫成缺口，而非零。`,
    ];
    for (const place of placesByPresence(rows)) {
      const out = rows.filter((r) => r.place === place && r.share_percent === null).map((r) => r.year);
      if (out.length)
        notes.push(
          en
            ? `${w.place(place)}: outside the top five (no figure) in ${w.f.years(out)}.`
            : `${w.place(place)}：${w.f.years(out)}不在五大之列（沒有數字）。`,
        );
    }
    const illegible = rows.filter((r) => r.status !== "known" && r.status !== "not-in-top-five");
    const [first, last] = [years[0]!, years.at(-1)!];
    if (en)
      notes.push(
        illegible.length
          ? `${w.f.integer(illegible.length)} figures are not legible in the text extracted from the paper's PDF.`
          : `Every figure in ${table} is legible for ${w.f.yearSpan(first, last)}.`,
      );
    else
      notes.push(
        illegible.length
          ? `從論文PDF抽取的文字中，有${w.f.integer(illegible.length)}個數字無法辨認。`
          : `${table}在${w.f.yearSpan(first, last)}的數字全部可以辨認。`,
      );
    return notes;
  },
  describe(rows, w) {
    const en = w.locale === "en";
    const years = yearsOf(rows);
    const places = placesByPresence(rows);
    const parts = [
      en
        ? `Small line charts of the share of Hong Kong's film and TV imports for the ${w.f.integer(places.length)} places that made a ` +
          `yearly top five, ${tradePeriod(rows, w)}.`
        : `一組小折線圖：${tradePeriod(rows, w)}曾躋身每年五大的${w.f.integer(places.length)}個地方，` +
          `各自佔香港電影及電視相關產品進口總值的比例。`,
    ];
    for (const place of places) {
      const pts = knownPoints(rows, place, "share_percent");
      const name = w.place(place);
      const inYears = pts.map((p) => p.year);
      const every = inYears.length === years.length;
      const change = changeSentence(pts, (n) => w.f.percent(n), w);
      const only = pts[0] ? w.f.percent(pts[0].value) : null;
      if (en) {
        const span = every ? "every year" : `${w.f.integer(inYears.length)} of ${w.f.integer(years.length)} years (${w.f.years(inYears)})`;
        parts.push(`${name}: in the top five ${span}${change ? `; its share ${change}` : only ? `, with ${only}` : ""}.`);
      } else {
        const span = every
          ? "每年均位列五大"
          : `${w.f.integer(years.length)}年中有${w.f.integer(inYears.length)}年（${w.f.years(inYears)}）位列五大`;
        parts.push(`${name}：${span}${change ? `，佔比${change}` : only ? `，佔比${only}` : ""}。`);
      }
    }
    return parts.join(en ? " " : "");
  },
  plot(rows, { width, step, words: w }): PlotOptions {
    const years = yearsOf(rows);
    const places = placesByPresence(rows);
    const narrow = isNarrow(width);
    const columns = narrow ? 2 : width < 900 ? 3 : 4;
    const panelHeight = narrow ? 104 : 120;
    const gridRows = Math.ceil(places.length / columns);
    const panel = new Map(places.map((p, i) => [p, { fx: i % columns, fy: Math.floor(i / columns) }]));
    const focus = step === "newcomers" ? newcomers(rows) : step ? [step] : null;
    const dimmed = (p: string) => (focus ? !focus.includes(p) : false);
    const top = niceMax(Math.max(...rows.map((r) => r.share_percent ?? 0)), 2);

    // Each panel: its own place in colour over the band of the year's top five.
    const own = rows.map((r) => ({ ...r, ...panel.get(r.place)! }));
    const range = topFiveRange(rows);
    const band = places.flatMap((p) => range.map((r) => ({ ...r, ...panel.get(p)! })));
    const titles = places.map((p) => ({ place: p, label: w.place(p), ...panel.get(p)! }));
    return {
      width,
      height: gridRows * panelHeight + 40,
      marginTop: 22,
      marginRight: narrow ? 8 : 12,
      marginBottom: 22,
      marginLeft: 36,
      // Wide enough a gap that one panel's last year and the next panel's first never touch.
      fx: { axis: null, padding: narrow ? 0.24 : 0.12 },
      fy: { axis: null, padding: 0.22 },
      x: { type: "linear", domain: [years[0]!, years.at(-1)!], ticks: [years[0]!, years.at(-1)!], tickFormat: "d", label: null, inset: 6 },
      y: { type: "linear", domain: [0, top], ticks: 2, tickFormat: (n: number) => w.f.percent(n, 0), label: null, grid: true },
      color: { type: "identity" },
      opacity: { type: "identity" },
      marks: [
        Plot.areaY(band, { x: "year", y1: "lo", y2: "hi", fx: "fx", fy: "fy", fill: "currentColor", fillOpacity: 0.09 }),
        Plot.ruleY([0], { stroke: "currentColor", strokeOpacity: 0.5 }),
        // A null share (outside the top five) breaks the line: Plot never bridges it.
        Plot.line(own, {
          x: "year",
          y: "share_percent",
          z: "place",
          fx: "fx",
          fy: "fy",
          stroke: (r: TradePlaceRow) => placeColour(r.place),
          strokeOpacity: (r: TradePlaceRow) => (dimmed(r.place) ? 0.3 : 1),
          strokeWidth: 2,
        }),
        Plot.dot(
          own.filter((r) => r.share_percent !== null),
          {
            x: "year",
            y: "share_percent",
            fx: "fx",
            fy: "fy",
            r: 2.5,
            fill: (r: TradePlaceRow) => placeColour(r.place),
            fillOpacity: (r: TradePlaceRow) => (dimmed(r.place) ? 0.3 : 1),
            title: (r: TradePlaceRow) => tradeTip(r, w),
          },
        ),
        Plot.text(titles, {
          fx: "fx",
          fy: "fy",
          frameAnchor: "top-left",
          text: "label",
          dy: -6,
          lineAnchor: "bottom",
          textAnchor: "start",
          fill: (t: { place: string }) => placeColour(t.place),
          fillOpacity: (t: { place: string }) => (dimmed(t.place) ? 0.45 : 1),
          fontWeight: 700,
        }),
      ],
    };
  },
};
