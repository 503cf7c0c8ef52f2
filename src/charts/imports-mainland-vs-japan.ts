/**
 * Figure 1: Hong Kong's imports of film- and TV-related goods from Mainland China and Japan,
 * value and share of the year's total, from Table 1 (the yearly top five).
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import { PAPER } from "../site.ts";
import { formatHKDThousandShort, formatPercent } from "../lib/format.ts";
import type { ChartSpec } from "./types.ts";
import { formatYears, yearSpan } from "./layout.ts";
import { lineChartOptions, seriesMarks, yearsInEms } from "./line-marks.ts";
import { placeColour } from "./palette.ts";
import {
  changeSentence,
  extremeSentence,
  knownPoints,
  missingNotes,
  tradeLines,
  tradePlaceRows,
  type TradePlaceRow,
} from "./trade-rows.ts";

const PLACES = ["mainland-china", "japan"] as const;
const TABLE = "Table 1";
/** The paper: “Notably, 2016 marked a turning point, where mainland China's goods value and share over Japan showed only a slight edge”. */
const TURNING_POINT_YEAR = 2016;
const TURN_STEP = `turn-${TURNING_POINT_YEAR}`;

const percent = (n: number) => formatPercent(n);

/** The years at the end of the series in which Japan's share is above Mainland China's. */
function japanLeadYears(rows: readonly TradePlaceRow[]): number[] {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const lead: number[] = [];
  for (const year of years.toReversed()) {
    const share = (p: string) => rows.find((r) => r.year === year && r.place === p)?.share_percent ?? null;
    const [m, j] = [share("mainland-china"), share("japan")];
    if (m === null || j === null || j <= m) break;
    lead.unshift(year);
  }
  return lead;
}

export const IMPORTS_MAINLAND_VS_JAPAN: ChartSpec<TradePlaceRow> = {
  kind: "chart",
  id: "imports-mainland-vs-japan",
  paperRef: { en: "Figure 1", "zh-hk": "" },
  title: { en: "Export Value & Proportion of Film and TV-related Creative Products from Mainland China and Japan to Hong Kong", "zh-hk": "" },
  subtitle: { en: "Hong Kong's imports of film- and TV-related goods from each place: value in HK$ and share of the year's total imports (%)", "zh-hk": "" },
  period: (rows) => yearSpan(rows),
  source: { en: `Source: Create Hong Kong, via Table 1 and Figure 1 of the paper (${PAPER.citation})`, "zh-hk": "" },
  datasets: ["trade-imports", "places"],
  steps: [
    { id: "value", caption: { en: "The value of imports from each place, in Hong Kong dollars.", "zh-hk": "" } },
    { id: "share", caption: { en: "Each place's share of all Hong Kong's film and TV imports.", "zh-hk": "" } },
    { id: TURN_STEP, caption: { en: `${TURNING_POINT_YEAR}: the paper's turning point, when the two shares were almost level.`, "zh-hk": "" } },
    { id: "japan-lead", caption: { en: "Since then Japan has had the larger share every year.", "zh-hk": "" } },
  ],
  rows: (data) => tradePlaceRows(data, "imports", PLACES, TABLE),
  notes(rows) {
    const notes = missingNotes(rows, PLACES, TABLE);
    const years = [...new Set(rows.map((r) => r.year))];
    if (notes.length === 0)
      notes.push(
        `${TABLE} lists only each year's top five sources; ` +
          `${PLACES.map((p) => rows.find((r) => r.place === p)?.place_name ?? p).join(" and ")} are in it every year from ` +
          `${Math.min(...years)} to ${Math.max(...years)}, so no value is missing.`,
      );
    notes.push("Shares are of the year's total imports of film- and TV-related goods, as printed (one decimal).");
    return notes;
  },
  describe(rows) {
    const years = [...new Set(rows.map((r) => r.year))];
    const parts = [
      `Line chart of Hong Kong's imports of film- and TV-related goods from ` +
        `${PLACES.map((p) => rows.find((r) => r.place === p)?.place_name ?? p).join(" and ")}, ${Math.min(...years)} to ` +
        `${Math.max(...years)}.`,
    ];
    for (const place of PLACES) {
      const name = rows.find((r) => r.place === place)?.place_name ?? place;
      const share = knownPoints(rows, place, "share_percent");
      const value = knownPoints(rows, place, "value_hkd_thousand");
      const change = changeSentence(share, percent);
      const high = extremeSentence(share, percent, "max");
      const low = extremeSentence(share, percent, "min");
      const valueChange = changeSentence(value, formatHKDThousandShort);
      if (change)
        parts.push(`${name}'s share ${change} (highest ${high}, lowest ${low})${valueChange ? `; its value ${valueChange}` : ""}.`);
    }
    const lead = japanLeadYears(rows);
    if (lead.length) parts.push(`Japan's share is the larger in ${formatYears(lead)}.`);
    const turn = rows.filter((r) => r.year === TURNING_POINT_YEAR && r.share_percent !== null);
    if (turn.length === PLACES.length)
      parts.push(
        `In ${TURNING_POINT_YEAR} the two were almost level: ` +
          `${turn.map((r) => `${r.place_name} ${percent(r.share_percent as number)}`).join(", ")}.`,
      );
    return parts.join(" ");
  },
  plot(rows, { width, step }) {
    const { years, measure, lines, frame } = tradeLines(rows, PLACES, width, step);
    const under: Markish[] = [];
    const over: Markish[] = [];

    if (step === TURN_STEP) {
      const turn = rows.filter((r) => r.year === TURNING_POINT_YEAR && r.share_percent !== null);
      const high = Math.max(...turn.map((r) => r.share_percent as number));
      under.push(Plot.ruleX([TURNING_POINT_YEAR], { y1: 0, y2: high, stroke: "currentColor", strokeOpacity: 0.5, strokeDasharray: "3,3" }));
      const level = turn.map((r) => `${r.place_name} ${percent(r.share_percent as number)}`).join(", ");
      const text = `${TURNING_POINT_YEAR}: almost level, ${level}`;
      over.push(
        Plot.text([text], {
          x: TURNING_POINT_YEAR,
          y: frame.top * 0.05,
          dx: -6,
          textAnchor: "end",
          lineAnchor: "bottom",
          lineWidth: frame.narrow ? 11 : 16,
          fill: "currentColor",
        }),
      );
    }
    if (step === "japan-lead") {
      const lead = japanLeadYears(rows);
      const first = lead[0];
      const last = lead.at(-1);
      if (first !== undefined && last !== undefined) {
        under.push(
          Plot.rect([{ x1: first - 0.5, x2: last + 0.5 }], {
            x1: "x1",
            x2: "x2",
            y1: 0,
            y2: frame.top,
            fill: placeColour("japan"),
            fillOpacity: 0.1,
          }),
        );
        const text = last === frame.lastYear ? `Japan ahead every year since ${first}` : `Japan ahead, ${formatYears(lead)}`;
        // At the foot of the band: Japan's line runs along the top of it.
        over.push(
          Plot.text([text], {
            x: (first + last) / 2,
            y: 0,
            dy: -6,
            lineAnchor: "bottom",
            lineWidth: Math.max(4, yearsInEms(frame, lead.length) - 1),
            fill: "currentColor",
          }),
        );
      }
    }
    const yLabel = measure === "share_percent" ? "Share of Hong Kong's imports" : "Value of imports";
    return lineChartOptions(frame, years, yLabel, [...under, ...seriesMarks(frame, lines), ...over]);
  },
};
