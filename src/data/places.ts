/** The controlled list of places (data/places.csv) that every other table refers to by id. */
import { DATA_DIR, defineDataset, readDataset, type RowsOf } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import { text, type ParseContext } from "./schema.ts";
import { THE_PAPER, THIS_SITE } from "./sources.ts";

export const PLACES = defineDataset({
  id: "places",
  title: { en: "Places", "zh-hk": "地方" },
  description: {
    en: "The controlled list of places used by every table: id, name as the paper prints it, and display name.",
    "zh-hk": "各表格共用的地方名稱清單：代號、論文所印的名稱，以及網站顯示的名稱。",
  },
  path: "data/places.csv",
  kind: "file",
  schema: {
    id: text({
      description: "Short identifier used by every other table.",
      pattern: /^[a-z]+(-[a-z]+)*$/,
      patternText: "lower-case words joined by hyphens, such as taiwan-china",
    }),
    name: text({ description: "The name as the paper prints it, e.g. “Taiwan China”." }),
    display_name: text({ description: "The short name shown in charts and tables." }),
  },
  primaryKey: ["id"],
  units: { en: "none", "zh-hk": "不適用" },
  source: { reference: { en: "All tables", "zh-hk": "所有表格" }, page: "82-93", publisher: THIS_SITE, document: THE_PAPER },
});
export type Place = RowsOf<typeof PLACES>[number];

/** Places parse with no context: there is nothing to refer to yet. */
const BOOTSTRAP: ParseContext = { placeIds: new Set(), placeNames: new Map() };

/** Reads the places first: every other dataset's place column is checked against them. */
export function readPlaces(root: string, dataDir: string = DATA_DIR): { rows: Place[]; issues: DataIssue[]; ctx: ParseContext } {
  const t = readDataset(root, PLACES, BOOTSTRAP, dataDir);
  return { rows: t.rows, issues: t.issues, ctx: placeContext(t.rows) };
}

export function placeContext(places: readonly Omit<Place, "line">[]): ParseContext {
  const placeNames = new Map<string, string>();
  for (const p of places) {
    placeNames.set(p.name.toLowerCase(), p.id);
    placeNames.set(p.display_name.toLowerCase(), p.id);
  }
  return { placeIds: new Set(places.map((p) => p.id)), placeNames };
}
