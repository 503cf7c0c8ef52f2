/**
 * Table 6: viewership ratings of the Mainland dramas TVB showed in prime time, by year, with
 * the 20-point line the paper says the average fell below by 2023.
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import { mean } from "d3";
import type { TvbMainlandDramasPrimeTimeRow } from "../data/tv.ts";
import { PAPER } from "../site.ts";
import { formatDecimal, formatInteger } from "../lib/format.ts";
import { barChartOptions, barFrame, xPixel, type Bar } from "./bar-marks.ts";
import { FONT_SIZE, wrapLabel, yearSpan } from "./layout.ts";
import { placeColour } from "./palette.ts";
import type { ChartSpec } from "./types.ts";

export type TvbRatingRow = Pick<
  TvbMainlandDramasPrimeTimeRow,
  "year" | "title" | "rating_points" | "year_total_episodes" | "year_total_airtime_weeks"
>;

/**
 * The paper: “ratings have consistently declined year-on-year, with the average rating for
 * Mainland dramas dropping below 20 points by 2023”.
 */
const QUOTED_THRESHOLD = 20;
const QUOTE = "“the average rating for Mainland dramas dropping below 20 points by 2023”";

const points = (n: number) => formatDecimal(n, n === Math.round(n) ? 0 : Number.isInteger(n * 10) ? 1 : 2);

function years(rows: readonly TvbRatingRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

function yearMean(rows: readonly TvbRatingRow[], year: number): number {
  return (
    mean(
      rows.filter((r) => r.year === year),
      (r) => r.rating_points,
    ) ?? 0
  );
}

export const TVB_MAINLAND_DRAMAS_RATINGS: ChartSpec<TvbRatingRow> = {
  kind: "chart",
  id: "tvb-mainland-dramas-ratings",
  paperRef: { en: "Table 6", "zh-hk": "" },
  title: { en: "Mainland dramas broadcasted by TVB in prime time in the past two years", "zh-hk": "" },
  subtitle: { en: "Viewership rating of each Mainland drama in TVB's prime-time slot, rating points, by year of broadcast", "zh-hk": "" },
  period: (rows) => yearSpan(rows),
  source: { en: `Source: yule.hk, via Table 6 of the paper (${PAPER.citation})`, "zh-hk": "" },
  datasets: ["tvb-mainland-dramas-prime-time"],
  steps: [
    { id: "below-20", caption: { en: "The paper says the average rating fell below 20 points by 2023.", "zh-hk": "" } },
    { id: "averages", caption: { en: "Each year's average, worked out from the table.", "zh-hk": "" } },
  ],
  rows: (data) =>
    data["tvb-mainland-dramas-prime-time"].map(({ year, title, rating_points, year_total_episodes, year_total_airtime_weeks }) => ({
      year,
      title,
      rating_points,
      year_total_episodes,
      year_total_airtime_weeks,
    })),
  notes(rows) {
    const notes = [
      `The ${formatInteger(QUOTED_THRESHOLD)}-point line is the paper's: ${QUOTE}. The yearly averages are simple means of the ` +
        `table's ratings, worked out here (derived), not printed.`,
    ];
    for (const y of years(rows)) {
      const first = rows.find((r) => r.year === y);
      if (first)
        notes.push(
          `${y}: ${formatInteger(rows.filter((r) => r.year === y).length)} dramas, ${formatInteger(first.year_total_episodes)} ` +
            `episodes over ${formatInteger(first.year_total_airtime_weeks)} weeks in all.`,
        );
    }
    notes.push("No rating is missing.");
    return notes;
  },
  describe(rows) {
    const ys = years(rows);
    const parts = [
      `Bar chart of the ratings of the ${formatInteger(rows.length)} Mainland dramas TVB showed in prime time, ${yearSpan(rows)}.`,
    ];
    for (const y of ys) {
      const mine = [...rows.filter((r) => r.year === y)].sort((a, b) => b.rating_points - a.rating_points);
      parts.push(
        `${y}: ${mine.map((r) => `${r.title} ${points(r.rating_points)}`).join(", ")}; average ` +
          `${formatDecimal(yearMean(rows, y), 1)} points.`,
      );
    }
    const below = rows.filter((r) => r.rating_points < QUOTED_THRESHOLD).length;
    parts.push(
      `${formatInteger(below)} of the ${formatInteger(rows.length)} dramas rated below ${formatInteger(QUOTED_THRESHOLD)} points.`,
    );
    return parts.join(" ");
  },
  plot(rows, { width, step }) {
    const data: Bar[] = [];
    for (const y of years(rows)) {
      // A heading row per year, then its dramas, highest rating first.
      const heading = step === "averages" ? `${y}: average ${formatDecimal(yearMean(rows, y), 1)} points (derived)` : String(y);
      data.push({ key: `year-${y}`, label: heading, value: null, valueLabel: "", colour: placeColour("mainland-china") });
      for (const r of [...rows.filter((x) => x.year === y)].sort((a, b) => b.rating_points - a.rating_points)) {
        data.push({
          key: `${y}-${r.title}`,
          label: r.title,
          value: r.rating_points,
          valueLabel: points(r.rating_points),
          colour: placeColour("mainland-china"),
          dim: step === "below-20" ? r.rating_points >= QUOTED_THRESHOLD : false,
        });
      }
    }
    // The quotation labels the line from its left, wrapped to the room between the plot's edge and the line.
    const probe = barFrame(width, data);
    const room = xPixel(probe, QUOTED_THRESHOLD) - probe.marginLeft - 8;
    const quote = wrapLabel(QUOTE, Math.max(16, Math.floor(room / (FONT_SIZE * 0.6))));
    const quoteHeight = Math.ceil(quote.split("\n").length * FONT_SIZE * 1.2 + 6);
    const frame = barFrame(width, data, { top: quoteHeight });
    const under: Markish[] = [
      // No y channel: the line runs the plot's full height, and up beside the quotation; drawn first so value labels sit on top.
      Plot.ruleX([QUOTED_THRESHOLD], { insetTop: -quoteHeight, stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.8 }),
    ];
    const over: Markish[] = [
      Plot.text([quote], {
        x: QUOTED_THRESHOLD,
        frameAnchor: "top",
        dx: -6,
        dy: -quoteHeight,
        lineAnchor: "top",
        textAnchor: "end",
        fill: "currentColor",
        fontStyle: "italic",
      }),
    ];
    if (step === "averages") {
      for (const y of years(rows)) {
        const avg = yearMean(rows, y);
        const mine = data.filter((b) => b.key.startsWith(`${y}-`));
        // Behind the bars and faint, so the value labels it crosses stay legible; y1 and y2 both,
        // as with only `y` a ruleX runs from 0, which is not in the band domain.
        under.push(
          Plot.ruleX(mine, { x: () => avg, y1: "key", y2: "key", stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "2,2" }),
        );
        over.push(
          Plot.text([`year-${y}`], {
            x: () => avg,
            y: (k: string) => k,
            text: () => "▼",
            dy: frame.insetTop + frame.barHeight - frame.band / 2 - 2,
            lineAnchor: "bottom",
            fill: "currentColor",
          }),
        );
      }
    }
    return barChartOptions(frame, data, { under, over });
  },
};
