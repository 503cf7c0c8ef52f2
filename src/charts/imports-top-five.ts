/**
 * Table 1 as a chart: each year's top five sources of Hong Kong's film and TV imports, one
 * small panel per place (eight lines in one panel would tangle). A line breaks in the years
 * the place is outside the top five; the other places are drawn faintly behind for scale.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { PAPER } from "../site.ts";
import { formatPercent } from "../lib/format.ts";
import { formatYears, isNarrow, niceMax, yearSpan } from "./layout.ts";
import { placeColour } from "./palette.ts";
import { changeSentence, knownPoints, tradePlaceRows, type TradePlaceRow } from "./trade-rows.ts";
import type { ChartSpec } from "./types.ts";

const TABLE = "Table 1";

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
  paperRef: { en: "Table 1", "zh-hk": "" },
  title: { en: "Top Five Source Regions of Hong Kong's Imported Film and TV-related Creative Products", "zh-hk": "" },
  subtitle:
    { en: "Share of Hong Kong's imports of film- and TV-related goods, %, for every place in a year's top five; a break in a line is a " +
    "year outside the top five", "zh-hk": "" },
  period: (rows) => yearSpan(rows),
  source: { en: `Source: Create Hong Kong, via Table 1 of the paper (${PAPER.citation})`, "zh-hk": "" },
  datasets: ["trade-imports", "places"],
  steps: [
    { id: "mainland-china", caption: { en: "Mainland China never left the top five, but its share shrank.", "zh-hk": "" } },
    { id: "japan", caption: { en: "Japan's share grew until it led every year.", "zh-hk": "" } },
    { id: "newcomers", caption: { en: "Places that joined the top five later on.", "zh-hk": "" } },
  ],
  rows(data) {
    const places = [...new Set(data["trade-imports"].map((r) => r.place).filter((p): p is string => p !== null))];
    return tradePlaceRows(data, "imports", places, TABLE);
  },
  notes(rows) {
    const years = yearsOf(rows);
    const notes = [
      `${TABLE} lists only each year's top five places, so a place has a share only in the years it ranked; its other years are ` +
        `missing, drawn as gaps, not zeros.`,
    ];
    for (const place of placesByPresence(rows)) {
      const out = rows.filter((r) => r.place === place && r.share_percent === null);
      if (out.length) notes.push(`${out[0]!.place_name}: outside the top five (no figure) in ${formatYears(out.map((r) => r.year))}.`);
    }
    const illegible = rows.filter((r) => r.status !== "known" && r.status !== "not-in-top-five");
    notes.push(
      illegible.length
        ? `${illegible.length} figures are not legible in the text extracted from the paper's PDF.`
        : `Every figure in ${TABLE} is legible for ${years[0]}–${years.at(-1)}.`,
    );
    return notes;
  },
  describe(rows) {
    const years = yearsOf(rows);
    const places = placesByPresence(rows);
    const parts = [
      `Small line charts of the share of Hong Kong's film and TV imports for the ${places.length} places that made a yearly top ` +
        `five, ${yearSpan(rows)}.`,
    ];
    for (const place of places) {
      const pts = knownPoints(rows, place, "share_percent");
      const name = rows.find((r) => r.place === place)?.place_name ?? place;
      const inYears = pts.map((p) => p.year);
      const span = inYears.length === years.length ? "every year" : `${inYears.length} of ${years.length} years (${formatYears(inYears)})`;
      const change = changeSentence(pts, (n) => formatPercent(n));
      parts.push(
        `${name}: in the top five ${span}${change ? `; its share ${change}` : pts[0] ? `, with ${formatPercent(pts[0].value)}` : ""}.`,
      );
    }
    return parts.join(" ");
  },
  plot(rows, { width, step }): PlotOptions {
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
    const name = (p: string) => rows.find((r) => r.place === p)?.place_name ?? p;

    // Each panel: its own place in colour over every other place in faint grey.
    const own = rows.map((r) => ({ ...r, ...panel.get(r.place)! }));
    const context = places.flatMap((p) => rows.filter((r) => r.place !== p).map((r) => ({ ...r, ...panel.get(p)! })));
    const titles = places.map((p) => ({ place: p, label: name(p), ...panel.get(p)! }));
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
      y: { type: "linear", domain: [0, top], ticks: 2, tickFormat: (n: number) => formatPercent(n, 0), label: null, grid: true },
      color: { type: "identity" },
      opacity: { type: "identity" },
      marks: [
        Plot.ruleY([0], { stroke: "currentColor", strokeOpacity: 0.5 }),
        Plot.line(context, {
          x: "year",
          y: "share_percent",
          z: "place",
          fx: "fx",
          fy: "fy",
          stroke: "currentColor",
          strokeOpacity: 0.14,
          strokeWidth: 1,
        }),
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
          fontWeight: 600,
        }),
      ],
    };
  },
};
