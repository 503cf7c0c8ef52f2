/**
 * The Create Hong Kong trade series for film- and TV-related creative goods (paper Tables 1
 * and 8, Figures 1 and 4): one CSV per direction and year, data/trade/<direction>/<year>.csv,
 * holding the year's top five places.
 */
import { DATA_DIR, defineDataset, listYearFiles, relocate, type CheckContext, type DatasetDefinition, type RowsOf } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import { decimal, integer, place, text, type Located, type RowOf } from "./schema.ts";
import type { SiteData } from "./registry.ts";
import { CREATE_HK, PAGE_UNMARKED, THE_PAPER } from "./sources.ts";
import { checkMissingHasNote, checkUnique } from "./table.ts";

export const DIRECTIONS = ["imports", "exports"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const RANKS_PER_YEAR = 5;
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

export const TRADE_ROW_SCHEMA = {
  year: integer({
    description: "Calendar year of the trade figures; must match the file name.",
    min: FIRST_YEAR,
    max: LAST_YEAR,
    hint: () => "write the calendar year in full, such as 2023; it must match the file name.",
  }),
  rank: integer({
    description: "Rank of the place by value in that year, 1 = largest.",
    min: 1,
    max: RANKS_PER_YEAR,
    hint: () => `a year lists its top ${RANKS_PER_YEAR} places only, ranked 1 (largest) to ${RANKS_PER_YEAR}.`,
  }),
  place: place({
    description:
      "Place of origin (imports) or destination (exports). Empty where the text extracted from the paper's PDF does not show it.",
  }).optional(),
  value_hkd_thousand: integer({
    description: "Trade value, in thousands of Hong Kong dollars. Empty where the text extracted from the paper's PDF does not show it.",
    unit: "HK$ thousand",
    min: 0,
    hint: () => "a trade value cannot be below zero; leave out any minus sign or brackets.",
  }).optional(),
  share_percent: decimal({
    description:
      "Share of the year's total value for the direction, in per cent (35.9 means 35.9%). Empty where the text extracted from the " +
      "paper's PDF does not show it.",
    unit: "%",
    min: 0,
    max: 100,
    hint: (n) =>
      n > 100
        ? `a share is a percentage of the year's total, so at most 100; check the decimal point (${n / 10}?).`
        : "a share cannot be below zero.",
  }).optional(),
  note: text({ description: "Why a cell is empty or how it was read; required when any cell is empty." }).optional(),
};
export type TradeRow = RowOf<typeof TRADE_ROW_SCHEMA>;

export function tradeDir(direction: Direction): string {
  return `data/trade/${direction}`;
}

export function tradeFile(direction: Direction, year: number): string {
  return `${tradeDir(direction)}/${year}.csv`;
}

/**
 * The note every row of a new year's template carries. A row whose note still starts with
 * "TEMPLATE" has not been filled in, and the check refuses it: its empty cells must never be
 * published as if the source had left them blank.
 */
export const TEMPLATE_NOTE = "TEMPLATE: fill in place and figures then delete this note";
const TEMPLATE_MARK = /^\s*template\b/i;

/** A new year's file: the header and one row per rank, each waiting to be filled in. */
export function tradeTemplate(year: number): string {
  const header = Object.keys(TRADE_ROW_SCHEMA).join(",");
  const rows = Array.from({ length: RANKS_PER_YEAR }, (_, i) => `${year},${i + 1},,,,${TEMPLATE_NOTE}`);
  return [header, ...rows].join("\n") + "\n";
}

/** Rows still carrying the template's note, as one issue for the file (none if it is filled in). */
export function checkTemplateFilled(
  file: string,
  header: readonly string[],
  fileYear: number,
  rows: readonly Located<TradeRow>[],
): DataIssue[] {
  const left = rows.filter((r) => r.note !== null && TEMPLATE_MARK.test(r.note));
  if (!left.length) return [];
  const lines = left.map((r) => r.line);
  const which = lines.length === 1 ? `line ${lines[0]} still has` : `lines ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)} still have`;
  return [
    {
      file,
      line: lines[0],
      column: header.indexOf("note") + 1,
      field: "note",
      value: left[0]!.note!,
      problem: `${fileYear} is a template that has not been filled in (${which} the template's note “TEMPLATE: …”)`,
      expected: `each row's place, value_hkd_thousand and share_percent for ${fileYear}, and the template's note deleted`,
      hint:
        `copy the ${RANKS_PER_YEAR} largest places and their figures from Create Hong Kong's statistics for ${fileYear}, then delete ` +
        `the note. If the figures are not out yet, delete this year's two files and add them when they are (see data/README.md).`,
    },
  ];
}

/** Years for which a file exists in one direction, from the file names; other names are reported. */
export function listTradeYears(root: string, direction: Direction, dataDir: string = DATA_DIR): { years: number[]; issues: DataIssue[] } {
  return listYearFiles(root, relocate(tradeDir(direction), dataDir));
}

/**
 * The interval of year totals a row implies: the share is rounded to its printed decimals,
 * the value to the thousand.
 */
export function impliedTotalRange(value: number, share: number, shareDecimals = 1): [number, number] {
  const half = 0.5 * 10 ** -shareDecimals;
  const lo = (value - 0.5) / ((share + half) / 100);
  const hi = share - half <= 0 ? Infinity : (value + 0.5) / ((share - half) / 100);
  return [lo, hi];
}

/** The single best estimate of the total a row implies. */
export function impliedTotal(value: number, share: number): number {
  return value / (share / 100);
}

/** Checks one year's file: year and ranks, unique places, notes for gaps, and that values and shares agree. */
export function checkTradeYear(file: string, header: readonly string[], fileYear: number, rows: Located<TradeRow>[]): DataIssue[] {
  const col = (f: keyof TradeRow) => header.indexOf(f) + 1;
  const issues: DataIssue[] = [];
  for (const r of rows) {
    if (r.year !== fileYear) {
      issues.push({
        file,
        line: r.line,
        column: col("year"),
        field: "year",
        value: String(r.year),
        expected: `${fileYear}, the year in the file name`,
      });
    }
  }
  // A rank twice is the primary key's problem (dataset.ts); a place twice is this table's.
  issues.push(...checkUnique(file, header, rows, "place"));
  issues.push(...checkMissingHasNote(file, header, rows, ["place", "value_hkd_thousand", "share_percent"]));
  const ranks = new Set(rows.map((r) => r.rank));
  const absent = Array.from({ length: RANKS_PER_YEAR }, (_, i) => i + 1).filter((k) => !ranks.has(k));
  if (absent.length) {
    issues.push({
      file,
      expected: `one row for each rank 1 to ${RANKS_PER_YEAR}, but rank ${absent.join(", ")} ${absent.length === 1 ? "is" : "are"} missing`,
      hint:
        `a year always has ${RANKS_PER_YEAR} rows, one per rank (this file has ${rows.length}). Where the source does not give a ` +
        `value, keep the row, leave the cell empty and say why in the note.`,
    });
  }

  const known = rows.filter((r) => r.value_hkd_thousand !== null && r.share_percent !== null) as (Located<TradeRow> & {
    value_hkd_thousand: number;
    share_percent: number;
  })[];
  // Shares as fractions are the commonest slip; say so once for the file, not per row.
  if (known.length >= 2 && known.every((r) => r.share_percent <= 1) && known.some((r) => r.share_percent > 0)) {
    const r = known[0]!;
    issues.push({
      file,
      line: r.line,
      column: col("share_percent"),
      field: "share_percent",
      value: String(r.share_percent),
      expected: "shares as percentages",
      hint: `shares should be percentages such as 35.9, not 0.359; this file's shares look like fractions.`,
    });
    return issues;
  }

  const shareSum = rows.reduce((s, r) => s + (r.share_percent ?? 0), 0);
  if (shareSum > 100 + 0.05 * rows.length) {
    issues.push({
      file,
      column: col("share_percent"),
      field: "share_percent",
      value: shareSum.toFixed(1),
      expected: "shares that add up to at most 100 (they are shares of the year's total)",
    });
  }

  // Order by rank: larger rank, smaller (or equal) value and share.
  const byRank = [...rows].sort((a, b) => a.rank - b.rank);
  for (const key of ["value_hkd_thousand", "share_percent"] as const) {
    let prev: Located<TradeRow> | undefined;
    for (const r of byRank) {
      if (r[key] === null) continue;
      if (prev && (prev[key] as number) < (r[key] as number)) {
        issues.push({
          file,
          line: r.line,
          column: col(key),
          field: key,
          value: String(r[key]),
          expected: `at most ${prev[key]}, the ${key === "share_percent" ? "share" : "value"} of rank ${prev.rank} on line ${prev.line}`,
          hint: "ranks go from the largest value (1) to the smallest (5); check the rank or the number.",
        });
      }
      prev = r;
    }
  }

  // Every row's value / share must imply the same year total, to the rounding of the share.
  if (known.length >= 2) {
    const ranges = known.map((r) => ({ r, range: impliedTotalRange(r.value_hkd_thousand, r.share_percent, decimalsOf(r.share_percent)) }));
    const lo = Math.max(...ranges.map((x) => x.range[0]));
    const hi = Math.min(...ranges.map((x) => x.range[1]));
    if (lo > hi) {
      // Blame the row(s) whose implied total is furthest from the median of the others.
      const mids = ranges.map((x) => impliedTotal(x.r.value_hkd_thousand, x.r.share_percent)).sort((a, b) => a - b);
      const median = mids[Math.floor(mids.length / 2)]!;
      const outlier = ranges.reduce((a, b) =>
        Math.abs(impliedTotal(b.r.value_hkd_thousand, b.r.share_percent) - median) >
        Math.abs(impliedTotal(a.r.value_hkd_thousand, a.r.share_percent) - median)
          ? b
          : a,
      );
      const r = outlier.r;
      issues.push({
        file,
        line: r.line,
        column: col("value_hkd_thousand"),
        field: "value_hkd_thousand",
        value: `${r.value_hkd_thousand} at ${r.share_percent}%`,
        expected:
          `a value and share implying the same year total as the other rows (about ${Math.round(median).toLocaleString("en-GB")} ` +
          `thousand), but this row implies ${Math.round(impliedTotal(r.value_hkd_thousand, r.share_percent)).toLocaleString("en-GB")} ` +
          `thousand`,
        hint:
          "value ÷ share gives the year's total, which must be the same on every row; a digit was probably mistyped in the value or " +
          "the share.",
      });
    }
  }
  return issues;
}

function decimalsOf(n: number): number {
  const s = String(n);
  const i = s.indexOf(".");
  return i < 0 ? 1 : Math.max(1, s.length - i - 1); // the paper prints shares to one decimal; "17.0" reads back as 17
}

/** A year's file is checked once its cells parse: first that it is not an unfilled template, then its rows together. */
function checkTradeFile(rows: Located<TradeRow>[], at: CheckContext): DataIssue[] {
  const template = checkTemplateFilled(at.file, at.header, at.year!, rows);
  return template.length ? template : checkTradeYear(at.file, at.header, at.year!, rows);
}

const TRADE_TEXT = {
  imports: {
    title: {
      en: "Top five sources of Hong Kong's imports of film- and TV-related goods, yearly from 2011",
      "zh-hk": "香港電影及電視相關創意產品的五大進口來源地（2011年起逐年）",
    },
    description: {
      en:
        "One file per year: rank, place of origin, value and share of the year's total imports. 2011-2022 are the paper's " +
        "Table 1, drawn in Figure 1; any later year comes from Create Hong Kong's statistics directly.",
      "zh-hk":
        "每年一個檔案：排名、來源地、貨值及佔當年進口總值的百分比。2011至2022年的數字來自論文表1，並繪成圖1；其後年份的數字直接取自創意香港的統計。",
    },
    source: { reference: { en: "Table 1 and Figure 1", "zh-hk": "表1及圖1" }, page: "83-84", publisher: CREATE_HK, document: THE_PAPER },
  },
  exports: {
    title: {
      en: "Top five destinations of Hong Kong's exports of film- and TV-related goods, yearly from 2011",
      "zh-hk": "香港電影及電視相關創意產品的五大出口目的地（2011年起逐年）",
    },
    description: {
      en:
        "One file per year: rank, destination, value and share of the year's total exports. 2011-2022 are the paper's Table 8 " +
        "as the text extracted from its PDF shows it: 2014-2016 and 2020-2022 are garbled and 2017-2019 is missing; cells that " +
        "cannot be read are empty with a note. Drawn in Figure 4. Any later year comes from Create Hong Kong's statistics directly.",
      "zh-hk":
        "每年一個檔案：排名、目的地、貨值及佔當年出口總值的百分比。2011至2022年的數字來自論文表8，以從論文PDF抽取的文字為準：" +
        "2014至2016年及2020至2022年的文字錯亂，2017至2019年則缺漏；無法辨讀的儲存格留空，並附註明原因。數字繪成圖4。" +
        "其後年份的數字直接取自創意香港的統計。",
    },
    source: {
      reference: { en: "Table 8 and Figure 4", "zh-hk": "表8及圖4" },
      page: PAGE_UNMARKED,
      publisher: CREATE_HK,
      document: THE_PAPER,
    },
  },
} as const;

function tradeDataset<const Id extends string>(id: Id, direction: Direction): DatasetDefinition<Id, typeof TRADE_ROW_SCHEMA, "yearly"> {
  return defineDataset({
    id,
    ...TRADE_TEXT[direction],
    path: tradeDir(direction),
    kind: "yearly",
    schema: TRADE_ROW_SCHEMA,
    primaryKey: ["year", "rank"],
    units: { en: "HK$ thousand; % of the year's total", "zh-hk": "千港元；佔當年總值百分比" },
    check: checkTradeFile,
    order: (a, b) => a.year - b.year || a.rank - b.rank,
  });
}

export const TRADE_IMPORTS = tradeDataset("trade-imports", "imports");
export const TRADE_EXPORTS = tradeDataset("trade-exports", "exports");
/** A loaded row of either direction: its year's file and line, and the cells. */
export type TradeRecord = RowsOf<typeof TRADE_IMPORTS>[number];

/** A year must come in both directions: half a year would draw a misleading gap. */
export function checkBothDirections(root: string, dataDir: string = DATA_DIR): DataIssue[] {
  const [imp, exp] = DIRECTIONS.map((d) => listTradeYears(root, d, dataDir).years);
  const issues: DataIssue[] = [];
  for (const [has, lacks, dir] of [
    [imp!, exp!, "exports"],
    [exp!, imp!, "imports"],
  ] as const) {
    for (const y of has.filter((y) => !lacks.includes(y))) {
      issues.push({
        file: relocate(tradeFile(dir, y), dataDir),
        expected: `this file to exist, since ${y} has a file for ${dir === "exports" ? "imports" : "exports"}`,
        hint: `every year needs both files; run “npm run data:new-year -- ${y}” to create templates.`,
      });
    }
  }
  return issues;
}

/** The dataset of each direction. */
export const TRADE_DATASET = { imports: TRADE_IMPORTS.id, exports: TRADE_EXPORTS.id } as const;

/** The loaded rows of one direction, ordered by year and rank. */
export function tradeRows(data: Pick<SiteData, "trade-imports" | "trade-exports">, direction: Direction): readonly TradeRecord[] {
  return data[TRADE_DATASET[direction]];
}

/**
 * The rows of one direction in one year, in file order (by rank). Grouped once per loaded rows:
 * the charts and the checks ask year by year, and filtering every row for each year grew with
 * the square of the years.
 */
const rowsByYear = new WeakMap<readonly TradeRecord[], Map<number, TradeRecord[]>>();
export function tradeRowsOfYear(
  data: Pick<SiteData, "trade-imports" | "trade-exports">,
  direction: Direction,
  year: number,
): readonly TradeRecord[] {
  const rows = tradeRows(data, direction);
  let byYear = rowsByYear.get(rows);
  if (!byYear) {
    byYear = new Map();
    for (const r of rows) {
      const ofYear = byYear.get(r.year);
      if (ofYear) ofYear.push(r);
      else byYear.set(r.year, [r]);
    }
    rowsByYear.set(rows, byYear);
  }
  return byYear.get(year) ?? [];
}

/** The years of one direction, ascending (each has its file, and the check makes every file a full year). */
export function tradeYears(data: Pick<SiteData, "trade-imports" | "trade-exports">, direction: Direction): number[] {
  return [...new Set(tradeRows(data, direction).map((r) => r.year))].sort((a, b) => a - b);
}
