/**
 * What pages import: the site's data, loaded and checked once per build, and per-dataset
 * views of it. A failed check throws DataCheckError, which stops the build.
 */
import { datasetLastChanges, readChangelog, type ChangelogEntry, type DatasetChange } from "./changelog.ts";
import { DATASETS, type DatasetMeta } from "./datasets.ts";
import { computeFindings, type Finding } from "./findings.ts";
import { loadSiteData, type SiteData } from "./load.ts";

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
export function datasetRows(data: SiteData, id: string): Record<string, unknown>[] {
  return rowsOf(data, id) as unknown as Record<string, unknown>[];
}

function rowsOf(data: SiteData, id: string): readonly object[] {
  switch (id) {
    case "places":
      return data.places;
    case "trade-imports":
      return data.trade.imports.rows;
    case "trade-exports":
      return data.trade.exports.rows;
    case "film-releases-2021-2022":
      return data.filmReleases;
    case "box-office-2022":
      return data.boxOffice;
    case "mainland-films-hk-2022":
      return data.mainlandFilms;
    case "hk-films-2022":
      return data.hongKongFilms;
    case "origin-of-releases-2022":
      return data.originOfReleases;
    case "hk-films-abroad-2022":
      return data.filmsAbroad;
    case "tvb-schedule-2024":
      return data.tvbSchedule;
    case "tvb-mainland-dramas-prime-time":
      return data.tvbMainlandDramas;
    case "animation-exports-2016":
    case "tvb-ott":
    case "film-development-fund":
    case "filmart-2025":
      return data.facts[id];
    default:
      throw new Error(`No rows for dataset "${id}"`);
  }
}

/** Columns whose empty cells are missing values (not "not applicable"). */
export function missingValueFields(meta: DatasetMeta): string[] {
  if (meta.missingFields) return meta.missingFields;
  return Object.entries(meta.schema)
    .filter(([name, f]) => !f.required && !["note", "formula", "quote"].includes(name))
    .map(([name]) => name);
}

export function missingValueCount(meta: DatasetMeta, rows: Record<string, unknown>[]): number {
  const fields = missingValueFields(meta);
  return rows.reduce((n, r) => n + fields.filter((f) => r[f] === null).length, 0);
}

export { DATASETS };
export type { ChangelogEntry, DatasetChange, DatasetMeta, Finding, SiteData };
