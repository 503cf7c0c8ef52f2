/**
 * The body of RowsTable.astro as one string: a chart of a long series has tens of thousands of
 * cells (20,400 rows at 100x the years), and a template expression per cell made the table most
 * of its page's build time.
 */
import { MISSING } from "../lib/format.ts";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
const show = (v: unknown) => (v === null || v === undefined ? MISSING : String(v));
// The rows are the CSV as transcribed: any Chinese in them is the paper's printed (Simplified) text.
const langOf = (v: unknown) => (typeof v === "string" && /\p{Script=Han}/u.test(v) ? ' lang="zh-Hans"' : "");

export function rowsTableBody(rows: readonly Record<string, unknown>[], columns: readonly string[], numeric: readonly boolean[]): string {
  return rows
    .map(
      (r) =>
        `<tr>${columns.map((c, i) => `<td${numeric[i] ? ' class="num"' : ""}${langOf(r[c])}>${escape(show(r[c]))}</td>`).join("")}</tr>`,
    )
    .join("\n");
}
