/**
 * One formatter per edition, with the same methods, so charts, tables and prose format a
 * figure once for each language: format.ts (English) and format-zh-hk.ts (Hong Kong Chinese)
 * hold the rules; this module gives them one shape. A leaf, like both.
 */
import * as en from "./format.ts";
import * as zh from "./format-zh-hk.ts";
import type { Locale } from "./i18n.ts";

export interface Formatter {
  locale: Locale;
  /** The mark for a value the sources don't give. */
  missing: string;
  integer(n: number | null): string;
  decimal(n: number | null, digits?: number): string;
  percent(n: number | null, digits?: number): string;
  /** A difference of percentages: "4.3 percentage points" / "4.3個百分點". */
  points(n: number | null, digits?: number): string;
  /** Whole HK$ in full: "HK$7,618,995" / "7,618,995港元". */
  hkd(n: number | null): string;
  /** Whole HK$, short: "HK$1.16bn" / "11.6億港元". */
  hkdShort(n: number | null): string;
  /** Whole HK$ in millions, for amounts compared side by side: "HK$246.2m" / "2.46億港元". */
  hkdMillions(n: number | null, digits?: number): string;
  /** Trade values (HK$ thousand) in full: "HK$1,766,485k" / "1,766,485千港元". */
  hkdThousand(n: number | null): string;
  /** Trade values, short: "HK$1.77bn" / "17.7億港元". */
  hkdThousandShort(n: number | null): string;
  /** An ISO date: "21 Apr 2022" / "2022年4月21日". */
  date(iso: string | null): string;
  /** A year, as a label on its own: "2022" / "2022年". */
  year(y: number): string;
  /** A span of years: "2011–2022" / "2011至2022年"; one year alone if they are the same. */
  yearSpan(from: number, to: number): string;
  /** Years as prose: "2014 and 2017–2019" / "2014年及2017至2019年". */
  years(values: readonly number[]): string;
  /** A rank: "2nd" / "第2位". */
  rank(n: number | null): string;
  /** A list: "a, b and c" / "a、b及c". */
  list(items: readonly string[]): string;
}

/** Consecutive runs in sorted integers: [2014, 2017, 2018, 2019] -> [[2014, 2014], [2017, 2019]]. */
export function runs(values: readonly number[]): [number, number][] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v === last[1] + 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${s}`;
}

const englishList = (items: readonly string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
const chineseList = (items: readonly string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join("、")}及${items.at(-1)}`);

export const ENGLISH: Formatter = {
  locale: "en",
  missing: en.MISSING,
  integer: en.formatInteger,
  decimal: en.formatDecimal,
  percent: en.formatPercent,
  points: (n, digits = 1) => (n === null ? en.MISSING : `${en.formatDecimal(n, digits)} percentage points`),
  hkd: en.formatHKD,
  hkdShort: en.formatHKDShort,
  hkdMillions: en.formatHKDMillions,
  hkdThousand: en.formatHKDThousand,
  hkdThousandShort: en.formatHKDThousandShort,
  date: en.formatDate,
  year: (y) => String(y),
  yearSpan: (a, b) => (a === b ? String(a) : `${a}–${b}`),
  years: (values) => englishList(runs(values).map(([a, b]) => (a === b ? String(a) : `${a}–${b}`))),
  rank: (n) => (n === null ? en.MISSING : ordinal(n)),
  list: englishList,
};

export const HONG_KONG_CHINESE: Formatter = {
  locale: "zh-hk",
  missing: zh.MISSING,
  integer: zh.formatInteger,
  decimal: zh.formatDecimal,
  percent: zh.formatPercent,
  points: (n, digits = 1) => zh.formatPercentagePoints(n, digits),
  hkd: zh.formatHKD,
  hkdShort: zh.formatHKDShort,
  hkdMillions: (n, digits = 2) => (n === null ? zh.MISSING : zh.formatHKDInUnit(n, Math.abs(n) >= 1e8 ? "億" : "萬", digits)),
  hkdThousand: zh.formatHKDThousand,
  hkdThousandShort: zh.formatHKDThousandShort,
  date: zh.formatDate,
  year: (y) => zh.formatYear(y),
  yearSpan: (a, b) => zh.formatYearRange(a, b),
  // The 年 once, at the end: "2014、2017至2019年".
  years: (values) => {
    const parts = runs(values).map(([a, b]) => (a === b ? String(a) : `${a}至${b}`));
    return parts.length ? `${chineseList(parts)}年` : "";
  },
  rank: zh.formatRank,
  list: chineseList,
};

export const FORMATTERS: Readonly<Record<Locale, Formatter>> = { en: ENGLISH, "zh-hk": HONG_KONG_CHINESE };

export function formatterFor(locale: Locale): Formatter {
  return FORMATTERS[locale];
}
