/**
 * Cross-table checks the paper itself may fail. These are findings to publish, not build
 * errors: the data keep what the paper printed, and the site reports where it disagrees.
 * Their text is in both editions; the numbers go through each edition's formatter.
 */
import { formatCount, formatFilmCount } from "../lib/format-zh-hk.ts";
import { formatterFor } from "../lib/formatters.ts";
import type { Locale, Localized } from "../lib/i18n.ts";
import type { SiteData } from "./load.ts";
import { tradeRows, tradeYears } from "./trade.ts";
import { wordsFor, type Words } from "./words.ts";

/**
 * A result. "depends-on-reading" is for the paper's sentences that admit two readings with
 * different results (src/story/claims.ts); the cross-table checks below never give it.
 */
export type Verdict = "holds" | "does-not-hold" | "cannot-check" | "depends-on-reading";

export interface Finding {
  id: string;
  /** What is compared, in one sentence, in each edition. */
  check: Localized;
  /** Tables or figures involved, as the paper names them ("Table 3"); `paperRefIn` gives 表3. */
  sources: string[];
  expected: Localized;
  found: Localized;
  verdict: Verdict;
  /** Numbers behind the verdict, for charts and tests. */
  figures: Record<string, number | null>;
}

/** A paper reference ("Table 3", "Figure 3") as an edition writes it: "表3", "圖3" in Chinese. */
export function paperRefIn(ref: string, locale: Locale): string {
  if (locale === "en") return ref;
  return ref.replace(/^Table (\d+)$/, "表$1").replace(/^Figure (\d+)$/, "圖$1");
}

/**
 * The Chinese names of Table 2's measures and Table 3's categories, keyed by the English the
 * paper prints. The tables (src/tables/films.ts) print them and the findings quote them, so
 * they are written once, here, from the glossary's terms.
 */
const PAPER_ROW_LABELS_ZH: Readonly<Record<string, (w: Words) => string>> = {
  // Table 2
  "First-run movies released in Hong Kong": (w) => `在${w.place("hong-kong-china")}${w.term("first-run-release")}的電影`,
  "First-run Hong Kong movies released in Hong Kong": (w) =>
    `在${w.place("hong-kong-china")}${w.term("first-run-release")}的${w.term("hong-kong-film")}`,
  "First-run non-Hong Kong films released in Hong Kong": (w) =>
    `在${w.place("hong-kong-china")}${w.term("first-run-release")}的非${w.place("hong-kong-china")}電影`,
  "of which Chinese-language films": (w) => `其中${w.term("chinese-language-film")}`,
  "Total box office for the year": (w) => `全年總${w.term("box-office")}`,
  // Table 3
  "Hong Kong movie box office": (w) => `${w.term("hong-kong-film")}${w.term("box-office")}`,
  "Box office of co-productions between Hong Kong and Mainland China": (w) =>
    `${w.place("hong-kong-china")}與${w.place("mainland-china")}${w.term("co-production")}${w.term("box-office")}`,
  "Chinese film box office": (w) => `${w.term("chinese-language-film")}${w.term("box-office")}`,
  "Foreign language film box office": (w) => `${w.term("foreign-language-film")}${w.term("box-office")}`,
  "The total box office revenue of Hong Kong movies in 2022": (w) => `${w.place("hong-kong-china")}全年電影總${w.term("box-office")}`,
};

/** A row label of Table 2 or 3 in an edition: as printed in English; translated in Chinese (an unknown label throws). */
export function paperRowLabel(printed: string, w: Words): string {
  if (w.locale === "en") return printed;
  const zh = PAPER_ROW_LABELS_ZH[printed];
  if (!zh) throw new Error(`No Chinese name for the paper's row “${printed}”: add it to PAPER_ROW_LABELS_ZH in src/data/findings.ts`);
  return zh(w);
}

const EN = formatterFor("en");
const ZH = formatterFor("zh-hk");
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const both = (en: string, zh: string): Localized => ({ en, "zh-hk": zh });
/** Table 2's later year: its columns are value_2021 and value_2022. */
const TABLE_2_YEAR = 2022;
/** A year's implied total needs this many rows with both value and share. */
const MIN_ROWS = 2;
const rowCount = (n: number) => formatCount(n, "行");

function daysInclusive(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

export function computeFindings(d: SiteData): Finding[] {
  const out: Finding[] = [];
  const zh = wordsFor(d, "zh-hk");
  const box = (id: string) => d["box-office-2022"].find((r) => r.id === id) ?? null;
  const boxValue = (id: string) => box(id)?.box_office_hkd ?? null;
  const release = (id: string) => d["film-releases-2021-2022"].find((r) => r.id === id) ?? null;
  const verdict = (ok: boolean): Verdict => (ok ? "holds" : "does-not-hold");
  const ref = (r: string) => paperRefIn(r, "zh-hk");

  // Table 3 adds up.
  const partIds = ["hong-kong", "hong-kong-mainland-coproductions", "chinese", "foreign-language"];
  const parts = partIds.map(boxValue);
  const total = boxValue("total");
  if (parts.every((p) => p !== null) && total !== null) {
    const s = sum(parts as number[]);
    out.push({
      id: "table-3-sums-to-total",
      check: both(
        "Table 3's four categories add up to its printed total box office.",
        `${ref("Table 3")}的${formatCount(parts.length, "個")}類別相加，等於表中所印的總${zh.term("box-office")}。`,
      ),
      sources: ["Table 3"],
      expected: both(EN.hkd(total), ZH.hkd(total)),
      found: both(EN.hkd(s), ZH.hkd(s)),
      verdict: verdict(s === total),
      figures: { sum: s, total },
    });
    const shareSum = sum(d["box-office-2022"].filter((r) => r.id !== "total").map((r) => r.share_percent_printed));
    out.push({
      id: "table-3-shares-sum-to-100",
      check: both(
        `Table 3's printed shares add up to ${EN.percent(100, 0)}.`,
        `${ref("Table 3")}所印的各項佔比相加為${ZH.percent(100, 0)}。`,
      ),
      sources: ["Table 3"],
      expected: both(EN.percent(100, 2), ZH.percent(100, 2)),
      found: both(EN.percent(shareSum, 2), ZH.percent(shareSum, 2)),
      verdict: verdict(Math.abs(shareSum - 100) < 0.005 * 4),
      figures: { shareSum },
    });
  }
  // Table 2 against Table 3.
  const t2box = release("total-box-office");
  if (t2box && total !== null) {
    out.push({
      id: "table-2-box-office-equals-table-3",
      check: both(
        `Table 2's total box office for ${TABLE_2_YEAR} equals Table 3's total.`,
        `${ref("Table 2")}所列${ZH.year(TABLE_2_YEAR)}的總${zh.term("box-office")}，等於${ref("Table 3")}的總額。`,
      ),
      sources: ["Table 2", "Table 3"],
      expected: both(EN.hkd(total), ZH.hkd(total)),
      found: both(EN.hkd(t2box.value_2022), ZH.hkd(t2box.value_2022)),
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
      check: both(
        `Table 2's printed change for “${r.measure}” matches its two values.`,
        `${ref("Table 2")}所印「${paperRowLabel(r.measure, zh)}」的升跌幅，與該項兩年的數值相符。`,
      ),
      sources: ["Table 2"],
      expected: both(EN.percent(r.change_percent_printed, 2), ZH.percent(r.change_percent_printed, 2)),
      found: both(EN.percent(change, 2), ZH.percent(change, 2)),
      verdict: verdict(Math.abs(change - r.change_percent_printed) < 0.006),
      figures: { computed: change, printed: r.change_percent_printed },
    });
  }
  // Table 4 against Table 3's line for Chinese-language films.
  const t4Rows = d["mainland-films-hk-2022"];
  const t4 = sum(t4Rows.map((r) => r.box_office_hkd));
  const chinese = box("chinese");
  if (chinese !== null) {
    out.push({
      id: "table-4-box-office-equals-table-3",
      check: both(
        `The box office of Table 4's ${EN.integer(t4Rows.length)} films adds up to Table 3's “${chinese.category}”.`,
        `${ref("Table 4")}所列${formatFilmCount(t4Rows.length)}的${zh.term("box-office")}相加，` +
          `等於${ref("Table 3")}的「${paperRowLabel(chinese.category, zh)}」。`,
      ),
      sources: ["Table 4", "Table 3"],
      expected: both(EN.hkd(chinese.box_office_hkd), ZH.hkd(chinese.box_office_hkd)),
      found: both(EN.hkd(t4), ZH.hkd(t4)),
      verdict: verdict(t4 === chinese.box_office_hkd),
      figures: { table4: t4, table3: chinese.box_office_hkd },
    });
  }
  // Table 7 against Table 3: local films, with or without co-productions.
  const t7Rows = d["hk-films-2022"];
  const t7 = sum(t7Rows.map((r) => r.box_office_hkd));
  const hk = boxValue("hong-kong");
  const co = boxValue("hong-kong-mainland-coproductions");
  if (hk !== null && co !== null) {
    out.push({
      id: "table-7-box-office-equals-table-3",
      check: both(
        `The box office of Table 7's ${EN.integer(t7Rows.length)} Hong Kong films adds up to ` +
          "Table 3's Hong Kong films plus co-productions.",
        `${ref("Table 7")}所列${formatCount(t7Rows.length, "部", zh.term("hong-kong-film"))}的${zh.term("box-office")}相加，` +
          `等於${ref("Table 3")}的${zh.term("hong-kong-film")}與${zh.term("co-production")}${zh.term("box-office")}之和。`,
      ),
      sources: ["Table 7", "Table 3"],
      expected: both(`${EN.hkd(hk + co)} (${EN.hkd(hk)} + ${EN.hkd(co)})`, `${ZH.hkd(hk + co)}（${ZH.hkd(hk)}+${ZH.hkd(co)}）`),
      found: both(`${EN.hkd(t7)}, ${EN.hkd(t7 - hk - co)} more`, `${ZH.hkd(t7)}，多出${ZH.hkd(t7 - hk - co)}`),
      verdict: verdict(t7 === hk + co),
      figures: { table7: t7, hongKong: hk, coproductions: co, difference: t7 - hk - co },
    });
  }
  // Table 2's counts against the rows of Tables 4 and 7.
  const hkCount = release("first-run-hong-kong-films");
  if (hkCount)
    out.push({
      id: "table-2-count-equals-table-7",
      check: both(
        `Table 2's ${TABLE_2_YEAR} count of first-run Hong Kong films equals the rows of Table 7.`,
        `${ref("Table 2")}所列${ZH.year(TABLE_2_YEAR)}${zh.term("first-run-release")}的${zh.term("hong-kong-film")}數目，` +
          `等於${ref("Table 7")}的行數。`,
      ),
      sources: ["Table 2", "Table 7"],
      expected: both(`${EN.integer(hkCount.value_2022)} films`, formatFilmCount(hkCount.value_2022)),
      found: both(`${EN.integer(t7Rows.length)} rows`, rowCount(t7Rows.length)),
      verdict: verdict(hkCount.value_2022 === t7Rows.length),
      figures: { table2: hkCount.value_2022, table7: t7Rows.length },
    });
  const zhCount = release("first-run-non-hong-kong-chinese-language-films");
  if (zhCount)
    out.push({
      id: "table-2-count-equals-table-4",
      check: both(
        `Table 2's ${TABLE_2_YEAR} count of Chinese-language non-Hong Kong films equals the rows of Table 4.`,
        `${ref("Table 2")}所列${ZH.year(TABLE_2_YEAR)}非${zh.place("hong-kong-china")}${zh.term("chinese-language-film")}的數目，` +
          `等於${ref("Table 4")}的行數。`,
      ),
      sources: ["Table 2", "Table 4"],
      expected: both(`${EN.integer(zhCount.value_2022)} films`, formatFilmCount(zhCount.value_2022)),
      found: both(`${EN.integer(t4Rows.length)} rows`, rowCount(t4Rows.length)),
      verdict: verdict(zhCount.value_2022 === t4Rows.length),
      figures: { table2: zhCount.value_2022, table4: t4Rows.length },
    });
  // Days in cinemas against the dates.
  for (const [table, rows] of [
    ["Table 4", t4Rows],
    ["Table 7", t7Rows],
  ] as const) {
    const off = rows.filter((r) => daysInclusive(r.start_date, r.end_date) !== r.days_in_theatres);
    const n = rows.length;
    const ok = n - off.length;
    const offZh = off.map((r) => `《${zh.title(r.title_zh).text}》`).join("、");
    out.push({
      id: `${table.toLowerCase().replace(" ", "-")}-days-match-dates`,
      check: both(
        `${table}'s days in cinemas equal the days from start to end date, both included.`,
        `${ref(table)}的${zh.term("days-in-theatres")}，等於由${zh.term("start-date")}至${zh.term("completion-date")}的日數（首尾兩日計算在內）。`,
      ),
      sources: [table],
      expected: both(`${EN.integer(n)} of ${EN.integer(n)} rows`, `${rowCount(n)}中${rowCount(n)}相符`),
      found: both(
        `${EN.integer(ok)} of ${EN.integer(n)} rows${off.length ? ` (not: ${off.map((r) => r.title_en).join(", ")})` : ""}`,
        `${rowCount(n)}中${rowCount(ok)}相符${off.length ? `（不符：${offZh}）` : ""}`,
      ),
      verdict: verdict(off.length === 0),
      figures: { rows: n, mismatches: off.length },
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
      check: both(
        `Figure 3's origins (Table 2's Hong Kong films, Table 4's Chinese-language imports and the paper's ` +
          `${EN.integer(foreign)} foreign-language films) add up to ` +
          `Table 2's ${EN.integer(first.value_2022)} first-run films of ${TABLE_2_YEAR}.`,
        `${ref("Figure 3")}的各來源地（${ref("Table 2")}的${zh.term("hong-kong-film")}、${ref("Table 4")}的進口${zh.term("chinese-language-film")}，` +
          `以及論文所列的${formatCount(foreign, "部", zh.term("foreign-language-film"))}）相加，` +
          `等於${ref("Table 2")}所列${ZH.year(TABLE_2_YEAR)}${zh.term("first-run-release")}的${formatFilmCount(first.value_2022)}。`,
      ),
      sources: ["Figure 3", "Table 2", "Table 4"],
      expected: both(`${EN.integer(first.value_2022)} films`, formatFilmCount(first.value_2022)),
      found: both(`${EN.integer(s)} films`, formatFilmCount(s)),
      verdict: verdict(s === first.value_2022),
      figures: { sum: s, table2: first.value_2022 },
    });
  }
  // Trade: each year's implied total, and shares within 100%.
  for (const direction of ["imports", "exports"] as const) {
    const table = direction === "imports" ? "Table 1" : "Table 8";
    const flow = zh.term(direction);
    const bothCells = `同時列出${zh.term("trade-value")}及${zh.term("share")}`;
    for (const year of tradeYears(d, direction)) {
      const rows = tradeRows(d, direction).filter((r) => r.year === year && r.value_hkd_thousand !== null && r.share_percent !== null);
      const totals = rows.map((r) => (r.value_hkd_thousand as number) / ((r.share_percent as number) / 100));
      const id = `trade-${direction}-${year}-implied-total`;
      const subject = { en: `${EN.year(year)} ${direction}`, zh: `${ZH.year(year)}${flow}（${ref(table)}）` };
      if (totals.length < MIN_ROWS) {
        out.push({
          id,
          check: both(
            `${subject.en}: every legible row implies the same year total.`,
            `${subject.zh}：每行可辨認的數據推算出的全年總值一致。`,
          ),
          sources: [table],
          expected: both("at least two rows with value and share", `最少${rowCount(MIN_ROWS)}${bothCells}`),
          found: both(
            `${EN.integer(totals.length)} such row${totals.length === 1 ? "" : "s"}`,
            totals.length === 0 ? `沒有一行${bothCells}` : `只有${rowCount(totals.length)}${bothCells}`,
          ),
          verdict: "cannot-check",
          figures: { rows: totals.length },
        });
        continue;
      }
      const lo = Math.min(...totals);
      const hi = Math.max(...totals);
      out.push({
        id,
        check: both(
          `${subject.en}: every legible row implies the same year total (value ÷ share).`,
          `${subject.zh}：每行可辨認的數據（${zh.term("trade-value")}÷${zh.term("share")}）推算出的全年總值一致。`,
        ),
        sources: [table],
        expected: both("the same total, to the rounding of the share", `總值一致（容許${zh.term("share")}四捨五入的誤差）`),
        found: both(
          `HK$${EN.integer(Math.round(lo))}-${EN.integer(Math.round(hi))} thousand from ${EN.integer(totals.length)} rows`,
          `由${rowCount(totals.length)}推算，介乎${ZH.integer(Math.round(lo))}至${ZH.hkdThousand(Math.round(hi))}`,
        ),
        verdict: "holds",
        figures: { min: lo, max: hi, rows: totals.length },
      });
    }
  }
  return out;
}
