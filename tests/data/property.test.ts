/**
 * Property tests: whatever text lands in a CSV, the checks answer with located issues and
 * never crash; and any well-formed trade year survives a write-then-read unchanged.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATASETS } from "../../src/data/registry.ts";
import { DataCheckError, type DataIssue } from "../../src/data/issues.ts";
import { loadSiteData } from "../../src/data/load.ts";
import { readPlaces } from "../../src/data/places.ts";
import type { ParseContext } from "../../src/data/schema.ts";
import { parseTable } from "../../src/data/table.ts";
import { checkTradeYear, TRADE_ROW_SCHEMA, type TradeRow } from "../../src/data/trade.ts";
import { lineCount, ROOT, TempProject } from "./helpers.ts";

// Pinned, so a run is reproducible; FC_SEED and FC_RUNS explore further.
const FC_OPTIONS = { numRuns: Number(process.env.FC_RUNS ?? 300), seed: Number(process.env.FC_SEED ?? 20250311) };
const HEADER = Object.keys(TRADE_ROW_SCHEMA).join(",");
const FILE = "data/trade/imports/2011.csv";

const ctx: ParseContext = readPlaces(ROOT).ctx;
const PLACE_IDS = [...ctx.placeIds];

/** Every issue is located inside the text it describes. */
function expectWellFormed(issues: readonly DataIssue[], linesOf: (file: string) => number): void {
  for (const i of issues) {
    expect(typeof i.file).toBe("string");
    expect(i.file.length).toBeGreaterThan(0);
    expect(typeof i.expected).toBe("string");
    expect(i.expected.length).toBeGreaterThan(0);
    if (i.line !== undefined) {
      expect(Number.isInteger(i.line)).toBe(true);
      expect(i.line).toBeGreaterThanOrEqual(1);
      expect(i.line, JSON.stringify(i)).toBeLessThanOrEqual(linesOf(i.file));
    }
    if (i.column !== undefined) {
      expect(Number.isInteger(i.column)).toBe(true);
      expect(i.column).toBeGreaterThanOrEqual(1);
    }
  }
}

// Cells a trade file might hold, right or wrong, and the ways a spreadsheet might mangle them.
const plausibleCell = fc.constantFrom(
  "2011",
  "1",
  "5",
  "6",
  "mainland-china",
  "Taiwan China",
  "1766485",
  "1,766,485",
  "35.9",
  "35.9%",
  "0.359",
  "-1",
  "",
  " ",
  "note, with comma",
  'say ""hi""',
);
const cell = fc.oneof(
  plausibleCell,
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.constantFrom('"', '""', ",", ";", "\t", "\r", "\n", "\uFEFF", "\u0000", "é"),
);
const quotedCell = fc.oneof(
  { weight: 4, arbitrary: cell },
  { weight: 1, arbitrary: cell.map((c) => `"${c.replace(/"/g, '""')}"`) },
  { weight: 1, arbitrary: cell.map((c) => `"${c}`) }, // a quote opened and never closed
  { weight: 1, arbitrary: fc.tuple(cell, cell).map(([a, b]) => `${a}"${b}`) }, // a stray quote inside
);
const csvish = fc
  .record({
    header: fc.oneof(
      fc.constant(HEADER),
      fc.constant(`\uFEFF${HEADER}`),
      fc.array(cell, { maxLength: 7 }).map((cs) => cs.join(",")),
    ),
    rows: fc.array(fc.array(quotedCell, { maxLength: 8 }), { maxLength: 7 }),
    eol: fc.constantFrom("\n", "\r\n"),
    trailing: fc.constantFrom("", "\n", "\r\n", "\n\n", " "),
  })
  .map(({ header, rows, eol, trailing }) => [header, ...rows.map((r) => r.join(","))].join(eol) + trailing);

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  csvish,
);

describe("parseTable never throws, and locates every issue inside the text", () => {
  it.each([
    ["any text", anyText],
    ["CSV-ish text", csvish],
  ] as const)("%s", (_, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        const result = parseTable(FILE, text, TRADE_ROW_SCHEMA, ctx);
        for (const i of result.issues) expect(i.file).toBe(FILE);
        expectWellFormed(result.issues, () => lineCount(text));
        // Rows either all typed or reported: a row that parsed has its line inside the text too.
        for (const r of result.rows) expect(r.line).toBeLessThanOrEqual(lineCount(text));
      }),
      FC_OPTIONS,
    );
  });
});

describe("loadSiteData on a project with one arbitrary file", () => {
  const files = DATASETS.flatMap((d) => (d.kind === "file" ? [d.path] : [`${d.path}/2011.csv`, `${d.path}/2022.csv`]));
  let project: TempProject;
  beforeAll(() => {
    project = new TempProject();
  });
  afterAll(() => project.dispose());

  const run = (file: string, content: string | Uint8Array) => {
    const original = readFileSync(project.path(file));
    project.write(file, content);
    try {
      try {
        loadSiteData(project.root);
      } catch (e) {
        expect(e).toBeInstanceOf(DataCheckError);
        const issues = (e as DataCheckError).issues;
        expect(issues.length).toBeGreaterThan(0);
        expectWellFormed(issues, (f) => {
          try {
            return lineCount(readFileSync(project.path(f)));
          } catch {
            return 0; // a file that does not exist has no lines, so an issue about it must not give one
          }
        });
      }
    } finally {
      project.write(file, original);
    }
  };

  it("throws nothing but DataCheckError for any text", () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), anyText, (file, text) => run(file, text)),
      FC_OPTIONS,
    );
  }, 60_000);

  it("throws nothing but DataCheckError for any bytes", () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.uint8Array({ maxLength: 200 }), (file, bytes) => run(file, bytes)),
      // Most random bytes stop at the UTF-8 check, so fewer runs cover them.
      { ...FC_OPTIONS, numRuns: Math.ceil(FC_OPTIONS.numRuns / 3) },
    );
  }, 60_000);

  it("the restored project still loads (the properties above left no trace)", () => {
    expect(() => loadSiteData(project.root)).not.toThrow();
  });
});

describe("well-formed trade years round-trip", () => {
  /** Quotes a cell the way a spreadsheet does, only when it must. */
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

  // Notes as people write them: no edge whitespace (cells are trimmed), maybe commas, quotes, line breaks.
  const noteText = fc
    .string({
      unit: fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }), fc.constantFrom(",", '"', "\n", "\r\n", " ", "’")),
      minLength: 1,
      maxLength: 30,
    })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

  /**
   * A year as the source would print it: a total, five shares of it in falling order, each
   * value rounded to the thousand and each share to one decimal. Some cells may be missing,
   * always with a note.
   */
  const tradeYear = fc
    .record({
      year: fc.integer({ min: 1990, max: 2100 }),
      total: fc.double({ min: 1_000, max: 1e10, noNaN: true }),
      weights: fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 5, maxLength: 5 }),
      rest: fc.integer({ min: 0, max: 5_000 }),
      places: fc.shuffledSubarray(PLACE_IDS, { minLength: 5, maxLength: 5 }),
      gaps: fc.array(fc.record({ place: fc.boolean(), value: fc.boolean(), share: fc.boolean() }), { minLength: 5, maxLength: 5 }),
      gapRate: fc.constantFrom(0, 0, 0.3),
      notes: fc.array(fc.option(noteText, { nil: null }), { minLength: 5, maxLength: 5 }),
      pick: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
      eol: fc.constantFrom("\n", "\r\n"),
    })
    .map(({ year, total, weights, rest, places, gaps, gapRate, notes, pick, eol }) => {
      const sorted = [...weights].sort((a, b) => b - a);
      const whole = sorted.reduce((a, b) => a + b, 0) + rest;
      const rows: TradeRow[] = sorted.map((w, k) => {
        const gap = pick[k]! < gapRate ? gaps[k]! : { place: false, value: false, share: false };
        const anyGap = gap.place || gap.value || gap.share;
        return {
          year,
          rank: k + 1,
          place: gap.place ? null : places[k]!,
          value_hkd_thousand: gap.value ? null : Math.round((total * w) / whole),
          share_percent: gap.share ? null : Math.round((w / whole) * 1000) / 10,
          note: notes[k] ?? (anyGap ? "illegible in the source" : null),
        };
      });
      return { year, rows, eol };
    })
    // Where every legible share is at most 1%, the loader reads the shares as fractions: a documented heuristic.
    .filter(({ rows }) => {
      const known = rows.filter((r) => r.value_hkd_thousand !== null && r.share_percent !== null);
      return known.length < 2 || known.some((r) => r.share_percent! > 1) || known.every((r) => r.share_percent === 0);
    });

  const serialise = (rows: readonly TradeRow[], eol: string) =>
    [
      HEADER,
      ...rows.map((r) =>
        [
          r.year,
          r.rank,
          r.place ?? "",
          r.value_hkd_thousand ?? "",
          r.share_percent === null ? "" : r.share_percent.toFixed(1),
          quote(r.note ?? ""),
        ].join(","),
      ),
    ].join(eol) + eol;

  it("serialise, parse: the same rows, on the lines they were written, and no issue", () => {
    fc.assert(
      fc.property(tradeYear, ({ year, rows, eol }) => {
        const text = serialise(rows, eol);
        const file = `data/trade/imports/${year}.csv`;
        const t = parseTable(file, text, TRADE_ROW_SCHEMA, ctx);
        expect(t.issues).toEqual([]);
        expect(t.rows.map(({ line: _, ...r }) => r)).toEqual(rows);
        // Line of each row: one past the header, plus the line breaks inside earlier notes.
        let line = 2;
        const lines = rows.map((r) => {
          const at = line;
          line += 1 + (r.note?.match(/\n/g)?.length ?? 0);
          return at;
        });
        expect(t.rows.map((r) => r.line)).toEqual(lines);
        expect(checkTradeYear(file, t.header, year, t.rows)).toEqual([]);
      }),
      FC_OPTIONS,
    );
  });
});
