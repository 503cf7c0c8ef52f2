/** The controlled list of places (data/places.csv) that every other table refers to by id. */
import type { DataIssue } from "./issues.ts";
import { text, type ParseContext } from "./schema.ts";
import { checkUnique, readTable, type Located, type RowOf } from "./table.ts";

export const PLACES_FILE = "data/places.csv";

export const PLACE_SCHEMA = {
  id: text({
    description: "Short identifier used by every other table.",
    pattern: /^[a-z]+(-[a-z]+)*$/,
    patternText: "lower-case words joined by hyphens, such as taiwan-china",
  }),
  name: text({ description: "The name as the paper prints it, e.g. “Taiwan China”." }),
  display_name: text({ description: "The short name shown in charts and tables." }),
};
export type Place = RowOf<typeof PLACE_SCHEMA>;

/** Places parse with no context: there is nothing to refer to yet. */
const BOOTSTRAP: ParseContext = { placeIds: new Set(), placeNames: new Map() };

export function readPlaces(root: string): { rows: Located<Place>[]; issues: DataIssue[]; ctx: ParseContext } {
  const t = readTable(root, PLACES_FILE, PLACE_SCHEMA, BOOTSTRAP);
  const issues = [...t.issues, ...checkUnique(PLACES_FILE, t.header, t.rows, "id")];
  return { rows: t.rows, issues, ctx: placeContext(t.rows) };
}

export function placeContext(places: readonly Place[]): ParseContext {
  const placeNames = new Map<string, string>();
  for (const p of places) {
    placeNames.set(p.name.toLowerCase(), p.id);
    placeNames.set(p.display_name.toLowerCase(), p.id);
  }
  return { placeIds: new Set(places.map((p) => p.id)), placeNames };
}
