/**
 * Loads and checks every dataset of the registry in one pass. Either everything is valid and
 * typed, or a DataCheckError lists every problem found, across all files, at once.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readChangelog } from "./changelog.ts";
import { DATA_DIR, readDataset, relocate, type DatasetDefinition } from "./dataset.ts";
import { DataCheckError, type DataIssue } from "./issues.ts";
import { readPlaces } from "./places.ts";
import { CROSS_CHECKS, DATASETS, type SiteData } from "./registry.ts";

export interface LoadOptions {
  /**
   * The folder the datasets are read from, laid out like data/: data/ itself (the default), or a
   * frozen edition, data/editions/<edition>/ (src/data/editions.ts). Same loaders, same checks;
   * every problem names the file where it is.
   */
  dataDir?: string;
  /** Check data/CHANGELOG.md too (default): it belongs to the project, not to an edition's copy. */
  changelog?: boolean;
  /**
   * Datasets the folder may lack: an edition frozen before they were added (its SHA256SUMS
   * lists none of their files). Read if present; if absent, their rows are empty, and no
   * graphic drawn from them is pinned to that edition.
   */
  absent?: ReadonlySet<string>;
}

/** Reads every dataset under `root` (the project folder holding data/). Throws DataCheckError listing every problem. */
export function loadSiteData(root: string, options: LoadOptions = {}): SiteData {
  const { dataDir = DATA_DIR, changelog = true, absent = new Set<string>() } = options;
  const issues: DataIssue[] = [];
  // Places first: every other dataset's place column is checked against them.
  const places = readPlaces(root, dataDir);
  issues.push(...places.issues);
  const data: Record<string, unknown> = { places: places.rows };
  const headers = new Map<string, readonly string[]>();
  const clean = new Set<string>(places.issues.length ? [] : ["places"]);
  for (const d of DATASETS as readonly DatasetDefinition[]) {
    if (d.id === "places") continue;
    if (absent.has(d.id) && !existsSync(join(root, relocate(d.path, dataDir)))) {
      data[d.id] = [];
      continue;
    }
    const t = readDataset(root, d, places.ctx, dataDir);
    issues.push(...t.issues);
    for (const [file, header] of t.headers) headers.set(file, header);
    if (t.issues.length === 0) clean.add(d.id);
    data[d.id] = t.rows;
  }
  const site = data as SiteData;
  const at = { root, dataDir, header: (file: string) => headers.get(relocate(file, dataDir)) ?? [] };
  for (const { needs, check } of CROSS_CHECKS) {
    // Cross-checks name files by their data/ paths; an edition's problems are in its own folder.
    if (needs.every((id) => clean.has(id))) issues.push(...check(site, at).map((i) => ({ ...i, file: relocate(i.file, dataDir) })));
  }
  // The changelog is data too: a malformed entry would show readers a wrong account of the update.
  if (changelog) issues.push(...readChangelog(root).issues);
  if (issues.length) throw new DataCheckError(issues);
  return site;
}

export type { SiteData };
