/**
 * Table 6: viewership ratings of the Mainland dramas TVB showed in prime time, by year, with
 * the 20-point line the paper says the average fell below by 2023. The paper prints the
 * dramas' English titles only, so both editions show those.
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import { mean } from "d3";
import type { TvbMainlandDramasPrimeTimeRow } from "../data/tv.ts";
import type { Words } from "../data/words.ts";
import { PAPER } from "../site.ts";
import { formatCount, formatDramaCount, formatEpisodeCount } from "../lib/format-zh-hk.ts";
import { barChartOptions, barFrame, xPixel, type Bar } from "./bar-marks.ts";
import { FONT_SIZE, textWidth, wrapLabel } from "./layout.ts";
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
const QUOTED_YEAR = 2023;
const QUOTE = "“the average rating for Mainland dramas dropping below 20 points by 2023”";

/**
 * The quotation in the edition's language, in phrases where a line may break: in Chinese,
 * translated (the English original is in the notes).
 */
function quoteParts(w: Words): string[] {
  if (w.locale === "en") return [QUOTE];
  return [`「到${w.f.year(QUOTED_YEAR)}${w.term("mainland-drama")}的`, `平均收視已跌至${w.f.integer(QUOTED_THRESHOLD)}點以下」`];
}

const quote = (w: Words) => quoteParts(w).join("");

/** The quotation on one line if it fits in `maxChars`, else broken between its phrases (and inside one only if it must). */
function wrapQuote(parts: readonly string[], maxChars: number): string {
  const whole = parts.join("");
  if (textWidth(whole) <= maxChars * FONT_SIZE * 0.6) return whole;
  return parts.map((p) => wrapLabel(p, maxChars)).join("\n");
}

const points = (n: number, w: Words) => w.f.decimal(n, n === Math.round(n) ? 0 : Number.isInteger(n * 10) ? 1 : 2);

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

function span(rows: readonly TvbRatingRow[], w: Words): string {
  const ys = years(rows);
  return ys.length ? w.f.yearSpan(ys[0]!, ys.at(-1)!) : "";
}

export const TVB_MAINLAND_DRAMAS_RATINGS: ChartSpec<TvbRatingRow> = {
  kind: "chart",
  id: "tvb-mainland-dramas-ratings",
  paperRef: { en: "Table 6", "zh-hk": "表6" },
  title: {
    en: "Mainland dramas broadcasted by TVB in prime time in the past two years",
    "zh-hk": "過去兩年無綫電視黃金時段播映的內地劇集",
  },
  subtitle: {
    en: "Viewership rating of each Mainland drama in TVB's prime-time slot, rating points, by year of broadcast",
    "zh-hk": "無綫電視黃金時段每部內地劇集的收視（收視點），按播映年份劃分",
  },
  period: (rows, w) => span(rows, w),
  source: {
    en: `Source: yule.hk, via Table 6 of the paper (${PAPER.citation})`,
    "zh-hk": `資料來源：yule.hk，經論文表6（Table 6）；${PAPER.citation}`,
  },
  datasets: ["tvb-mainland-dramas-prime-time"],
  steps: [
    {
      id: "below-20",
      caption: {
        en: "The paper says the average rating fell below 20 points by 2023.",
        "zh-hk": "論文指，到2023年平均收視已跌至20點以下。",
      },
    },
    { id: "averages", caption: { en: "Each year's average, worked out from the table.", "zh-hk": "每年的平均收視，由表中數字計算得出。" } },
  ],
  rows: (data) =>
    data["tvb-mainland-dramas-prime-time"].map(({ year, title, rating_points, year_total_episodes, year_total_airtime_weeks }) => ({
      year,
      title,
      rating_points,
      year_total_episodes,
      year_total_airtime_weeks,
    })),
  notes(rows, w) {
    const en = w.locale === "en";
    const notes = [
      en
        ? `The ${w.f.integer(QUOTED_THRESHOLD)}-point line is the paper's: ${QUOTE}. The yearly averages are simple means of the ` +
          `table's ratings, worked out here (derived), not printed.`
        : `${w.f.integer(QUOTED_THRESHOLD)}點線取自論文：${quote(w)}（原文：${QUOTE}）。每年的平均收視是表中收視的簡單平均數，` +
          "由本站計算（推算），並非論文所印。",
    ];
    for (const y of years(rows)) {
      const first = rows.find((r) => r.year === y);
      const count = rows.filter((r) => r.year === y).length;
      if (first)
        notes.push(
          en
            ? `${y}: ${w.f.integer(count)} dramas, ${w.f.integer(first.year_total_episodes)} ` +
                `episodes over ${w.f.integer(first.year_total_airtime_weeks)} weeks in all.`
            : `${w.f.year(y)}：${formatDramaCount(count)}，全年合共${formatEpisodeCount(first.year_total_episodes)}，` +
                `播映${formatCount(first.year_total_airtime_weeks, "個")}${w.term("weeks")}。`,
        );
    }
    if (!en) notes.push("論文只印出劇集的英文名稱，圖中照錄。");
    notes.push(en ? "No rating is missing." : "沒有缺漏的收視數字。");
    return notes;
  },
  describe(rows, w) {
    const ys = years(rows);
    const below = rows.filter((r) => r.rating_points < QUOTED_THRESHOLD).length;
    const sortedOf = (y: number) => [...rows.filter((r) => r.year === y)].sort((a, b) => b.rating_points - a.rating_points);
    if (w.locale === "en") {
      const parts = [
        `Bar chart of the ratings of the ${w.f.integer(rows.length)} Mainland dramas TVB showed in prime time, ${span(rows, w)}.`,
      ];
      for (const y of ys)
        parts.push(
          `${y}: ${sortedOf(y)
            .map((r) => `${r.title} ${points(r.rating_points, w)}`)
            .join(", ")}; average ${w.f.decimal(yearMean(rows, y), 1)} points.`,
        );
      parts.push(`${w.f.integer(below)} of the ${w.f.integer(rows.length)} dramas rated below ${w.f.integer(QUOTED_THRESHOLD)} points.`);
      return parts.join(" ");
    }
    const parts = [
      `棒形圖顯示${span(rows, w)}無綫電視在黃金時段播映的${formatCount(rows.length, "部")}${w.term("mainland-drama")}的收視。`,
    ];
    for (const y of ys)
      parts.push(
        `${w.f.year(y)}：${sortedOf(y)
          .map((r) => `《${r.title}》${points(r.rating_points, w)}點`)
          .join("、")}；平均${w.f.decimal(yearMean(rows, y), 1)}點。`,
      );
    parts.push(`${formatDramaCount(rows.length)}中有${formatCount(below, "部")}收視低於${w.f.integer(QUOTED_THRESHOLD)}點。`);
    return parts.join("");
  },
  plot(rows, { width, step, words: w }) {
    const en = w.locale === "en";
    const data: Bar[] = [];
    for (const y of years(rows)) {
      // A heading row per year, then its dramas, highest rating first.
      const average = w.f.decimal(yearMean(rows, y), 1);
      const heading =
        step !== "averages" ? w.f.year(y) : en ? `${y}: average ${average} points (derived)` : `${w.f.year(y)}：平均${average}點（推算）`;
      data.push({ key: `year-${y}`, label: heading, value: null, valueLabel: "", colour: placeColour("mainland-china") });
      for (const r of [...rows.filter((x) => x.year === y)].sort((a, b) => b.rating_points - a.rating_points)) {
        data.push({
          key: `${y}-${r.title}`,
          label: r.title,
          value: r.rating_points,
          valueLabel: points(r.rating_points, w),
          colour: placeColour("mainland-china"),
          dim: step === "below-20" ? r.rating_points >= QUOTED_THRESHOLD : false,
        });
      }
    }
    // The quotation labels the line from its left, wrapped to the room between the plot's edge and the line.
    const probe = barFrame(width, data);
    const room = xPixel(probe, QUOTED_THRESHOLD) - probe.marginLeft - 8;
    const quoted = wrapQuote(quoteParts(w), Math.max(16, Math.floor(room / (FONT_SIZE * 0.6))));
    const quoteHeight = Math.ceil(quoted.split("\n").length * FONT_SIZE * 1.2 + 6);
    const frame = barFrame(width, data, { top: quoteHeight });
    const under: Markish[] = [
      // No y channel: the line runs the plot's full height, and up beside the quotation; drawn first so value labels sit on top.
      Plot.ruleX([QUOTED_THRESHOLD], { insetTop: -quoteHeight, stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.8 }),
    ];
    const over: Markish[] = [
      Plot.text([quoted], {
        x: QUOTED_THRESHOLD,
        frameAnchor: "top",
        dx: -6,
        dy: -quoteHeight,
        lineAnchor: "top",
        textAnchor: "end",
        fill: "currentColor",
        // Chinese has no italics: a slanted CJK face is a distortion, and the corner brackets already mark the quotation.
        ...(en ? { fontStyle: "italic" } : {}),
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
    return barChartOptions(frame, data, { under, over, locale: w.locale });
  },
};
