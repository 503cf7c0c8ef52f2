/**
 * Shared pieces of the year-by-year line charts (Figures 1 and 4): the frame (size, margins,
 * scales), one line per series with dots at each known year, and labels at the line ends
 * instead of a legend, nudged apart so they never overlap.
 */
import * as Plot from "@observablehq/plot";
import type { Markish, PlotOptions } from "@observablehq/plot";
import { ticks as d3Ticks } from "d3";
import {
  FONT_SIZE,
  frameOptions,
  isNarrow,
  type Frame,
  lineChartHeight,
  lineCount,
  niceMax,
  textWidth,
  valueTicks,
  wrapLabel,
  yearTicks,
} from "./layout.ts";
import type { Words } from "../data/words.ts";

export interface LinePoint {
  year: number;
  /** Null where the source gives nothing: drawn as a gap, never bridged. */
  value: number | null;
  /** The dot's readout (src/client/chart-tips.ts); the series, year and formatted value when absent. */
  tip?: string;
}

export interface LineSeries {
  id: string;
  label: string;
  colour: string;
  points: LinePoint[];
  /** Drawn faint, so another series or an annotation stands out. */
  dim?: boolean;
  /** Formats a value for the dot's readout; the axis format when absent. */
  format?: (n: number) => string;
}

export interface LineFrame extends Frame {
  /** Top of the value axis (the axis starts at zero). */
  top: number;
  firstYear: number;
  lastYear: number;
  yTicks: number;
  format: (n: number) => string;
  /** The edition the chart is drawn in: tooltips and wrapped annotations follow it. */
  words: Words;
}

/** The end label of a series: the display name, wrapped on a phone. */
function endLabel(series: LineSeries, narrow: boolean): string {
  return narrow ? wrapLabel(series.label, 9) : series.label;
}

/** Size, margins and axis range for these series at this width. */
export function lineFrame(
  width: number,
  years: readonly number[],
  series: readonly LineSeries[],
  format: (n: number) => string,
  words: Words,
  minTop = 0,
): LineFrame {
  const narrow = isNarrow(width);
  const yTicks = valueTicks(width);
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v !== null);
  const top = niceMax(Math.max(minTop, ...values), yTicks);
  const tickLabels = d3Ticks(0, top, yTicks).map(format);
  const labelWidth = Math.max(0, ...series.map((s) => textWidth(endLabel(s, narrow))));
  return {
    width,
    height: lineChartHeight(width),
    marginTop: 30,
    marginRight: Math.ceil(labelWidth + 12),
    marginBottom: 28,
    marginLeft: Math.ceil(Math.max(...tickLabels.map((t) => textWidth(t))) + 12),
    top,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    narrow,
    yTicks,
    format,
    words,
  };
}

/** Pixel row of a value inside the frame. */
export function yPixel(frame: LineFrame, value: number): number {
  const plotHeight = frame.height - frame.marginTop - frame.marginBottom;
  return frame.marginTop + (1 - value / frame.top) * plotHeight;
}

/** Value at a pixel row; the inverse of yPixel. */
function yValue(frame: LineFrame, px: number): number {
  const plotHeight = frame.height - frame.marginTop - frame.marginBottom;
  return (1 - (px - frame.marginTop) / plotHeight) * frame.top;
}

/**
 * Spreads label centres apart by at least their half-heights plus a gap, staying inside the
 * plot: one pass down, one pass up.
 */
export function dodge(items: { px: number; half: number }[], min: number, max: number, gap = 2): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.px - items[b]!.px);
  const out = items.map((it) => Math.min(max - it.half, Math.max(min + it.half, it.px)));
  for (let k = 1; k < order.length; k++) {
    const [prev, cur] = [order[k - 1]!, order[k]!];
    const need = out[prev]! + items[prev]!.half + gap + items[cur]!.half;
    if (out[cur]! < need) out[cur] = need;
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const cur = order[k]!;
    const limit =
      k === order.length - 1 ? max - items[cur]!.half : out[order[k + 1]!]! - items[order[k + 1]!]!.half - gap - items[cur]!.half;
    if (out[cur]! > limit) out[cur] = limit;
  }
  return out;
}

/** Lines, dots and end labels for the series. */
export function seriesMarks(frame: LineFrame, series: readonly LineSeries[]): Markish[] {
  const ends = series.map((s) => {
    const known = s.points.filter((p) => p.value !== null);
    return { s, last: known.at(-1) };
  });
  const labelled = ends.filter((e): e is { s: LineSeries; last: LinePoint & { value: number } } => e.last !== undefined);
  const lineHeight = FONT_SIZE * 1.2;
  const placed = dodge(
    labelled.map((e) => ({ px: yPixel(frame, e.last.value), half: (lineCount(endLabel(e.s, frame.narrow)) * lineHeight) / 2 })),
    frame.marginTop - 10, // labels may rise into the top margin, not below the axis
    frame.height - frame.marginBottom,
  );
  const marks: Markish[] = [];
  for (const s of series) {
    const opacity = s.dim ? 0.3 : 1;
    // Plot breaks a line wherever y is null, so a missing year is a gap, never an interpolation.
    marks.push(
      Plot.line(s.points, {
        x: "year",
        y: "value",
        stroke: s.colour,
        strokeWidth: frame.narrow ? 2 : 2.5,
        strokeOpacity: opacity,
        className: `series-${s.id}`,
      }),
    );
    // Each dot's readout goes to Plot as its title; the renderer moves it to data-tip for the tooltip script.
    const value = (p: LinePoint) => (s.format ?? frame.format)(p.value as number);
    const tip = (p: LinePoint) =>
      p.tip ??
      (frame.words.locale === "en" ? `${s.label}, ${p.year}: ${value(p)}` : `${s.label}，${frame.words.f.year(p.year)}：${value(p)}`);
    marks.push(
      Plot.dot(
        s.points.filter((p) => p.value !== null),
        { x: "year", y: "value", fill: s.colour, r: frame.narrow ? 3 : 3.5, fillOpacity: opacity, className: `points-${s.id}`, title: tip },
      ),
    );
  }
  labelled.forEach((e, i) => {
    marks.push(
      Plot.text([e.last], {
        x: "year",
        y: () => yValue(frame, placed[i]!),
        text: () => endLabel(e.s, frame.narrow),
        dx: 8,
        textAnchor: "start",
        lineAnchor: "middle",
        fill: e.s.colour,
        fillOpacity: e.s.dim ? 0.45 : 1,
        fontWeight: 700,
        className: `label-${e.s.id}`,
      }),
    );
  });
  return marks;
}

/** Shaded year bands (each year is a band one unit wide, centred on the year). */
export function yearBands(frame: LineFrame, bands: readonly { from: number; to: number }[], fill: string, fillOpacity: number): Markish {
  const clamp = (x: number) => Math.min(frame.lastYear + 0.5, Math.max(frame.firstYear - 0.5, x));
  return Plot.rect(
    bands.map((b) => ({ x1: clamp(b.from - 0.5), x2: clamp(b.to + 0.5), y1: 0, y2: frame.top })),
    { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill, fillOpacity },
  );
}

/** The Plot options of a line chart: frame, axes, and the given marks drawn over a zero line. */
export function lineChartOptions(frame: LineFrame, years: readonly number[], yLabel: string, marks: Markish[]): PlotOptions {
  const plotWidth = frame.width - frame.marginLeft - frame.marginRight;
  return {
    ...frameOptions(frame),
    x: {
      type: "linear",
      // Half a year of room each side so the first and last dots and bands are whole.
      domain: [frame.firstYear - 0.5, frame.lastYear + 0.5],
      ticks: yearTicks(years, plotWidth),
      tickFormat: "d",
      label: null,
    },
    y: {
      type: "linear",
      domain: [0, frame.top],
      ticks: frame.yTicks,
      tickFormat: frame.format,
      label: yLabel,
      labelArrow: "up",
      grid: true,
    },
    marks: [Plot.ruleY([0]), ...marks],
  };
}

/** Width in ems of `years` whole years of the x axis: a lineWidth that keeps a label inside a band of years. */
export function yearsInEms(frame: LineFrame, years: number): number {
  const yearPx = (frame.width - frame.marginLeft - frame.marginRight) / (frame.lastYear - frame.firstYear + 1);
  return (years * yearPx) / FONT_SIZE;
}

/**
 * A label's text and Plot lineWidth for a box `ems` wide. English text goes to Plot as it is,
 * for Plot to wrap at its spaces. Plot wraps only at spaces and hyphens, and measures a CJK
 * character as a narrow glyph, so Chinese text comes as phrases, packed here into lines that
 * fit (a phrase too long for a line alone is broken between characters, by wrapLabel; a "\n"
 * phrase forces a break) and handed to Plot with its line breaks.
 */
export function fitText(text: string | readonly string[], ems: number, w: Words): { text: string; lineWidth: number } {
  const phrases = typeof text === "string" ? [text] : text;
  if (w.locale === "en") return { text: phrases.join(" "), lineWidth: ems };
  const max = ems * FONT_SIZE;
  const lines: string[] = [];
  let open = false; // whether the last line may take the next phrase
  for (const phrase of phrases) {
    if (phrase === "\n") {
      open = false;
      continue;
    }
    const last = lines.at(-1);
    if (open && last !== undefined && textWidth(last + phrase) <= max) lines[lines.length - 1] = last + phrase;
    else lines.push(...wrapLabel(phrase, max / textWidth("n")).split("\n"));
    open = true;
  }
  return { text: lines.join("\n"), lineWidth: Infinity };
}
