/**
 * Cross-table checks the paper itself may fail. These are findings to publish, not build
 * errors: the data keep what the paper printed, and the site reports where it disagrees.
 */
import type { SiteData } from "./load.ts";
import { tradeRows, tradeYears } from "./trade.ts";

/**
 * A result. "depends-on-reading" is for the paper's sentences that admit two readings with
 * different results (src/story/claims.ts); the cross-table checks below never give it.
 */
export type Verdict = "holds" | "does-not-hold" | "cannot-check" | "depends-on-reading";

export interface Finding {
  id: string;
  /** What is compared, in one sentence. */
  check: string;
  /** Tables or figures involved. */
  sources: string[];
  expected: string;
  found: string;
  verdict: Verdict;
  /** Numbers behind the verdict, for charts and tests. */
  figures: Record<string, number | null>;
}

const fmt = (n: number) => n.toLocaleString("en-GB");
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function daysInclusive(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

export function computeFindings(d: SiteData): Finding[] {
  const out: Finding[] = [];
  const box = (id: string) => d["box-office-2022"].find((r) => r.id === id)?.box_office_hkd ?? null;
  const release = (id: string) => d["film-releases-2021-2022"].find((r) => r.id === id) ?? null;
  const verdict = (ok: boolean): Verdict => (ok ? "holds" : "does-not-hold");

  // Table 3 adds up.
  const parts = ["hong-kong", "hong-kong-mainland-coproductions", "chinese", "foreign-language"].map(box);
  const total = box("total");
  if (parts.every((p) => p !== null) && total !== null) {
    const s = sum(parts as number[]);
    out.push({
      id: "table-3-sums-to-total",
      check: "Table 3's four categories add up to its printed total box office.",
      sources: ["Table 3"],
      expected: `HK$${fmt(total)}`,
      found: `HK$${fmt(s)}`,
      verdict: verdict(s === total),
      figures: { sum: s, total },
    });
    const shareSum = sum(d["box-office-2022"].filter((r) => r.id !== "total").map((r) => r.share_percent_printed));
    out.push({
      id: "table-3-shares-sum-to-100",
      check: "Table 3's printed shares add up to 100%.",
      sources: ["Table 3"],
      expected: "100.00%",
      found: `${shareSum.toFixed(2)}%`,
      verdict: verdict(Math.abs(shareSum - 100) < 0.005 * 4),
      figures: { shareSum },
    });
  }
  // Table 2 against Table 3.
  const t2box = release("total-box-office");
  if (t2box && total !== null) {
    out.push({
      id: "table-2-box-office-equals-table-3",
      check: "Table 2's total box office for 2022 equals Table 3's total.",
      sources: ["Table 2", "Table 3"],
      expected: `HK$${fmt(total)}`,
      found: `HK$${fmt(t2box.value_2022)}`,
      verdict: verdict(t2box.value_2022 === total),
      figures: { table2: t2box.value_2022, table3: total },
    });
  }
  // Table 2's printed changes recomputed.
  for (const r of d["film-releases-2021-2022"]) {
    if (r.change_percent_printed === null) continue;
    const change = ((r.value_2022 - r.value_2021) / r.value_2021) * 100;
    out.push({
      id: `table-2-change-${r.id}`,
      check: `Table 2's printed change for “${r.measure}” matches its two values.`,
      sources: ["Table 2"],
      expected: `${r.change_percent_printed.toFixed(2)}%`,
      found: `${change.toFixed(2)}%`,
      verdict: verdict(Math.abs(change - r.change_percent_printed) < 0.006),
      figures: { computed: change, printed: r.change_percent_printed },
    });
  }
  // Table 4 against Table 3's line for Chinese-language films.
  const t4 = sum(d["mainland-films-hk-2022"].map((r) => r.box_office_hkd));
  const chinese = box("chinese");
  if (chinese !== null) {
    out.push({
      id: "table-4-box-office-equals-table-3",
      check: "The box office of Table 4's 18 films adds up to Table 3's “Chinese film box office”.",
      sources: ["Table 4", "Table 3"],
      expected: `HK$${fmt(chinese)}`,
      found: `HK$${fmt(t4)}`,
      verdict: verdict(t4 === chinese),
      figures: { table4: t4, table3: chinese },
    });
  }
  // Table 7 against Table 3: local films, with or without co-productions.
  const t7 = sum(d["hk-films-2022"].map((r) => r.box_office_hkd));
  const hk = box("hong-kong");
  const co = box("hong-kong-mainland-coproductions");
  if (hk !== null && co !== null) {
    out.push({
      id: "table-7-box-office-equals-table-3",
      check: "The box office of Table 7's 27 Hong Kong films adds up to Table 3's Hong Kong films plus co-productions.",
      sources: ["Table 7", "Table 3"],
      expected: `HK$${fmt(hk + co)} (HK$${fmt(hk)} + HK$${fmt(co)})`,
      found: `HK$${fmt(t7)}, HK$${fmt(t7 - hk - co)} more`,
      verdict: verdict(t7 === hk + co),
      figures: { table7: t7, hongKong: hk, coproductions: co, difference: t7 - hk - co },
    });
  }
  // Table 2's counts against the rows of Tables 4 and 7.
  const hkCount = release("first-run-hong-kong-films");
  if (hkCount)
    out.push({
      id: "table-2-count-equals-table-7",
      check: "Table 2's 2022 count of first-run Hong Kong films equals the rows of Table 7.",
      sources: ["Table 2", "Table 7"],
      expected: `${hkCount.value_2022} films`,
      found: `${d["hk-films-2022"].length} rows`,
      verdict: verdict(hkCount.value_2022 === d["hk-films-2022"].length),
      figures: { table2: hkCount.value_2022, table7: d["hk-films-2022"].length },
    });
  const zhCount = release("first-run-non-hong-kong-chinese-language-films");
  if (zhCount)
    out.push({
      id: "table-2-count-equals-table-4",
      check: "Table 2's 2022 count of Chinese-language non-Hong Kong films equals the rows of Table 4.",
      sources: ["Table 2", "Table 4"],
      expected: `${zhCount.value_2022} films`,
      found: `${d["mainland-films-hk-2022"].length} rows`,
      verdict: verdict(zhCount.value_2022 === d["mainland-films-hk-2022"].length),
      figures: { table2: zhCount.value_2022, table4: d["mainland-films-hk-2022"].length },
    });
  // Days in cinemas against the dates.
  for (const [table, rows] of [
    ["Table 4", d["mainland-films-hk-2022"]],
    ["Table 7", d["hk-films-2022"]],
  ] as const) {
    const off = rows.filter((r) => daysInclusive(r.start_date, r.end_date) !== r.days_in_theatres);
    out.push({
      id: `${table.toLowerCase().replace(" ", "-")}-days-match-dates`,
      check: `${table}'s days in cinemas equal the days from start to end date, both included.`,
      sources: [table],
      expected: `${rows.length} of ${rows.length} rows`,
      found: `${rows.length - off.length} of ${rows.length} rows${off.length ? ` (not: ${off.map((r) => r.title_en).join(", ")})` : ""}`,
      verdict: verdict(off.length === 0),
      figures: { rows: rows.length, mismatches: off.length },
    });
  }
  // Figure 3's counts for the Mainland and Taiwan are derived from Table 4, and recomputed by the
  // data check (checkOriginCounts in films.ts): a wrong count stops the build, so it is no finding.
  // Figure 3's origins against Table 2: with the derived counts and "other" derived from the
  // paper's 171 foreign-language films, this tests that 171, Table 4's rows and Table 2's Hong Kong count add up.
  const first = release("first-run-films");
  if (first) {
    const s = sum(d["origin-of-releases-2022"].map((r) => r.films));
    const foreign = sum(
      d["origin-of-releases-2022"]
        .filter((o) => !["hong-kong-china", "mainland-china", "taiwan-china"].includes(o.place ?? ""))
        .map((o) => o.films),
    );
    out.push({
      id: "figure-3-sums-to-table-2",
      check:
        `Figure 3's origins (Table 2's Hong Kong films, Table 4's Chinese-language imports and the paper's ` +
        `${foreign} foreign-language films) add up to Table 2's ${first.value_2022} first-run films of 2022.`,
      sources: ["Figure 3", "Table 2", "Table 4"],
      expected: `${first.value_2022} films`,
      found: `${s} films`,
      verdict: verdict(s === first.value_2022),
      figures: { sum: s, table2: first.value_2022 },
    });
  }
  // Trade: each year's implied total, and shares within 100%.
  for (const direction of ["imports", "exports"] as const) {
    for (const year of tradeYears(d, direction)) {
      const rows = tradeRows(d, direction).filter((r) => r.year === year && r.value_hkd_thousand !== null && r.share_percent !== null);
      const totals = rows.map((r) => (r.value_hkd_thousand as number) / ((r.share_percent as number) / 100));
      if (totals.length < 2) {
        out.push({
          id: `trade-${direction}-${year}-implied-total`,
          check: `${year} ${direction}: every legible row implies the same year total.`,
          sources: [direction === "imports" ? "Table 1" : "Table 8"],
          expected: "at least two rows with value and share",
          found: `${totals.length} such row${totals.length === 1 ? "" : "s"}`,
          verdict: "cannot-check",
          figures: { rows: totals.length },
        });
        continue;
      }
      const lo = Math.min(...totals);
      const hi = Math.max(...totals);
      out.push({
        id: `trade-${direction}-${year}-implied-total`,
        check: `${year} ${direction}: every legible row implies the same year total (value ÷ share).`,
        sources: [direction === "imports" ? "Table 1" : "Table 8"],
        expected: "the same total, to the rounding of the share",
        found: `HK$${fmt(Math.round(lo))}-${fmt(Math.round(hi))} thousand from ${totals.length} rows`,
        verdict: "holds",
        figures: { min: lo, max: hi, rows: totals.length },
      });
    }
  }
  return out;
}
