/**
 * What a data check reports. Every problem names the file, line and column, the value
 * found and what was expected, in words a maintainer who is not a programmer can act on.
 */
export interface DataIssue {
  /** Path relative to the project root, e.g. `data/trade/imports/2023.csv`. */
  file: string;
  /** 1-based line in the file; 1 is the header. Absent for problems with the whole file. */
  line?: number;
  /** 1-based column number. */
  column?: number;
  /** Column name from the header, when known. */
  field?: string;
  /** The text found in the cell (or the header), when there is one. */
  value?: string;
  /** What is wrong, in a sentence, when that says it better than "found ...": "2023 is a template that has not been filled in". */
  problem?: string;
  /** What should have been there. */
  expected: string;
  /** An extra hint, when a likely cause can be guessed. */
  hint?: string;
}

export function formatIssue(issue: DataIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}`;
  if (issue.column !== undefined) where += `:${issue.column}`;
  const parts = [where];
  const loc: string[] = [];
  if (issue.line !== undefined) loc.push(`line ${issue.line}`);
  if (issue.column !== undefined) loc.push(`column ${issue.column}${issue.field ? ` "${issue.field}"` : ""}`);
  if (loc.length) parts.push(`(${loc.join(", ")})`);
  let text = parts.join(" ") + ": ";
  if (issue.problem !== undefined) text += `${issue.problem}. Expected ${issue.expected}.`;
  else {
    if (issue.value !== undefined) text += `found ${JSON.stringify(issue.value)}; `;
    text += `expected ${issue.expected}.`;
  }
  if (issue.hint) text += ` Hint: ${issue.hint}`;
  return text;
}

/** Thrown when data fail their checks; carries every issue of the run, not just the first. */
export class DataCheckError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    const n = issues.length;
    super(`${n} data problem${n === 1 ? "" : "s"} found:\n` + issues.map((i) => "  - " + formatIssue(i)).join("\n"));
    this.name = "DataCheckError";
    this.issues = issues;
  }
}
