/** Budgets kept in bench/budgets.json, checked against bench/out/report.json. */
import type { Interval } from "./reference.ts";

export type Comparison = "atLeast" | "atMost" | "below";

export interface Budget {
  id: string;
  /** What is held to the budget, in words. */
  what: string;
  /** A dotted path into the report; with `pages`, into each of those pages' entries. */
  metric: string;
  pages?: string[];
  unit?: Unit;
  atLeast?: number;
  atMost?: number;
  below?: number;
  /**
   * With `pages`: a dotted path into each page's entry to how sure the value is, { low, high, level }
   * (the first chart's ratio: scripts/bench/reference.ts, ratioInterval). Printed beside the value;
   * the verdict stays the value's.
   */
  interval?: string;
  /**
   * With `pages`: a dotted path into each page's entry to the least value the page's bytes allow
   * ({ ratio }, scripts/bench/reference.ts, transferFloor). Printed beside the value, with a word
   * when the limit is below it: then no faster code meets the budget, only fewer bytes.
   */
  floor?: string;
}

export type Unit = "score" | "bytes" | "ms" | "s" | "ratio" | "count" | "MB";

export type Verdict = "met" | "missed" | "not measured";

export interface BudgetResult {
  id: string;
  what: string;
  page: string | null;
  path: string;
  comparison: Comparison;
  limit: number;
  unit: Unit | undefined;
  value: number | null;
  verdict: Verdict;
  /** Why there is no value, when there is none. */
  reason?: string;
  interval?: Interval;
  floor?: number;
}

function isInterval(x: unknown): x is Interval {
  const i = x as Interval | null;
  return typeof i === "object" && i !== null && [i.low, i.high, i.level].every((n) => typeof n === "number" && Number.isFinite(n));
}

export function valueAt(report: unknown, path: string): unknown {
  let node: unknown = report;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function comparisonOf(b: Budget): [Comparison, number] {
  const set = (["atLeast", "atMost", "below"] as const).filter((k) => typeof b[k] === "number");
  if (set.length !== 1) throw new Error(`Budget "${b.id}" must give exactly one of atLeast, atMost, below`);
  return [set[0]!, b[set[0]!]!];
}

export function meets(value: number, comparison: Comparison, limit: number): boolean {
  if (comparison === "atLeast") return value >= limit;
  if (comparison === "atMost") return value <= limit;
  return value < limit;
}

/** Every budget against the report; one result per budget and page. */
export function evaluateBudgets(report: unknown, budgets: readonly Budget[]): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const b of budgets) {
    const [comparison, limit] = comparisonOf(b);
    for (const page of b.pages ?? [null]) {
      const path = page === null ? b.metric : `pages.${page}.${b.metric}`;
      const raw = valueAt(report, path);
      const base = { id: b.id, what: b.what, page, path, comparison, limit, unit: b.unit };
      if (typeof raw === "number" && Number.isFinite(raw)) {
        const interval = b.interval && page !== null ? valueAt(report, `pages.${page}.${b.interval}`) : undefined;
        const floor = b.floor && page !== null ? valueAt(report, `pages.${page}.${b.floor}.ratio`) : undefined;
        out.push({
          ...base,
          value: raw,
          verdict: meets(raw, comparison, limit) ? "met" : "missed",
          ...(isInterval(interval) ? { interval } : {}),
          ...(typeof floor === "number" && Number.isFinite(floor) ? { floor } : {}),
        });
      } else {
        const status = page === null ? undefined : valueAt(report, `pages.${page}.status`);
        const reason =
          status === "not-built"
            ? "page not built"
            : valueAt(report, `pages.${page}.error`)
              ? String(valueAt(report, `pages.${page}.error`))
              : "no value in the report";
        out.push({ ...base, value: null, verdict: "not measured", reason });
      }
    }
  }
  return out;
}

export function formatValue(value: number | null, unit: Unit | undefined): string {
  if (value === null) return "—";
  switch (unit) {
    case "bytes":
      return `${(value / 1000).toFixed(1)} kB`;
    case "ms":
      return `${Math.round(value)} ms`;
    case "s":
      return `${value.toFixed(1)} s`;
    case "ratio":
      return `${value.toFixed(2)}×`;
    case "MB":
      return `${Math.round(value)} MB`;
    default:
      return Number.isInteger(value) ? String(value) : value.toFixed(3);
  }
}

const WORDS: Record<Comparison, string> = { atLeast: "≥", atMost: "≤", below: "<" };

export function formatLimit(r: Pick<BudgetResult, "comparison" | "limit" | "unit">): string {
  return `${WORDS[r.comparison]} ${formatValue(r.limit, r.unit)}`;
}

/**
 * "(95%: 1.04-1.22×, holds the limit)": the range the value may be in, and whether the limit is
 * inside it, in which case these runs cannot tell a met budget from a missed one.
 */
export function formatInterval(r: Pick<BudgetResult, "interval" | "limit" | "unit">): string {
  const i = r.interval!;
  const range = `${formatValue(i.low, r.unit).replace(/×$/, "")}-${formatValue(i.high, r.unit)}`;
  const holds = i.low <= r.limit && r.limit <= i.high;
  return `(${Math.round(i.level * 100)}%: ${range}${holds ? ", holds the limit" : ""})`;
}

/** "; its bytes allow no less than 1.054×, above the limit": the floor, and whether it rules the limit out. */
export function formatFloor(r: Pick<BudgetResult, "floor" | "limit" | "unit">): string {
  const out = r.floor! > r.limit;
  // Three decimals for a ratio: a floor of 1.054 against a limit of 1.05 must not read as "1.05×, above the limit".
  const floor = r.unit === "ratio" ? `${r.floor!.toFixed(3)}×` : formatValue(r.floor!, r.unit);
  return `; its bytes allow no less than ${floor}${out ? ", above the limit" : ""}`;
}

/** A plain-text table, one line per result. */
export function formatResults(results: readonly BudgetResult[]): string {
  const rows = results.map((r) => [
    r.verdict === "met" ? "ok  " : r.verdict === "missed" ? "MISS" : "n/a ",
    `${r.id}${r.page ? ` [${r.page}]` : ""}`,
    formatLimit(r),
    r.value === null
      ? `— (${r.reason})`
      : formatValue(r.value, r.unit) + (r.interval ? ` ${formatInterval(r)}` : "") + (r.floor !== undefined ? formatFloor(r) : ""),
  ]);
  const head = ["    ", "budget", "limit", "measured"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(head), ...rows.map(line)].join("\n");
}
