/**
 * Reads a CSV file into raw string cells with their line numbers, accepting what spreadsheets
 * produce (BOM, CRLF, trailing blank lines, quoted fields) and rejecting malformed files with
 * a located message. Typing and validation of the cells happen in schema.ts.
 */
import Papa from "papaparse";
import type { DataIssue } from "./issues.ts";

export interface RawRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export interface RawTable {
  header: string[];
  records: RawRecord[];
}

/** Decodes bytes as UTF-8, or reports where the file stops being UTF-8 (e.g. saved as Latin-1 or UTF-16). */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; issue?: DataIssue } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {
      issue: {
        file,
        line: 1,
        expected: "a UTF-8 text file, not UTF-16",
        hint: "in your spreadsheet choose “CSV UTF-8 (comma delimited)” when saving.",
      },
    };
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad === -1) return { text: new TextDecoder("utf-8").decode(bytes) };
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
  return {
    issue: {
      file,
      line,
      value: `byte 0x${bytes[bad]!.toString(16).padStart(2, "0")}`,
      expected: "a UTF-8 text file",
      hint: "the file contains bytes that are not UTF-8 (perhaps saved as Latin-1 or Big5); save it again as “CSV UTF-8”.",
    },
  };
}

/** Index of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Splits CSV text into records. Never throws: problems come back as issues. */
export function parseCsvText(file: string, input: string): { table?: RawTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === "") {
    return { issues: [{ file, line: 1, expected: "a header line followed by data rows, but the file is empty" }] };
  }
  // Line starts, to turn Papa's character offsets into line numbers.
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const records: RawRecord[] = [];
  let previousCursor = 0;
  let stopped = false;
  // The first line break outside quotes decides: a quoted cell may hold the other kind.
  const newline = /\r\n|\n/.exec(text.replace(/"[^"]*"/g, ""))?.[0] === "\r\n" ? "\r\n" : "\n";
  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      if (stopped) return;
      const start = previousCursor;
      previousCursor = result.meta.cursor;
      for (const err of result.errors) {
        if (err.code === "MissingQuotes") {
          issues.push({
            file,
            line: lineAt(start),
            expected: 'every opening double quote (") to be closed on the same field',
            hint: "a quote was opened and never closed; everything after it was read as one cell.",
          });
          stopped = true;
          parser.abort();
          return;
        }
        if (err.code === "InvalidQuotes") {
          issues.push({ file, line: lineAt(start), expected: 'quotes only around whole cells, with inner quotes doubled ("")' });
        }
      }
      records.push({ line: lineAt(start + (text.slice(start).match(/^[\r\n]*/)?.[0].length ?? 0)), cells: result.data });
    },
  });
  if (stopped) return { issues };

  // Drop blank lines (a trailing newline, or an empty last line from a spreadsheet).
  const nonBlank = records.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ""));
  const [head, ...body] = nonBlank;
  if (!head) return { issues: [...issues, { file, line: 1, expected: "a header line" }] };
  const header = head.cells.map((c) => c.trim());
  if (header.length === 1 && /[;\t|]/.test(header[0]!)) {
    const sep = header[0]!.includes(";") ? "semicolons" : header[0]!.includes("\t") ? "tabs" : "vertical bars";
    issues.push({
      file,
      line: head.line,
      value: header[0],
      expected: "columns separated by commas",
      hint: `the header is separated by ${sep}; save the file as “CSV (comma delimited)”.`,
    });
    return { issues };
  }
  for (const r of body) {
    if (r.cells.length !== header.length) {
      issues.push({
        file,
        line: r.line,
        value: r.cells.join(","),
        expected: `${header.length} cells, as in the header, but found ${r.cells.length}`,
        hint:
          r.cells.length <= header.length
            ? "a cell is missing; leave empty cells as nothing between two commas."
            : /(^|,)\d{1,3}(,\d{3})+(,|$)/.test(r.cells.join(","))
              ? "a number seems to be written with thousands separators (like 1,766,485); write it as digits only (1766485)."
              : "a value containing a comma must be put in double quotes.",
      });
    }
  }
  return { table: { header, records: body }, issues };
}
