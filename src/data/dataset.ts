/**
 * What a dataset is, declared once: its id (also the CSV's name and the key of its rows in
 * SiteData), where its CSV lives, its schema, primary key, source and its own checks. The
 * registry (registry.ts) lists the definitions; the loader, the loaded data's type, the /data/
 * catalogue and datapackage.json all follow from it.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Localized } from "../lib/i18n.ts";
import type { DataIssue } from "./issues.ts";
import type { Located, ParseContext, RowOf, TableSchema } from "./schema.ts";
import { readTable } from "./table.ts";

export interface Source {
  /** Where in the document: "Table 1", "Figure 3 (text)", "prose". */
  reference: Localized;
  /** Page in the journal, as far as the extracted text shows it. */
  page: string;
  /** Who published the underlying figures. */
  publisher: Localized;
  /** The document transcribed. */
  document: string;
}

/** Where a check is looking: the file, its header (to give columns), and for a yearly dataset the file's year. */
export interface CheckContext {
  root: string;
  file: string;
  header: readonly string[];
  year?: number;
}

export type DatasetKind =
  /** One CSV file at `path`. */
  | "file"
  /** A folder at `path` of one CSV per year, named <year>.csv. */
  | "yearly";

export interface DatasetDefinition<Id extends string = string, S extends TableSchema = TableSchema, K extends DatasetKind = DatasetKind> {
  id: Id;
  title: Localized;
  description: Localized;
  path: string;
  kind: K;
  schema: S;
  /** Columns whose values together name one row; checked unique within each file (defineDataset checks they are columns). */
  primaryKey: readonly string[];
  units: Localized;
  source: Source;
  /** Columns whose empty cells count as missing values; default: every optional column but note, formula and quote. */
  missingFields?: readonly string[];
  /**
   * What the schema alone cannot say, checked once every cell of a file has parsed. A method,
   * not a function property, so definitions of any schema can share one list.
   */
  check?(rows: Located<RowOf<S>>[], at: CheckContext): DataIssue[];
  /** The order of the loaded rows, when the files' own order is not to be trusted (yearly files). */
  order?(a: RowOf<S>, b: RowOf<S>): number;
}

/** A dataset's definition, with its id and schema kept as literal types for the registry. */
export function defineDataset<const Id extends string, S extends TableSchema, K extends DatasetKind>(
  d: DatasetDefinition<Id, S, K>,
): DatasetDefinition<Id, S, K> {
  return d;
}

/** A row of a yearly dataset also says which file it came from, since its line is that file's. */
export type YearlyRow<R> = Located<R> & { readonly file: string };

/** The loaded rows of a dataset. */
export type RowsOf<D> =
  D extends DatasetDefinition<string, infer S, infer K> ? (K extends "yearly" ? YearlyRow<RowOf<S>>[] : Located<RowOf<S>>[]) : never;

/** Where the project's data live: data/ itself, or a frozen edition's copy of it (src/data/editions.ts). */
export const DATA_DIR = "data";

/**
 * A path written for data/ ("data/trade/imports") as it is in `dataDir`, a folder laid out like
 * data/ ("data/editions/2026-2/trade/imports"). Paths already in `dataDir`, and paths outside
 * data/, are returned as they are.
 */
export function relocate(path: string, dataDir: string = DATA_DIR): string {
  if (dataDir === DATA_DIR || path.startsWith(`${dataDir}/`) || !path.startsWith(`${DATA_DIR}/`)) return path;
  return `${dataDir}/${path.slice(DATA_DIR.length + 1)}`;
}

/** Years for which a yearly dataset has a file, from the file names; other names are reported. */
export function listYearFiles(root: string, dir: string): { years: number[]; issues: DataIssue[] } {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return { years: [], issues: [{ file: dir, expected: "a folder holding one CSV per year" }] };
  }
  const years: number[] = [];
  const issues: DataIssue[] = [];
  for (const name of names.sort()) {
    const m = /^(\d{4})\.csv$/.exec(name);
    if (m) years.push(Number(m[1]));
    else if (!name.startsWith(".") && name !== "README.md") {
      issues.push({
        file: `${dir}/${name}`,
        value: name,
        expected: "a file named after its year, such as 2023.csv",
        hint: "rename the file, or move it out of the data folder.",
      });
    }
  }
  return { years, issues };
}

/** Paths (relative to the project root) of every CSV a dataset is made of, in data/ or in a folder laid out like it. */
export function datasetFiles(root: string, d: DatasetDefinition, dataDir: string = DATA_DIR): string[] {
  const path = relocate(d.path, dataDir);
  if (d.kind === "file") return [path];
  return listYearFiles(root, path).years.map((y) => `${path}/${y}.csv`);
}

/** Each combination of the key columns appears once in a file; a repeat is reported at its line. */
export function checkPrimaryKey(
  file: string,
  header: readonly string[],
  rows: readonly Located<Record<string, unknown>>[],
  key: readonly string[],
): DataIssue[] {
  const seen = new Map<string, number>();
  const issues: DataIssue[] = [];
  const last = key.at(-1)!;
  for (const r of rows) {
    const values = key.map((k) => r[k]);
    if (values.some((v) => v === null || v === undefined)) continue;
    const id = JSON.stringify(values);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, r.line);
      continue;
    }
    const what = key.length === 1 ? `each ${last} only once` : `each ${last} only once for the same ${key.slice(0, -1).join(" and ")}`;
    issues.push({
      file,
      line: r.line,
      column: header.indexOf(last) + 1,
      field: last,
      value: String(r[last]),
      expected: `${what}, but it is also on line ${first}`,
    });
  }
  return issues;
}

/**
 * Reads one dataset: every file parsed through the schema, its key checked, then its own checks.
 * `dataDir` is data/ or a frozen edition's copy of it; files and problems are named where they are.
 */
export function readDataset<S extends TableSchema, K extends DatasetKind>(
  root: string,
  d: DatasetDefinition<string, S, K>,
  ctx: ParseContext,
  dataDir: string = DATA_DIR,
): { rows: RowsOf<DatasetDefinition<string, S, K>>; issues: DataIssue[]; headers: Map<string, readonly string[]> } {
  const files: { file: string; year?: number }[] = [];
  const headers = new Map<string, readonly string[]>();
  const issues: DataIssue[] = [];
  const path = relocate(d.path, dataDir);
  if (d.kind === "file") files.push({ file: path });
  else {
    const listed = listYearFiles(root, path);
    issues.push(...listed.issues);
    files.push(...listed.years.map((year) => ({ file: `${path}/${year}.csv`, year })));
  }
  const rows: Located<RowOf<S>>[] = [];
  for (const { file, year } of files) {
    const t = readTable(root, file, d.schema, ctx);
    headers.set(file, t.header);
    issues.push(...t.issues);
    issues.push(...checkPrimaryKey(file, t.header, t.rows, d.primaryKey));
    // Cross-row checks only make sense once every cell has parsed.
    if (t.issues.length === 0 && d.check) issues.push(...d.check(t.rows, { root, file, header: t.header, year }));
    rows.push(...(d.kind === "yearly" ? t.rows.map((r) => ({ ...r, file })) : t.rows));
  }
  if (d.order) rows.sort((a, b) => d.order!(a, b));
  return { rows: rows as RowsOf<DatasetDefinition<string, S, K>>, issues, headers };
}

/** Columns whose empty cells are missing values (not "not applicable"). */
export function missingValueFields(d: DatasetDefinition): readonly string[] {
  if (d.missingFields) return d.missingFields;
  return Object.entries(d.schema)
    .filter(([name, f]) => !f.required && !["note", "formula", "quote"].includes(name))
    .map(([name]) => name);
}

export function missingValueCount(d: DatasetDefinition, rows: readonly Record<string, unknown>[]): number {
  const fields = missingValueFields(d);
  return rows.reduce((n, r) => n + fields.filter((f) => r[f] === null).length, 0);
}
