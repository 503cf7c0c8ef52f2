/**
 * What a chart adds to the graphic contract (src/lib/graphic-spec.ts): the steps of its
 * scrollytelling and a pure function from rows to Plot options. Data, chart configuration and
 * rendering stay separate: `rows` shapes data from SiteData, `plot` maps those rows to Plot
 * options for a width and a step, and src/charts/render.ts draws them.
 */
import type { PlotOptions } from "@observablehq/plot";
import type { GraphicSpec } from "../lib/graphic-spec.ts";
import type { SiteData } from "../data/load.ts";

export interface ChartContext {
  /** Width in CSS pixels the chart is drawn at. */
  width: number;
  /** Scrollytelling state; each chart documents the steps it understands. Undefined = the full chart. */
  step?: string;
}

export interface ChartSpec<Row extends Record<string, unknown> = Record<string, unknown>> extends GraphicSpec<SiteData, Row> {
  kind: "chart";
  /** Steps the chart understands, in story order, with a one-line caption each. */
  steps: { id: string; caption: string }[];
  /** Plot options for a width and step. Pure: no DOM access. */
  plot(rows: Row[], ctx: ChartContext): PlotOptions;
}
