/**
 * Figure 4: Hong Kong's exports of film- and TV-related goods to Mainland China and Taiwan,
 * from Table 8. Much of Table 8 is garbled or missing in the text extracted from the paper's PDF,
 * so the lines have gaps, and the years with a number that cannot be read are shaded.
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import { PAPER } from "../site.ts";
import { formatHKDThousandShort, formatPercent } from "../lib/format.ts";
import type { ChartSpec } from "./types.ts";
import { FONT_SIZE, formatYears, runs, textWidth, yearSpan } from "./layout.ts";
import { lineChartOptions, seriesMarks, yearBands, yearsInEms } from "./line-marks.ts";
import { placeColour } from "./palette.ts";
import {
  changeSentence,
  extremeSentence,
  knownPoints,
  missingNotes,
  tradeLines,
  tradePlaceRows,
  type Measure,
  type TradePlaceRow,
} from "./trade-rows.ts";

const PLACES = ["mainland-china", "taiwan-china"] as const;
const TABLE = "Table 8";
/**
 * The paper: “a revised agreement, effective June 1, 2020, that includes new liberalization
 * measures for … the film and television industries … 2020 is precisely the peak”.
 */
const CEPA_REVISED_YEAR = 2020;
const CEPA_REVISED_DATE = "1 June 2020";
const CEPA_STEP = `cepa-${CEPA_REVISED_YEAR}`;

const percent = (n: number) => formatPercent(n);

/** A number is missing because the extracted text does not show it (not because the place was outside the top five). */
function illegible(r: TradePlaceRow, measure: Measure): boolean {
  return r[measure] === null && r.status !== "not-in-top-five";
}

export const EXPORTS_MAINLAND_VS_TAIWAN: ChartSpec<TradePlaceRow> = {
  kind: "chart",
  id: "exports-mainland-vs-taiwan",
  paperRef: { en: "Figure 4", "zh-hk": "" },
  title: { en: "Value & Proportion of Hong Kong's Exports of Film and TV-related Creative Products to Mainland China and Taiwan", "zh-hk": "" },
  subtitle:
    { en: "Hong Kong's exports of film- and TV-related goods to each place: value in HK$ and share of the year's total exports (%); shaded " +
    "years have a number missing from the text extracted from the paper's PDF", "zh-hk": "" },
  period: (rows) => yearSpan(rows),
  source:
    { en: `Source: Create Hong Kong, via Table 8 and Figure 4 of the paper (${PAPER.citation}); parts of Table 8 are garbled or missing in ` +
    `the text extracted from the paper's PDF (the notes say which)`, "zh-hk": "" },
  datasets: ["trade-exports", "places"],
  steps: [
    { id: "value", caption: { en: "The value of exports to each place, where the extracted text of Table 8 shows it.", "zh-hk": "" } },
    { id: "share", caption: { en: "Each place's share of Hong Kong's film and TV exports; the gaps are years the source does not let us read.", "zh-hk": "" } },
    {
      id: CEPA_STEP,
      caption:
        { en: `The revised CEPA took effect on ${CEPA_REVISED_DATE}. That year the Mainland's share was the highest of the years ` +
        "legible in the extracted text, which lacks the years just before it.", "zh-hk": "" },
    },
  ],
  rows: (data) => tradePlaceRows(data, "exports", PLACES, TABLE),
  notes(rows) {
    const cells = rows.flatMap((r) => [r.value_hkd_thousand, r.share_percent]);
    const missing = cells.filter((c) => c === null).length;
    const notes = [
      `${missing} of the ${cells.length} values and shares for these two places are missing: Table 8 is garbled or missing in the ` +
        `text extracted from the paper's PDF, and lists only each year's top five.`,
    ];
    notes.push(...missingNotes(rows, PLACES, TABLE));
    const shareOnly = rows.filter((r) => r.value_hkd_thousand === null && r.share_percent !== null);
    if (shareOnly.length) {
      notes.push(
        `Where only the share is legible (${shareOnly.map((r) => `${r.place_name} ${r.year}`).join(", ")}), the share is drawn and ` +
          `the value left out.`,
      );
    }
    const fromProse = rows.filter((r) => r.note !== null && /prose/i.test(r.note) && r.share_percent !== null);
    for (const r of fromProse)
      notes.push(
        `${r.place_name}'s ${r.year} share (${percent(r.share_percent as number)}) comes from the paper's prose, not from Table 8.`,
      );
    notes.push("Lines are never drawn across a missing year; a lone dot is a year with no legible neighbour.");
    return notes;
  },
  describe(rows) {
    const years = [...new Set(rows.map((r) => r.year))];
    const parts = [
      `Line chart of Hong Kong's exports of film- and TV-related goods to ` +
        `${PLACES.map((p) => rows.find((r) => r.place === p)?.place_name ?? p).join(" and ")}, ${Math.min(...years)} to ` +
        `${Math.max(...years)}, with gaps where Table 8 gives no legible figure.`,
    ];
    for (const place of PLACES) {
      const name = rows.find((r) => r.place === place)?.place_name ?? place;
      const share = knownPoints(rows, place, "share_percent");
      const value = knownPoints(rows, place, "value_hkd_thousand");
      const change = changeSentence(share, percent);
      const missing = rows.filter((r) => r.place === place && r.share_percent === null).map((r) => r.year);
      if (change)
        parts.push(
          `${name}'s share ${change}, highest ` +
            `${extremeSentence(share, percent, "max")}${missing.length ? `; no share for ${formatYears(missing)}` : ""}.`,
        );
      const valueChange = changeSentence(value, formatHKDThousandShort);
      if (valueChange) parts.push(`Where legible, its value ${valueChange}.`);
    }
    const cepa = rows.find((r) => r.year === CEPA_REVISED_YEAR && r.place === "mainland-china" && r.share_percent !== null);
    if (cepa)
      parts.push(
        `In ${CEPA_REVISED_YEAR}, the year the revised CEPA took effect, Mainland China took ` +
          `${percent(cepa.share_percent as number)} of exports.`,
      );
    return parts.join(" ");
  },
  plot(rows, { width, step }) {
    const { years, measure, lines, frame } = tradeLines(rows, PLACES, width, step);

    // Shade every year where a drawn series has an illegible number; the gap in the line says whose.
    const bandRuns = runs(rows.filter((r) => illegible(r, measure)).map((r) => r.year)).map(([from, to]) => ({ from, to }));
    const under: Markish[] = [yearBands(frame, bandRuns, "currentColor", 0.07)];
    const widest = bandRuns.reduce<{ from: number; to: number } | undefined>(
      (a, b) => (a === undefined || b.to - b.from > a.to - a.from ? b : a),
      undefined,
    );
    if (widest) {
      // Wrapped to the band's own width (Plot's lineWidth is in ems), so the label never spills onto a line.
      const bandEms = Math.max(4, yearsInEms(frame, widest.to - widest.from + 1) - 1);
      const label = "Not in the extracted text";
      const lines = Math.ceil(textWidth(label) / (bandEms * FONT_SIZE));
      const plotHeight = frame.height - frame.marginTop - frame.marginBottom;
      const labelUnits = ((lines * FONT_SIZE * 1.2 + 8) / plotHeight) * frame.top;
      // At the foot of the band unless a drawn point sits there; then at its head.
      const inBand = rows
        .filter((r) => r[measure] !== null && r.year >= widest.from && r.year <= widest.to)
        .map((r) => r[measure] as number);
      const atFoot = !inBand.some((v) => v <= labelUnits);
      under.push(
        Plot.text([label], {
          x: (widest.from + widest.to) / 2,
          y: atFoot ? 0 : frame.top,
          dy: atFoot ? -6 : 6,
          lineAnchor: atFoot ? "bottom" : "top",
          lineWidth: bandEms,
          fill: "currentColor",
          fillOpacity: 0.8,
          fontStyle: "italic",
        }),
      );
    }

    const over: Markish[] = [];
    if (step === CEPA_STEP) {
      const peak = rows.find((r) => r.year === CEPA_REVISED_YEAR && r.place === "mainland-china" && r.share_percent !== null);
      over.push(
        Plot.ruleX([CEPA_REVISED_YEAR], {
          y1: 0,
          y2: frame.top,
          stroke: placeColour("mainland-china"),
          strokeOpacity: 0.6,
          strokeDasharray: "3,3",
        }),
      );
      if (peak) {
        const share = percent(peak.share_percent as number);
        const text = `Revised CEPA in force from ${CEPA_REVISED_DATE}: ${peak.place_name}'s share reaches ${share}`;
        // From the top of the frame leftwards, over the illegible years, where no line runs.
        over.push(
          Plot.text([text], {
            x: CEPA_REVISED_YEAR,
            y: frame.top,
            dx: -8,
            textAnchor: "end",
            lineAnchor: "top",
            lineWidth: frame.narrow ? 10 : 18,
            fill: "currentColor",
          }),
        );
      }
    }
    const yLabel = measure === "share_percent" ? "Share of Hong Kong's exports" : "Value of exports";
    return lineChartOptions(frame, years, yLabel, [...under, ...seriesMarks(frame, lines), ...over]);
  },
};
