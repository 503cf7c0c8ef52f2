/**
 * What pages import: the site's data, loaded and checked once per build, and per-dataset
 * views of it. A failed check throws DataCheckError, which stops the build.
 */
import { datasetLastChanges, readChangelog, type ChangelogEntry, type DatasetChange } from "./changelog.ts";
import { checkEditions, frozenEditions, type DataEdition, type EditionsCheck } from "./editions.ts";
import { computeFindings, type Finding } from "./findings.ts";
import { DataCheckError } from "./issues.ts";
import { loadSiteData } from "./load.ts";
import { DATASETS, type Dataset, type DatasetId, type SiteData } from "./registry.ts";

let cached: SiteData | undefined;

/** The project folder holding data/; builds run from it, tests may point elsewhere. */
export function dataRoot(): string {
  return process.env.DATA_ROOT ?? process.cwd();
}

export function getSiteData(): SiteData {
  cached ??= loadSiteData(dataRoot());
  return cached;
}

let changelog: { entries: ChangelogEntry[]; lastChanges: DatasetChange[] } | undefined;

/** data/CHANGELOG.md's entries, newest first, and when each dataset last changed. Checked with the rest of the data. */
export function getDataChangelog(): { entries: ChangelogEntry[]; lastChanges: DatasetChange[] } {
  getSiteData(); // a changelog that fails its check has already stopped the build here
  if (!changelog) {
    const { entries } = readChangelog(dataRoot());
    changelog = { entries, lastChanges: datasetLastChanges(dataRoot(), DATASETS, entries) };
  }
  return changelog;
}

let editions: EditionsCheck | undefined;

/**
 * The data editions (src/data/editions.ts), newest first, each frozen one checked and loaded.
 * Throws DataCheckError, like getSiteData, if one is broken or if data/ is not the newest
 * edition: every graphic the site draws is pinned to an edition, so there must be one.
 */
export function getDataEditions(): EditionsCheck & { latest: DataEdition } {
  getSiteData();
  if (!editions) {
    const check = checkEditions(dataRoot());
    if (check.issues.length || check.pending.length) throw new DataCheckError([...check.issues, ...check.pending]);
    editions = check;
  }
  return editions as EditionsCheck & { latest: DataEdition };
}

/** The edition data/ is: the one the latest pages show and their embed codes pin to. */
export function latestEdition(): DataEdition {
  return getDataEditions().latest;
}

/** Every frozen edition, newest first: each has pinned graphics under /editions/<name>/. */
export function pinnedEditions(): DataEdition[] {
  return frozenEditions(getDataEditions().editions);
}

/** Whether a graphic drawn from `datasets` is pinned to a frozen edition: not if the edition was frozen before one of them existed. */
export function isPinnedTo(edition: string, datasets: readonly string[]): boolean {
  const absent = getDataEditions().absent.get(edition) as ReadonlySet<string> | undefined;
  return absent !== undefined && datasets.every((d) => !absent.has(d));
}

/** The data of a frozen edition. The latest's are data/'s, byte for byte, so the same loaded object. */
export function editionData(name: string): SiteData {
  const all = getDataEditions();
  if (name === all.latest.name) return getSiteData();
  const data = all.data.get(name);
  if (!data) throw new Error(`No frozen edition "${name}" (data/editions/)`);
  return data;
}

/** The data of the site and of every frozen edition: what fonts must cover, since pinned pages show older data. */
export function allSiteData(): SiteData[] {
  return [getSiteData(), ...getDataEditions().data.values()];
}

export function getFindings(): Finding[] {
  return computeFindings(getSiteData());
}

/** Rows of one dataset, as plain records (for the catalogue and downloads). */
export function datasetRows(data: SiteData, id: DatasetId): readonly Record<string, unknown>[] {
  return data[id];
}

export { DATASETS };
export { missingValueCount, missingValueFields } from "./dataset.ts";
export { correctionsOf } from "./editions.ts";
export type { ChangelogEntry, DataEdition, Dataset, DatasetChange, DatasetId, Finding, SiteData };
