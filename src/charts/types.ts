/**
 * What a chart adds to the graphic contract (src/lib/graphic-spec.ts): the steps of its
 * scrollytelling and a pure function from rows to Plot options. Data, chart configuration and
 * rendering stay separate: `rows` shapes data from SiteData, `plot` maps those rows to Plot
 * options for a width, a step and an edition's words, and src/charts/render.ts draws them.
 */
import type { PlotOptions } from "@observablehq/plot";
import type { GraphicSpec, Text } from "../lib/graphic-spec.ts";
import type { SiteData } from "../data/load.ts";
import type { Words } from "../data/words.ts";

export interface ChartContext {
  /** Width in CSS pixels the chart is drawn at. */
  width: number;
  /** Scrollytelling state; each chart documents the steps it understands. Undefined = the full chart. */
  step?: string;
  /** The edition's formatter and names, for every label the chart draws. */
  words: Words;
}

export interface ChartSpec<Row extends Record<string, unknown> = Record<string, unknown>> extends GraphicSpec<SiteData, Row, Words> {
  kind: "chart";
  /** Steps the chart understands, in story order, with a one-line caption each. */
  steps: { id: string; caption: Text }[];
  /** Plot options for a width, step and edition. Pure: no DOM access. */
  plot(rows: Row[], ctx: ChartContext): PlotOptions;
}
