/**
 * The story's lead: Figure 1 drawn small for the first screen, the paper's central finding in
 * one picture: the Mainland's and Japan's shares of Hong Kong's film and TV imports cross, and
 * Japan stays ahead. A view of Figure 1, not a figure of its own: it draws Figure 1's rows and
 * Figure 1's page has the whole chart, so it is a LeadSpec (no page, embed or catalogue entry of
 * its own), and the crossing is Figure 1's japanLeadYears, so the two cannot disagree.
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import { dodge } from "./line-marks.ts";
import { FONT_SIZE, lineCount, niceMax, textWidth, wrapLabel } from "./layout.ts";
import { placeColour } from "./palette.ts";
import { IMPORTS_MAINLAND_VS_JAPAN, japanLeadYears } from "./imports-mainland-vs-japan.ts";
import { knownPoints, changeSentence, tradePeriod, type TradePlaceRow } from "./trade-rows.ts";
import type { LeadSpec } from "./types.ts";
import type { Words } from "../data/words.ts";

const PLACES = ["mainland-china", "japan"] as const;
const WIDTH = 320;
const HEIGHT = 176;
const LINE_HEIGHT = FONT_SIZE * 1.2;

/** A series' name at its line's end: wrapped to two short lines, so the drawing keeps its width. */
const endName = (place: string, w: Words) => wrapLabel(w.place(place), 9);

/** The year ticks: first, crossing and last, minus any crowding its neighbour (the annotation names the crossing year anyway). */
function yearTicks(first: number, last: number, crossing: number | undefined): number[] {
  if (crossing === undefined || crossing - first < 2 || last - crossing < 2) return first === last ? [first] : [first, last];
  return [first, crossing, last];
}

export const IMPORTS_LEAD: LeadSpec<TradePlaceRow> = {
  kind: "lead",
  id: "imports-lead",
  chart: IMPORTS_MAINLAND_VS_JAPAN,
  width: WIDTH,
  source: { en: "Source: Create Hong Kong, via Table 1 of the paper", "zh-hk": "資料來源：創意香港，經論文表1" },
  title(rows, w) {
    // The lines carry the places' names; the Chinese names are short enough for the heading too.
    const period = tradePeriod(rows, w);
    return w.locale === "en"
      ? `Share of Hong Kong's imports of film- and TV-related goods, ${period}`
      : `${w.f.list(PLACES.map((p) => w.place(p)))}佔香港電影及電視相關產品進口的比例，${period}`;
  },
  describe(rows, w) {
    const en = w.locale === "en";
    const percent = (n: number) => w.f.percent(n);
    const parts = PLACES.map((place) => {
      const change = changeSentence(knownPoints(rows, place, "share_percent"), percent, w);
      return change ? (en ? `${w.place(place)}'s share ${change}` : `${w.place(place)}的佔比${change}`) : null;
    }).filter((p) => p !== null);
    const sentences = [en ? `Line chart: ${parts.join("; ")}.` : `折線圖：${parts.join("；")}。`];
    const lead = japanLeadYears(rows);
    const [from, to] = [lead[0], lead.at(-1)];
    const japan = w.place("japan");
    if (from !== undefined && to !== undefined)
      sentences.push(
        en
          ? `The lines cross: ${japan}'s share is the larger ${from === to ? `in ${from}` : `every year from ${from} to ${to}`}.`
          : `兩線交叉：${from === to ? `${w.f.year(from)}${japan}的佔比較大` : `${w.f.yearSpan(from, to)}${japan}的佔比年年較大`}。`,
      );
    return sentences.join(en ? " " : "");
  },
  plot(rows, { width, words: w }) {
    const en = w.locale === "en";
    const series = PLACES.map((place) => ({ place, points: knownPoints(rows, place, "share_percent") }));
    const years = rows.map((r) => r.year);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const top = niceMax(Math.max(...series.flatMap((s) => s.points.map((p) => p.value))), 4);
    const ends = series.flatMap((s) => {
      const [a, b] = [s.points[0], s.points.at(-1)];
      return a && b ? [{ place: s.place, a, b }] : [];
    });
    const fmt = (n: number) => w.f.percent(n);
    const marginLeft = Math.ceil(Math.max(0, ...ends.map((e) => textWidth(fmt(e.a.value)))) + 10);
    const endText = (e: (typeof ends)[number]) => `${endName(e.place, w)}\n${fmt(e.b.value)}`;
    const marginRight = Math.ceil(Math.max(0, ...ends.map((e) => textWidth(endText(e)))) + 10);
    const [marginTop, marginBottom] = [10, 20];
    const plotHeight = HEIGHT - marginTop - marginBottom;
    const px = (v: number) => marginTop + (1 - v / top) * plotHeight;
    const value = (p: number) => top * (1 - (p - marginTop) / plotHeight);
    // Labels at both ends of each line, spread apart so they never overlap.
    const place = (items: { v: number; lines: number }[]) =>
      dodge(
        items.map((i) => ({ px: px(i.v), half: (i.lines * LINE_HEIGHT) / 2 })),
        0,
        HEIGHT - marginBottom,
      ).map(value);
    const startY = place(ends.map((e) => ({ v: e.a.value, lines: 1 })));
    const endY = place(ends.map((e) => ({ v: e.b.value, lines: lineCount(endText(e)) })));

    const marks: Markish[] = [Plot.ruleY([0], { strokeOpacity: 0.5 })];
    const lead = japanLeadYears(rows);
    const crossing = lead[0];
    if (crossing !== undefined) {
      marks.push(Plot.ruleX([crossing], { y1: 0, y2: top, stroke: "currentColor", strokeOpacity: 0.4, strokeDasharray: "3,3" }));
      // In the open band between the two lines, after the crossing.
      const mid = Math.round((crossing + last) / 2);
      const at = (place: string) => rows.find((r) => r.year === mid && r.place === place)?.share_percent ?? null;
      const [m, j] = [at("mainland-china"), at("japan")];
      const japan = w.place("japan");
      marks.push(
        Plot.text([en ? `${japan} ahead\nfrom ${crossing}` : `${w.f.year(crossing)}起\n${japan}領先`], {
          x: (crossing + last) / 2 + 0.25,
          y: m !== null && j !== null ? (m + j) / 2 : top / 2,
          lineAnchor: "middle",
          fill: "currentColor",
        }),
      );
    }
    for (const s of series)
      marks.push(Plot.line(s.points, { x: "year", y: "value", stroke: placeColour(s.place), strokeWidth: 2.5, curve: "linear" }));
    ends.forEach((e, i) => {
      const colour = placeColour(e.place);
      marks.push(
        Plot.dot([e.a, e.b], { x: "year", y: "value", fill: colour, r: 3 }),
        Plot.text([e.a], { x: "year", y: () => startY[i], text: () => fmt(e.a.value), dx: -6, textAnchor: "end", fill: colour }),
        Plot.text([e.b], {
          x: "year",
          y: () => endY[i],
          text: () => endText(e),
          dx: 6,
          textAnchor: "start",
          lineAnchor: "middle",
          fill: colour,
          fontWeight: 700,
        }),
      );
    });
    return {
      width,
      height: HEIGHT,
      marginTop,
      marginRight,
      marginBottom,
      marginLeft,
      x: { type: "linear", domain: [first, last], ticks: yearTicks(first, last, crossing), tickFormat: "d", tickSize: 0, label: null },
      y: { type: "linear", domain: [0, top], axis: null },
      marks,
    };
  },
};
