/**
 * Table 6: viewership ratings of the Mainland dramas TVB showed in prime time, by year, with
 * the 20-point line the paper says the average fell below by 2023.
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import { mean } from "d3";
import type { TvbMainlandDramaRow } from "../data/tv.ts";
import { PAPER } from "../data/datasets.ts";
import { formatDecimal, formatInteger } from "../lib/format.ts";
import { barChartOptions, barFrame, xPixel, type Bar } from "./bar-marks.ts";
import { FONT_SIZE, wrapLabel, yearSpan } from "./layout.ts";
import { placeColour } from "./palette.ts";
import type { ChartSpec } from "./types.ts";

export type TvbRatingRow = Pick<TvbMainlandDramaRow, "year" | "title" | "rating_points" | "year_total_episodes" | "year_total_airtime_weeks">;

/** The paper: “ratings have consistently declined year-on-year, with the average rating for Mainland dramas dropping below 20 points by 2023”. */
const QUOTED_THRESHOLD = 20;
const QUOTE = "“the average rating for Mainland dramas dropping below 20 points by 2023”";

const points = (n: number) => formatDecimal(n, n === Math.round(n) ? 0 : Number.isInteger(n * 10) ? 1 : 2);

function years(rows: readonly TvbRatingRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

function yearMean(rows: readonly TvbRatingRow[], year: number): number {
  return mean(rows.filter((r) => r.year === year), (r) => r.rating_points) ?? 0;
}

export const TVB_MAINLAND_DRAMAS_RATINGS: ChartSpec<TvbRatingRow> = {
  id: "tvb-mainland-dramas-ratings",
  paperRef: "Table 6",
  title: "Mainland dramas broadcast by TVB in prime time",
  subtitle: "Viewership rating of each Mainland drama in TVB's prime-time slot, rating points, by year of broadcast",
  period: (rows) => yearSpan(rows),
  source: `Source: yule.hk, via Table 6 of the paper (${PAPER.citation})`,
  datasets: ["tvb-mainland-dramas-prime-time"],
  steps: [
    { id: "below-20", caption: "The paper says the average rating fell below 20 points by 2023." },
    { id: "averages", caption: "Each year's average, worked out from the table." },
  ],
  rows: (data) => data.tvbMainlandDramas.map(({ year, title, rating_points, year_total_episodes, year_total_airtime_weeks }) => ({ year, title, rating_points, year_total_episodes, year_total_airtime_weeks })),
  notes(rows) {
    const notes = [`The ${formatInteger(QUOTED_THRESHOLD)}-point line is the paper's: ${QUOTE}. The yearly averages are simple means of the table's ratings, worked out here (derived), not printed.`];
    for (const y of years(rows)) {
      const first = rows.find((r) => r.year === y);
      if (first) notes.push(`${y}: ${formatInteger(rows.filter((r) => r.year === y).length)} dramas, ${formatInteger(first.year_total_episodes)} episodes over ${formatInteger(first.year_total_airtime_weeks)} weeks in all.`);
    }
    notes.push("No rating is missing.");
    return notes;
  },
  describe(rows) {
    const ys = years(rows);
    const parts = [`Bar chart of the ratings of the ${formatInteger(rows.length)} Mainland dramas TVB showed in prime time, ${yearSpan(rows)}.`];
    for (const y of ys) {
      const mine = [...rows.filter((r) => r.year === y)].sort((a, b) => b.rating_points - a.rating_points);
      parts.push(`${y}: ${mine.map((r) => `${r.title} ${points(r.rating_points)}`).join(", ")}; average ${formatDecimal(yearMean(rows, y), 1)} points.`);
    }
    const below = rows.filter((r) => r.rating_points < QUOTED_THRESHOLD).length;
    parts.push(`${formatInteger(below)} of the ${formatInteger(rows.length)} dramas rated below ${formatInteger(QUOTED_THRESHOLD)} points.`);
    return parts.join(" ");
  },
  plot(rows, { width, step }) {
    const data: Bar[] = [];
    for (const y of years(rows)) {
      // A heading row per year, then its dramas, highest rating first.
      data.push({ key: `year-${y}`, label: String(y), value: null, valueLabel: "", colour: placeColour("mainland-china") });
      for (const r of [...rows.filter((x) => x.year === y)].sort((a, b) => b.rating_points - a.rating_points)) {
        data.push({ key: `${y}-${r.title}`, label: r.title, value: r.rating_points, valueLabel: points(r.rating_points), colour: placeColour("mainland-china"), dim: step === "below-20" ? r.rating_points >= QUOTED_THRESHOLD : false });
      }
    }
    const probe = barFrame(width, data);
    // Room above the bars for the quotation that labels the line.
    const lineChars = Math.max(16, Math.floor((width - probe.marginLeft) / (FONT_SIZE * 0.6)) - 2);
    const quote = wrapLabel(`${formatInteger(QUOTED_THRESHOLD)} points: ${QUOTE}`, lineChars);
    const quoteHeight = quote.split("\n").length * FONT_SIZE * 1.2 + 6;
    const frame = barFrame(width, data, { top: quoteHeight });
    const over: Markish[] = [
      Plot.ruleX([QUOTED_THRESHOLD], { y1: data[0]!.key, y2: data.at(-1)!.key, insetTop: -quoteHeight + 4, stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.8 }),
    ];
    // The quotation sits at the left of the plot area, clear of the line, which it labels.
    over.push(Plot.text([quote], { frameAnchor: "top-left", dy: -quoteHeight, lineAnchor: "top", textAnchor: "start", fill: "currentColor", fontStyle: "italic" }));
    if (step === "averages") {
      for (const y of years(rows)) {
        const avg = yearMean(rows, y);
        const keys = data.filter((b) => b.key.startsWith(`${y}-`)).map((b) => b.key);
        over.push(Plot.ruleX([avg], { y1: keys[0], y2: keys.at(-1), stroke: "currentColor", strokeWidth: 2 }));
        const left = xPixel(frame, avg) > frame.width * 0.7;
        over.push(Plot.text([`${y} average ${formatDecimal(avg, 1)} (derived)`], { x: avg, y: `year-${y}`, dx: left ? -6 : 6, textAnchor: left ? "end" : "start", fill: "currentColor", fontWeight: 600 }));
      }
    }
    return barChartOptions(frame, data, { over });
  },
};
