/**
 * Column schemas that are also TypeScript types. A table schema maps column names to fields;
 * `RowOf<typeof SCHEMA>` is the type of a parsed row, and `toTableSchema` writes the same
 * schema as a Frictionless Table Schema for datapackage.json.
 */
import type { DataIssue } from "./issues.ts";
import type { RawTable } from "./csv.ts";

/** A cell problem, before the file/line/column are attached. */
export interface CellProblem {
  expected: string;
  hint?: string;
}

export interface ParseContext {
  placeIds: ReadonlySet<string>;
  /** Lower-cased printed and display names of places -> id, for hints. */
  placeNames: ReadonlyMap<string, string>;
}

type Parse<T> = (raw: string, ctx: ParseContext) => T | CellProblem;

export interface FrictionlessField {
  name: string;
  type: "integer" | "number" | "string" | "date" | "boolean";
  format?: string;
  description: string;
  constraints?: { required?: boolean; minimum?: number; maximum?: number; enum?: string[]; pattern?: string; unique?: boolean };
  unit?: string;
  trueValues?: string[];
  falseValues?: string[];
}

export class Field<T> {
  readonly type: FrictionlessField["type"];
  readonly description: string;
  readonly required: boolean;
  readonly unit: string | undefined;
  readonly constraints: FrictionlessField["constraints"];
  readonly parse: Parse<T>;
  readonly extra: Partial<FrictionlessField>;
  constructor(init: {
    type: FrictionlessField["type"];
    description: string;
    required: boolean;
    unit?: string;
    constraints?: FrictionlessField["constraints"];
    parse: Parse<T>;
    extra?: Partial<FrictionlessField>;
  }) {
    this.type = init.type;
    this.description = init.description;
    this.required = init.required;
    this.unit = init.unit;
    this.constraints = init.constraints;
    this.parse = init.parse;
    this.extra = init.extra ?? {};
  }

  /** The same field, allowed to be empty; an empty cell becomes `null`. */
  optional(): Field<T | null> {
    const inner = this.parse;
    return new Field<T | null>({
      type: this.type,
      description: this.description,
      required: false,
      unit: this.unit,
      constraints: { ...this.constraints, required: false },
      extra: this.extra,
      parse: (raw, ctx) => (raw.trim() === "" ? null : inner(raw, ctx)),
    });
  }
}

export function isProblem(v: unknown): v is CellProblem {
  return typeof v === "object" && v !== null && "expected" in v && !(v instanceof Date);
}

const EMPTY: CellProblem = { expected: "a value; this cell must not be empty" };

function numberHint(raw: string): string | undefined {
  if (/^-?[\d,]+(\.\d+)?$/.test(raw) && raw.includes(","))
    return `write numbers without thousands separators, e.g. ${raw.replace(/,/g, "")}.`;
  if (raw.endsWith("%")) return `write the number without the % sign, e.g. ${raw.slice(0, -1)}.`;
  if (/^(HK)?\$/.test(raw)) return "write the number without a currency sign.";
  if (/^-?\d+,\d+$/.test(raw)) return "use a full stop as the decimal mark.";
  return undefined;
}

function rangeProblem(n: number, o: NumberOptions, what = "a number"): CellProblem | undefined {
  const hint = o.hint?.(n);
  if (o.min !== undefined && n < o.min) return { expected: `${what} of at least ${o.min}`, ...(hint ? { hint } : {}) };
  if (o.max !== undefined && n > o.max) return { expected: `${what} of at most ${o.max}`, ...(hint ? { hint } : {}) };
  return undefined;
}

interface NumberOptions {
  description: string;
  unit?: string;
  min?: number;
  max?: number;
  /** What to tell a maintainer whose number is out of range, in the column's own terms. */
  hint?: (n: number) => string | undefined;
}

/**
 * A required column, the prelude every builder shares: the cell is trimmed, an empty cell is a
 * problem (`.optional()` turns that into null), and `read` turns the rest into a value or says
 * what was expected.
 */
function requiredField<T>(init: {
  type: FrictionlessField["type"];
  description: string;
  unit?: string;
  constraints?: Omit<NonNullable<FrictionlessField["constraints"]>, "required">;
  extra?: Partial<FrictionlessField>;
  read: (s: string, ctx: ParseContext) => T | CellProblem;
}): Field<T> {
  return new Field<T>({
    type: init.type,
    description: init.description,
    required: true,
    unit: init.unit,
    constraints: { required: true, ...init.constraints },
    extra: init.extra,
    parse: (raw, ctx) => {
      const s = raw.trim();
      return s === "" ? EMPTY : init.read(s, ctx);
    },
  });
}

/** A numeric column: the two kinds differ only in the pattern they accept and how they say it. */
function numberField(
  type: "integer" | "number",
  o: NumberOptions,
  accept: RegExp,
  expected: string,
  hint: (s: string) => string | undefined,
  what?: string,
): Field<number> {
  return requiredField<number>({
    type,
    description: o.description,
    unit: o.unit,
    constraints: { minimum: o.min, maximum: o.max },
    read: (s) => {
      if (!accept.test(s)) return { expected, hint: hint(s) };
      const n = Number(s);
      return rangeProblem(n, o, what) ?? n;
    },
  });
}

export function integer(o: NumberOptions): Field<number> {
  const decimals = (s: string) => (/^-?\d+\.\d+$/.test(s) ? "this column holds whole numbers only; leave out the decimals." : undefined);
  return numberField("integer", o, /^-?\d+$/, "a whole number, digits only", (s) => numberHint(s) ?? decimals(s), "a whole number");
}

export function decimal(o: NumberOptions): Field<number> {
  return numberField("number", o, /^-?\d+(\.\d+)?$/, "a number such as 35.9", numberHint);
}

export function text(o: { description: string; pattern?: RegExp; patternText?: string; maxLength?: number }): Field<string> {
  return requiredField<string>({
    type: "string",
    description: o.description,
    constraints: { pattern: o.pattern?.source },
    read: (s) => {
      if (o.pattern && !o.pattern.test(s)) return { expected: o.patternText ?? "text in the form this column's description gives" };
      if (o.maxLength !== undefined && s.length > o.maxLength) return { expected: `at most ${o.maxLength} characters` };
      return s;
    },
  });
}

export function oneOf<const V extends string>(o: { description: string; values: readonly V[] }): Field<V> {
  return requiredField<V>({
    type: "string",
    description: o.description,
    constraints: { enum: [...o.values] },
    read: (s) => {
      if ((o.values as readonly string[]).includes(s)) return s as V;
      const ci = o.values.find((v) => v.toLowerCase() === s.toLowerCase());
      return { expected: `one of ${o.values.map((v) => JSON.stringify(v)).join(", ")}`, hint: ci ? `write "${ci}" exactly.` : undefined };
    },
  });
}

export function yesNo(o: { description: string }): Field<boolean> {
  return requiredField<boolean>({
    type: "boolean",
    description: o.description,
    extra: { trueValues: ["yes"], falseValues: ["no"] },
    read: (s) => (s === "yes" ? true : s === "no" ? false : { expected: `"yes" or "no"` }),
  });
}

/** An ISO calendar date, YYYY-MM-DD, that exists. */
export function isoDate(o: { description: string }): Field<string> {
  return requiredField<string>({
    type: "date",
    description: o.description,
    read: (s) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) {
        const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
        const iso = dmy && `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
        return { expected: "a date written YYYY-MM-DD", hint: iso ? `the paper prints day/month/year; write ${iso}.` : undefined };
      }
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]))
        return { expected: "a date that exists on the calendar" };
      return s;
    },
  });
}

/** An ISO 8601 date of reduced precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isoPeriod(o: { description: string }): Field<string> {
  return text({
    description: o.description,
    pattern: /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    patternText: "a year (2023), a month (2023-06) or a date (2023-10-31)",
  });
}

/** A place id from data/places.csv. */
export function place(o: { description: string }): Field<string> {
  return requiredField<string>({
    type: "string",
    description: o.description + " An id from data/places.csv.",
    extra: { format: "default" },
    read: (s, ctx) => {
      if (ctx.placeIds.has(s)) return s;
      const id = ctx.placeNames.get(s.toLowerCase());
      const allowed = `the allowed ids are ${[...ctx.placeIds].join(", ")}; to add a place, add a line to data/places.csv.`;
      return { expected: "a place id listed in data/places.csv", hint: id ? `use the id "${id}" for ${JSON.stringify(s)}.` : allowed };
    },
  });
}

export type TableSchema = Record<string, Field<unknown>>;
export type RowOf<S extends TableSchema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };
/** A parsed row with the line it came from, so later checks can point at it. */
export type Located<R> = R & { readonly line: number };

export function toTableSchema(schema: TableSchema, extra: { primaryKey?: string[] } = {}): object {
  const fields: FrictionlessField[] = Object.entries(schema).map(([name, f]) => {
    const out: FrictionlessField = { name, type: f.type, description: f.description, ...f.extra };
    if (f.unit) out.unit = f.unit;
    const c = Object.fromEntries(Object.entries(f.constraints ?? {}).filter(([, v]) => v !== undefined));
    if (Object.keys(c).length) out.constraints = c;
    return out;
  });
  return { fields, missingValues: [""], ...extra };
}

/** Levenshtein distance between two strings. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Types every cell of a raw table; returns the rows that parsed and an issue per bad cell. */
export function typeRows<S extends TableSchema>(
  file: string,
  raw: RawTable,
  schema: S,
  ctx: ParseContext,
): { rows: Located<RowOf<S>>[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const names = Object.keys(schema);
  const missing = names.filter((n) => !raw.header.includes(n));
  const unknown = raw.header.map((h, i) => ({ h, i })).filter(({ h }) => !names.includes(h));
  const dupes = raw.header.filter((h, i) => raw.header.indexOf(h) !== i);
  for (const { h, i } of unknown) {
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
    // Same letters, or a typo or two (one for short names like "year").
    const close = missing.find((m) => editDistance(norm(m), norm(h)) <= Math.min(2, Math.floor(norm(m).length / 4)));
    issues.push({
      file,
      line: 1,
      column: i + 1,
      value: h,
      expected: `one of the column names ${names.join(", ")}`,
      hint: close
        ? `did you mean "${close}"?`
        : h === ""
          ? "this column has no name: delete the empty columns after the last one (spreadsheets sometimes save them)."
          : undefined,
    });
  }
  for (const d of new Set(dupes))
    issues.push({ file, line: 1, column: raw.header.lastIndexOf(d) + 1, value: d, expected: "each column name once" });
  if (missing.length) {
    issues.push({
      file,
      line: 1,
      value: raw.header.join(","),
      expected: `the header to contain ${missing.map((m) => `"${m}"`).join(", ")}`,
      hint: `the full header is: ${names.join(",")}`,
    });
  }
  if (missing.length || unknown.length || dupes.length) return { rows: [], issues };

  const rows: Located<RowOf<S>>[] = [];
  for (const rec of raw.records) {
    if (rec.cells.length !== raw.header.length) continue; // already reported by the CSV reader
    const row: Record<string, unknown> = { line: rec.line };
    let ok = true;
    raw.header.forEach((name, i) => {
      const cell = rec.cells[i] ?? "";
      const v = schema[name]!.parse(cell, ctx);
      if (isProblem(v)) {
        ok = false;
        issues.push({ file, line: rec.line, column: i + 1, field: name, value: cell, expected: v.expected, hint: v.hint });
      } else row[name] = v;
    });
    if (ok) rows.push(row as Located<RowOf<S>>);
  }
  return { rows, issues };
}
