/**
 * Loads and checks every dataset of the registry in one pass. Either everything is valid and
 * typed, or a DataCheckError lists every problem found, across all files, at once.
 */
import { readChangelog } from "./changelog.ts";
import { readDataset, type DatasetDefinition } from "./dataset.ts";
import { DataCheckError, type DataIssue } from "./issues.ts";
import { readPlaces } from "./places.ts";
import { CROSS_CHECKS, DATASETS, type SiteData } from "./registry.ts";

/** Reads every dataset under `root` (the project folder holding data/). Throws DataCheckError listing every problem. */
export function loadSiteData(root: string): SiteData {
  const issues: DataIssue[] = [];
  // Places first: every other dataset's place column is checked against them.
  const places = readPlaces(root);
  issues.push(...places.issues);
  const data: Record<string, unknown> = { places: places.rows };
  const headers = new Map<string, readonly string[]>();
  const clean = new Set<string>(places.issues.length ? [] : ["places"]);
  for (const d of DATASETS as readonly DatasetDefinition[]) {
    if (d.id === "places") continue;
    const t = readDataset(root, d, places.ctx);
    issues.push(...t.issues);
    for (const [file, header] of t.headers) headers.set(file, header);
    if (t.issues.length === 0) clean.add(d.id);
    data[d.id] = t.rows;
  }
  const site = data as SiteData;
  for (const { needs, check } of CROSS_CHECKS) {
    if (needs.every((id) => clean.has(id))) issues.push(...check(site, { root, header: (file) => headers.get(file) ?? [] }));
  }
  // The changelog is data too: a malformed entry would show readers a wrong account of the update.
  issues.push(...readChangelog(root).issues);
  if (issues.length) throw new DataCheckError(issues);
  return site;
}

export type { SiteData };
