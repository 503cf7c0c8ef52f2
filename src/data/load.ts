/**
 * Loads and checks every dataset in one pass. Either everything is valid and typed, or a
 * DataCheckError lists every problem found, across all files, at once.
 */
import { readChangelog } from "./changelog.ts";
import { datasetById } from "./datasets.ts";
import { FACT_SCHEMA, type Fact } from "./facts.ts";
import {
  BOX_OFFICE_SCHEMA,
  FILMS_ABROAD_SCHEMA,
  FILM_RELEASES_SCHEMA,
  HONG_KONG_FILMS_SCHEMA,
  MAINLAND_FILMS_SCHEMA,
  ORIGIN_OF_RELEASES_SCHEMA,
} from "./films.ts";
import { evaluateFormula } from "./formula.ts";
import { DataCheckError, type DataIssue } from "./issues.ts";
import { readPlaces, type Place } from "./places.ts";
import type { ParseContext, TableSchema } from "./schema.ts";
import { checkUnique, readTable, type Located, type RowOf, type TableResult } from "./table.ts";
import { DIRECTIONS, readTradeSeries, type Direction, type TradeRecord } from "./trade.ts";
import { TVB_MAINLAND_DRAMAS_SCHEMA, TVB_SCHEDULE_SCHEMA } from "./tv.ts";

function readDataset<S extends TableSchema>(
  root: string,
  id: string,
  schema: S,
  ctx: ParseContext,
  issues: DataIssue[],
): TableResult<RowOf<S>> {
  const meta = datasetById(id);
  const t = readTable(root, meta.path, schema, ctx);
  issues.push(...t.issues);
  for (const key of meta.primaryKey) issues.push(...checkUnique<RowOf<S>>(meta.path, t.header, t.rows, key as keyof RowOf<S> & string));
  return t;
}

/** Derived figures need a formula that recomputes them; stated ones need their sentence. */
export function checkFacts(file: string, header: readonly string[], rows: Located<Fact>[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(rows.map((r) => [r.id, r.value]));
  const col = (f: keyof Fact) => header.indexOf(f) + 1;
  for (const r of rows) {
    if (r.derived) {
      if (!r.formula) {
        issues.push({
          file,
          line: r.line,
          column: col("formula"),
          field: "formula",
          value: "",
          expected: "a formula for a derived figure, such as “asia-share * hong-kong-share-of-asia / 100”",
        });
        continue;
      }
      try {
        const v = evaluateFormula(r.formula, (id) => (id === r.id ? undefined : byId.get(id)));
        if (Math.abs(v - r.value) > 0.005 * Math.max(1, Math.abs(v))) {
          issues.push({
            file,
            line: r.line,
            column: col("value"),
            field: "value",
            value: String(r.value),
            expected: `${+v.toFixed(4)}, what the formula “${r.formula}” gives`,
          });
        }
      } catch (e) {
        issues.push({
          file,
          line: r.line,
          column: col("formula"),
          field: "formula",
          value: r.formula,
          expected: "a formula of numbers, ids of other rows in this file, + - * / and brackets",
          hint: (e as Error).message,
        });
      }
    } else if (!r.quote) {
      issues.push({
        file,
        line: r.line,
        column: col("quote"),
        field: "quote",
        value: "",
        expected: "the sentence the figure comes from, quoted as printed",
        hint: "every number on the site is either from a table or a quotation with its source.",
      });
    }
  }
  return issues;
}

export interface SiteData {
  places: Located<Place>[];
  trade: Record<Direction, { rows: TradeRecord[]; years: number[] }>;
  filmReleases: Located<RowOf<typeof FILM_RELEASES_SCHEMA>>[];
  boxOffice: Located<RowOf<typeof BOX_OFFICE_SCHEMA>>[];
  mainlandFilms: Located<RowOf<typeof MAINLAND_FILMS_SCHEMA>>[];
  hongKongFilms: Located<RowOf<typeof HONG_KONG_FILMS_SCHEMA>>[];
  originOfReleases: Located<RowOf<typeof ORIGIN_OF_RELEASES_SCHEMA>>[];
  filmsAbroad: Located<RowOf<typeof FILMS_ABROAD_SCHEMA>>[];
  tvbSchedule: Located<RowOf<typeof TVB_SCHEDULE_SCHEMA>>[];
  tvbMainlandDramas: Located<RowOf<typeof TVB_MAINLAND_DRAMAS_SCHEMA>>[];
  facts: Record<"animation-exports-2016" | "tvb-ott" | "film-development-fund" | "filmart-2025", Located<Fact>[]>;
}

/** Reads every dataset under `root` (the project folder holding data/). Throws DataCheckError listing every problem. */
export function loadSiteData(root: string): SiteData {
  const issues: DataIssue[] = [];
  const places = readPlaces(root);
  issues.push(...places.issues);
  const ctx = places.ctx;

  const trade = {} as SiteData["trade"];
  for (const direction of DIRECTIONS) {
    const t = readTradeSeries(root, direction, ctx);
    issues.push(...t.issues);
    trade[direction] = { rows: t.rows, years: t.years };
  }
  // A year must come in both directions: half a year would draw a misleading gap.
  const [imp, exp] = [trade.imports.years, trade.exports.years];
  for (const [has, lacks, dir] of [
    [imp, exp, "exports"],
    [exp, imp, "imports"],
  ] as const) {
    for (const y of has.filter((y) => !lacks.includes(y))) {
      issues.push({
        file: `data/trade/${dir}/${y}.csv`,
        expected: `this file to exist, since ${y} has a file for ${dir === "exports" ? "imports" : "exports"}`,
        hint: `every year needs both files; run “npm run data:new-year -- ${y}” to create templates.`,
      });
    }
  }

  const filmReleases = readDataset(root, "film-releases-2021-2022", FILM_RELEASES_SCHEMA, ctx, issues);
  const boxOffice = readDataset(root, "box-office-2022", BOX_OFFICE_SCHEMA, ctx, issues);
  const mainlandFilms = readDataset(root, "mainland-films-hk-2022", MAINLAND_FILMS_SCHEMA, ctx, issues);
  const hongKongFilms = readDataset(root, "hk-films-2022", HONG_KONG_FILMS_SCHEMA, ctx, issues);
  const originOfReleases = readDataset(root, "origin-of-releases-2022", ORIGIN_OF_RELEASES_SCHEMA, ctx, issues);
  const filmsAbroad = readDataset(root, "hk-films-abroad-2022", FILMS_ABROAD_SCHEMA, ctx, issues);
  const tvbSchedule = readDataset(root, "tvb-schedule-2024", TVB_SCHEDULE_SCHEMA, ctx, issues);
  const tvbMainlandDramas = readDataset(root, "tvb-mainland-dramas-prime-time", TVB_MAINLAND_DRAMAS_SCHEMA, ctx, issues);

  for (const t of [mainlandFilms, hongKongFilms]) {
    const file = t === mainlandFilms ? datasetById("mainland-films-hk-2022").path : datasetById("hk-films-2022").path;
    for (const r of t.rows) {
      if (r.end_date < r.start_date) {
        issues.push({
          file,
          line: r.line,
          column: t.header.indexOf("end_date") + 1,
          field: "end_date",
          value: r.end_date,
          expected: `a date on or after the start date ${r.start_date}`,
        });
      }
    }
  }
  {
    const file = datasetById("origin-of-releases-2022").path;
    for (const r of originOfReleases.rows) {
      if (r.derived && !r.formula)
        issues.push({
          file,
          line: r.line,
          column: originOfReleases.header.indexOf("formula") + 1,
          field: "formula",
          value: "",
          expected: "a formula for a derived number",
        });
      if (!r.derived && r.formula)
        issues.push({
          file,
          line: r.line,
          column: originOfReleases.header.indexOf("derived") + 1,
          field: "derived",
          value: "no",
          expected: "“yes”, since the row gives a formula",
        });
    }
  }
  {
    const file = datasetById("tvb-mainland-dramas-prime-time").path;
    const firstOfYear = new Map<number, (typeof tvbMainlandDramas.rows)[number]>();
    for (const r of tvbMainlandDramas.rows) {
      const first = firstOfYear.get(r.year);
      if (!first) firstOfYear.set(r.year, r);
      else {
        for (const key of ["year_total_episodes", "year_total_airtime_weeks"] as const) {
          if (r[key] !== first[key]) {
            issues.push({
              file,
              line: r.line,
              column: tvbMainlandDramas.header.indexOf(key) + 1,
              field: key,
              value: String(r[key]),
              expected: `${first[key]}, as on line ${first.line}: the year's total is one merged cell in the paper`,
            });
          }
        }
      }
    }
  }
  {
    const file = datasetById("tvb-schedule-2024").path;
    issues.push(
      ...tvbSchedule.rows
        .filter((r) => (r.air_date === null || r.finale_date === null || r.broadcast_time === null) && !r.note)
        .map((r) => ({
          file,
          line: r.line,
          column: tvbSchedule.header.indexOf("note") + 1,
          field: "note",
          value: "",
          expected: "a note saying why a date or time is missing",
        })),
    );
  }

  const factIds = ["animation-exports-2016", "tvb-ott", "film-development-fund", "filmart-2025"] as const;
  const facts = {} as SiteData["facts"];
  for (const id of factIds) {
    const t = readDataset(root, id, FACT_SCHEMA, ctx, issues);
    if (t.issues.length === 0) issues.push(...checkFacts(datasetById(id).path, t.header, t.rows));
    facts[id] = t.rows;
  }

  // The changelog is data too: a malformed entry would show readers a wrong account of the update.
  issues.push(...readChangelog(root).issues);

  if (issues.length) throw new DataCheckError(issues);
  return {
    places: places.rows,
    trade,
    filmReleases: filmReleases.rows,
    boxOffice: boxOffice.rows,
    mainlandFilms: mainlandFilms.rows,
    hongKongFilms: hongKongFilms.rows,
    originOfReleases: originOfReleases.rows,
    filmsAbroad: filmsAbroad.rows,
    tvbSchedule: tvbSchedule.rows,
    tvbMainlandDramas: tvbMainlandDramas.rows,
    facts,
  };
}
