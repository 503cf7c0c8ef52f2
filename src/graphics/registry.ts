/**
 * Every figure and table of the paper as one list of "graphics", each with a stable id: what
 * chart pages, embeds, downloads and the catalogue iterate over. Charts come from
 * src/charts/index.ts, tables from src/tables/index.ts.
 */
import { CHARTS } from "../charts/index.ts";
import type { ChartSpec } from "../charts/types.ts";
import type { SiteData } from "../data/load.ts";
import { TABLES } from "../tables/index.ts";
import type { TableSpec } from "../tables/types.ts";

export type Graphic =
  | { kind: "chart"; id: string; spec: ChartSpec }
  | { kind: "table"; id: string; spec: TableSpec };

export const GRAPHICS: readonly Graphic[] = [
  ...CHARTS.map((spec) => ({ kind: "chart" as const, id: spec.id, spec })),
  ...TABLES.map((spec) => ({ kind: "table" as const, id: spec.id, spec })),
];

export function graphicById(id: string): Graphic {
  const g = GRAPHICS.find((x) => x.id === id);
  if (!g) throw new Error(`No chart or table with id "${id}"`);
  return g;
}

/** The rows a graphic shows, as plain records: what its CSV download holds. */
export function graphicRows(g: Graphic, data: SiteData): Record<string, unknown>[] {
  return g.kind === "chart" ? g.spec.rows(data) : g.spec.rows(data);
}

/** One-sentence description for catalogues and previews. */
export function graphicDescription(g: Graphic, data: SiteData): string {
  return g.kind === "chart" ? g.spec.describe(g.spec.rows(data)) : g.spec.describe(g.spec.rows(data));
}
