/**
 * Shared pieces of the horizontal bar charts: every bar labelled with its name and its value,
 * so no axis or legend is needed. On a wide screen names sit left of the bars; on a phone
 * they sit above them, so long film titles keep the full width. Derived numbers are hatched.
 */
import * as Plot from "@observablehq/plot";
import type { Markish, PlotOptions, RenderFunction } from "@observablehq/plot";
import { FONT_SIZE, HALO_CLASS, frameOptions, isNarrow, type Frame, lineCount, textWidth, wrapLabel } from "./layout.ts";

export interface Bar {
  /** Unique key of the row (the band). */
  key: string;
  label: string;
  /** Null for a heading row, which has a label and no bar. */
  value: number | null;
  valueLabel: string;
  colour: string;
  /** Computed rather than printed by the source: hatched, and said so in the label. */
  derived?: boolean;
  /** Faded, so the highlighted bars of a step stand out. */
  dim?: boolean;
  /** The bar's readout (src/client/chart-tips.ts); its name and value label when absent. */
  tip?: string;
}

/** A bar's readout: its own, or its name and value label as the chart prints them. */
export function barTip(b: Bar, locale: string): string {
  return b.tip ?? (locale === "en" ? `${b.label}: ${b.valueLabel}` : `${b.label}：${b.valueLabel}`);
}

export interface BarFrame extends Frame {
  /** Height of one row. */
  band: number;
  /** Bar thickness. */
  barHeight: number;
  /** Space above the bar inside a row (the label's place on a phone). */
  insetTop: number;
  xMax: number;
  labels: Map<string, string>;
}

const LINE = FONT_SIZE * 1.2;
const SVG_NS = "http://www.w3.org/2000/svg";

/** Layout for these bars at this width; `top` reserves room above the first bar for a note or key. */
export function barFrame(width: number, bars: readonly Bar[], { top = 0, xMax }: { top?: number; xMax?: number } = {}): BarFrame {
  const narrow = isNarrow(width);
  const barHeight = narrow ? 14 : 16;
  // On a phone a label has the whole width; on a wide screen at most 40% of it.
  const labelChars = Math.floor((narrow ? width : width * 0.4) / (FONT_SIZE * 0.6));
  const labels = new Map(bars.map((b) => [b.key, wrapLabel(b.label, labelChars)]));
  const lines = Math.max(1, ...[...labels.values()].map(lineCount));
  const band = narrow ? Math.ceil(4 + lines * LINE + 2 + barHeight + 6) : Math.ceil(Math.max(lines * LINE + 6, barHeight + 8));
  const insetTop = narrow ? band - barHeight - 6 : (band - barHeight) / 2;
  const marginLeft = narrow ? 0 : Math.ceil(Math.max(...[...labels.values()].map((l) => textWidth(l))) + 10);
  const marginRight = 4;
  const plotWidth = width - marginLeft - marginRight;
  // Stretch the axis so the longest bar still has room for its value label.
  const room = Math.max(
    0,
    ...bars.map((b) => (b.value === null ? 0 : (b.value * plotWidth) / Math.max(1, plotWidth - textWidth(b.valueLabel) - 8))),
  );
  const marginTop = Math.ceil(4 + top);
  const marginBottom = 4;
  return {
    width,
    height: marginTop + bars.length * band + marginBottom,
    narrow,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    band,
    barHeight,
    insetTop,
    xMax: Math.max(xMax ?? 0, room),
    labels,
  };
}

/** <defs> with one diagonal-hatch pattern per colour, ids `hatch-<n>` in `colours` order (the renderer makes them unique per page). */
function hatchDefs(colours: readonly string[]): RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const defs = doc.createElementNS(SVG_NS, "defs");
    colours.forEach((colour, i) => {
      // Built node by node: an HTML parser (linkedom's innerHTML) would nest self-closing SVG tags.
      const pattern = doc.createElementNS(SVG_NS, "pattern");
      for (const [k, v] of Object.entries({
        id: `hatch-${i}`,
        patternUnits: "userSpaceOnUse",
        width: "6",
        height: "6",
        patternTransform: "rotate(45)",
      }))
        pattern.setAttribute(k, v);
      const wash = doc.createElementNS(SVG_NS, "rect");
      for (const [k, v] of Object.entries({ width: "6", height: "6", fill: colour, "fill-opacity": "0.25" })) wash.setAttribute(k, v);
      const stripe = doc.createElementNS(SVG_NS, "line");
      for (const [k, v] of Object.entries({ x1: "0", y1: "0", x2: "0", y2: "6", stroke: colour, "stroke-width": "3" }))
        stripe.setAttribute(k, v);
      pattern.append(wash, stripe);
      defs.append(pattern);
    });
    return defs;
  };
}

/** Plot options for the bars: `under` is drawn before them (bands), `over` after (rules, notes). */
export function barChartOptions(
  frame: BarFrame,
  bars: readonly Bar[],
  { under = [], over = [], locale = "en" }: { under?: Markish[]; over?: Markish[]; locale?: string } = {},
): PlotOptions {
  const hatched = [...new Set(bars.filter((b) => b.derived).map((b) => b.colour))];
  const fill = (b: Bar) => (b.derived ? `url(#hatch-${hatched.indexOf(b.colour)})` : b.colour);
  const drawn = bars.filter((b) => b.value !== null);
  const headings = bars.filter((b) => b.value === null);
  const barCentre = frame.insetTop + frame.barHeight / 2 - frame.band / 2;
  const labelOptions = frame.narrow
    ? // Above the bar: bottom of the label 3 px over the bar's top.
      { x: 0, textAnchor: "start" as const, lineAnchor: "bottom" as const, dy: frame.insetTop - 3 - frame.band / 2 }
    : { x: 0, textAnchor: "end" as const, lineAnchor: "middle" as const, dx: -8, dy: barCentre };
  const label = (b: Bar) => frame.labels.get(b.key) ?? b.label;
  return {
    ...frameOptions(frame),
    x: { type: "linear", domain: [0, frame.xMax], axis: null },
    y: { type: "band", domain: bars.map((b) => b.key), padding: 0, axis: null },
    color: { type: "identity" },
    opacity: { type: "identity" },
    marks: [
      hatched.length ? hatchDefs(hatched) : null,
      ...under,
      Plot.barX(drawn, {
        x: "value",
        y: "key",
        fill,
        fillOpacity: (b: Bar) => (b.dim ? 0.3 : 1),
        stroke: (b: Bar) => (b.derived ? b.colour : "none"),
        strokeOpacity: (b: Bar) => (b.dim ? 0.3 : 1),
        insetTop: frame.insetTop,
        insetBottom: frame.band - frame.insetTop - frame.barHeight,
        title: (b: Bar) => barTip(b, locale),
      }),
      Plot.ruleX([0], { stroke: "currentColor", strokeOpacity: 0.6 }),
      Plot.text(drawn, { ...labelOptions, y: "key", text: label, fill: "currentColor", fillOpacity: (b: Bar) => (b.dim ? 0.55 : 1) }),
      Plot.text(headings, { ...labelOptions, y: "key", text: label, fill: "currentColor", fontWeight: 700 }),
      Plot.text(drawn, {
        x: "value",
        y: "key",
        text: "valueLabel",
        dx: 5,
        dy: barCentre,
        textAnchor: "start",
        lineAnchor: "middle",
        fill: "currentColor",
        fillOpacity: (b: Bar) => (b.dim ? 0.55 : 1),
        fontVariant: "tabular-nums",
        className: HALO_CLASS,
      }),
      ...over,
    ],
  };
}

/** Pixel column of a value inside the frame. */
export function xPixel(frame: BarFrame, value: number): number {
  return frame.marginLeft + (value / frame.xMax) * (frame.width - frame.marginLeft - frame.marginRight);
}
