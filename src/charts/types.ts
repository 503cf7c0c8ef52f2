/**
 * The contract every chart implements, so stories, chart pages and embeds treat them alike.
 * Data, chart configuration and rendering stay separate: `rows` shapes data from SiteData,
 * `plot` maps those rows to Plot options for a width and a scrollytelling step.
 */
import type { PlotOptions } from "@observablehq/plot";
import type { SiteData } from "../data/load.ts";

export interface ChartContext {
  /** Width in CSS pixels the chart is drawn at. */
  width: number;
  /** Scrollytelling state; each chart documents the steps it understands. Undefined = the full chart. */
  step?: string;
}

export interface ChartNote {
  text: string;
}

export interface ChartSpec<Row extends Record<string, unknown> = Record<string, unknown>> {
  /** Kebab-case id, also the file name and URL slug. */
  id: string;
  /** What the chart recreates in the paper: "Figure 1", "Table 8". */
  paperRef: string;
  title: string;
  /** Units and what is measured; the period comes from `period`, so a new year needs no edit here. */
  subtitle: string;
  /** The period the rows cover, such as "2011–2022", computed so added years show up. Pages print it after the subtitle. */
  period?(rows: Row[]): string;
  /** Source line: the paper's table or figure and the original publisher. */
  source: string;
  /** Dataset ids (src/data/datasets.ts) the chart draws on. */
  datasets: string[];
  /** Steps the chart understands, in story order, with a one-line caption each. */
  steps: { id: string; caption: string }[];
  /** The tidy rows the chart shows; also what its CSV download contains. */
  rows(data: SiteData): Row[];
  /** Notes on missing data and caveats, computed from the rows. */
  notes(rows: Row[]): string[];
  /** A text description for screen readers, computed from the rows. */
  describe(rows: Row[]): string;
  /** Plot options for a width and step. Pure: no DOM access. */
  plot(rows: Row[], ctx: ChartContext): PlotOptions;
}
