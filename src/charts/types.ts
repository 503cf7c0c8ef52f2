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

/**
 * A lead: a small drawing of one chart's rows for the story's first screen. It is a view of
 * that chart, not a graphic of its own (no page, embed, download or catalogue entry), so it
 * draws the chart's own rows (the two cannot disagree) and the page links it to the chart.
 * Drawn once at `width` and scaled by the page's CSS, type and all, so it costs one SVG.
 */
export interface LeadSpec<Row extends Record<string, unknown> = Record<string, unknown>> {
  kind: "lead";
  /** Prefix of its ids and name of its class. */
  id: string;
  /** The chart whose rows it draws and whose page has the whole figure. */
  chart: ChartSpec<Row>;
  /** Width in px it is drawn at (its viewBox). */
  width: number;
  /** What it shows, with units and period: the heading over it and its accessible name, computed from the rows. */
  title(rows: Row[], words: Words): string;
  /** The text alternative, computed from the rows. */
  describe(rows: Row[], words: Words): string;
  /** A short source line: the page around it already cites the paper. */
  source: Text;
  /** Plot options at `width`, in an edition. Pure: no DOM access. */
  plot(rows: Row[], ctx: { width: number; words: Words }): PlotOptions;
}
