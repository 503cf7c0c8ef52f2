/**
 * Reading one CSV file through a schema: bytes -> UTF-8 text -> records -> typed rows, with
 * every problem collected as a located issue. Also the checks every table shares.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeUtf8, parseCsvText } from "./csv.ts";
import type { DataIssue } from "./issues.ts";
import { typeRows, type Located, type ParseContext, type RowOf, type TableSchema } from "./schema.ts";

export interface TableResult<R> {
  /** Column names as they appear in the file, to locate later issues. */
  header: string[];
  rows: Located<R>[];
  issues: DataIssue[];
}

/** Parses CSV text already in memory; never throws for any input. */
export function parseTable<S extends TableSchema>(file: string, text: string, schema: S, ctx: ParseContext): TableResult<RowOf<S>> {
  const { table, issues } = parseCsvText(file, text);
  if (!table) return { header: [], rows: [], issues };
  const typed = typeRows(file, table, schema, ctx);
  return { header: table.header, rows: typed.rows, issues: [...issues, ...typed.issues] };
}

/** Reads `relPath` (relative to the project root, e.g. data/places.csv) under `root`. */
export function readTable<S extends TableSchema>(root: string, relPath: string, schema: S, ctx: ParseContext): TableResult<RowOf<S>> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, relPath));
  } catch {
    return { header: [], rows: [], issues: [{ file: relPath, expected: "this file to exist and be readable" }] };
  }
  const { text, issue } = decodeUtf8(relPath, bytes);
  if (issue || text === undefined) return { header: [], rows: [], issues: issue ? [issue] : [] };
  return parseTable(relPath, text, schema, ctx);
}

/** Each value of `key` appears once; repeats are reported at their line and column. */
export function checkUnique<R extends Record<string, unknown>>(
  file: string,
  header: readonly string[],
  rows: Located<R>[],
  key: keyof R & string,
): DataIssue[] {
  const seen = new Map<unknown, number>();
  const issues: DataIssue[] = [];
  for (const r of rows) {
    const v = r[key];
    if (v === null || v === undefined) continue;
    const first = seen.get(v);
    if (first !== undefined) {
      issues.push({
        file,
        line: r.line,
        column: header.indexOf(key) + 1,
        field: key,
        value: String(v),
        expected: `each ${key} only once, but it is also on line ${first}`,
      });
    } else seen.set(v, r.line);
  }
  return issues;
}

/** A row with an empty cell in any of `fields` must say why in its `note`. */
export function checkMissingHasNote<R extends Record<string, unknown> & { note: string | null }>(
  file: string,
  header: readonly string[],
  rows: Located<R>[],
  fields: readonly (keyof R & string)[],
): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const r of rows) {
    const empty = fields.filter((f) => r[f] === null);
    if (empty.length && !r.note) {
      issues.push({
        file,
        line: r.line,
        column: header.indexOf("note") + 1,
        field: "note",
        value: "",
        expected: `a note saying why ${empty.join(", ")} ${empty.length === 1 ? "is" : "are"} missing`,
        hint: "a value the source does not give stays empty, and the note says why (for example “illegible in the source”).",
      });
    }
  }
  return issues;
}

export type { Located, RowOf };
