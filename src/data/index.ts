/**
 * What pages import: the site's data, loaded and checked once per build, and per-dataset
 * views of it. A failed check throws DataCheckError, which stops the build.
 */
import { datasetLastChanges, readChangelog, type ChangelogEntry, type DatasetChange } from "./changelog.ts";
import { computeFindings, type Finding } from "./findings.ts";
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

export function getFindings(): Finding[] {
  return computeFindings(getSiteData());
}

/** Rows of one dataset, as plain records (for the catalogue and downloads). */
export function datasetRows(data: SiteData, id: DatasetId): readonly Record<string, unknown>[] {
  return data[id];
}

export { DATASETS };
export { missingValueCount, missingValueFields } from "./dataset.ts";
export type { ChangelogEntry, Dataset, DatasetChange, DatasetId, Finding, SiteData };
