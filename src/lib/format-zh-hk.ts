/**
 * The one set of number and date formatters for the Hong Kong Chinese (zh-HK) edition, the
 * counterpart of format.ts function by function. Pure functions; no Intl compact notation (it
 * prints "M" for zh-HK) and no Intl dates (zh-HK short dates are day-first).
 *
 * House style:
 * - Digits are Arabic, grouped in threes with commas, full stop for decimals: 1,164,318,938.
 *   Negative numbers take a leading "-". Units follow the number with no space: 35.9%, 865萬港元.
 * - HK$ is written 港元 after the amount. Full amounts: 7,618,995港元; trade values (HK$ thousand)
 *   in full: 1,766,485千港元.
 * - Short HK$ amounts (charts, tables, prose) use 萬 and 億 with three significant figures, never
 *   fewer than the whole unit, and no trailing zeros: 1,770,000,000 -> 17.7億港元;
 *   101,017,795 -> 1.01億港元; 8,650,000 -> 865萬港元; 81,821,966 -> 8182萬港元 (whole 萬, as
 *   Hong Kong papers print box office); 98,032 -> 9.8萬港元. Below 1萬 the whole amount:
 *   9,800港元. The unit is chosen on the rounded value, so 99,995,000 reads 1億港元, never
 *   10000萬港元, and 9,999.5 reads 1萬港元. No commas inside 萬 and 億 amounts (8182萬, since the
 *   unit already groups by four); amounts of 1萬億 and more stay in 億 (12345億港元).
 *   Where several amounts are compared in one sentence, `formatHKDInUnit` fixes the unit and the
 *   decimals instead (2.46億港元 and 1.01億港元), as `formatHKDMillions` does in English.
 * - Percentages as stored, one decimal by default: 35.9%. Percentage points: 15個百分點.
 * - Dates: 2022年4月21日; a month 2023年6月; a year 2022年. Ranges join with 至 and do not repeat
 *   what both ends share: 2011至2022年, 2022年4月21日至5月11日, 2022年5月5日至29日. Tight chart
 *   labels may use the compact form 2011–2022年 (en dash).
 * - Ranks: 第2位.
 * - Counts carry their classifier: 27部電影, 14部劇集, 30集, 80日, 150分鐘, 41,917人次, 61宗申請.
 *   Films and drama series take 部 (newsroom usage; 齣 and 套 are spoken or informal).
 * - A value the sources don't give is the en dash "–", as in the English edition.
 */
import { numberFormat } from "./number-format.ts";

/** The mark shown for a value the sources don't give, always explained nearby; the same as the English edition's. */
export const MISSING = "–";

const INT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

function fixed(n: number, digits: number): string {
  return numberFormat("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** Rounds half away from zero on the decimal digits, as Intl does, so the chosen unit matches the printed number. */
function roundTo(n: number, digits: number): number {
  return Number(numberFormat("en-US", { maximumFractionDigits: digits, useGrouping: false }).format(n));
}

/** 1234567 -> "1,234,567"; null -> "–". */
export function formatInteger(n: number | null): string {
  return n === null ? MISSING : INT.format(n);
}

/** A number with a fixed count of decimals: 36.62 -> "36.62". */
export function formatDecimal(n: number | null, digits = 1): string {
  return n === null ? MISSING : fixed(n, digits);
}

/** 35.9 -> "35.9%" (shares are stored as percentages). */
export function formatPercent(n: number | null, digits = 1): string {
  return n === null ? MISSING : `${fixed(n, digits)}%`;
}

/** 15 -> "15個百分點". */
export function formatPercentagePoints(n: number | null, digits = 0): string {
  return n === null ? MISSING : `${fixed(n, digits)}個百分點`;
}

/** Whole Hong Kong dollars: 7618995 -> "7,618,995港元". */
export function formatHKD(n: number | null): string {
  return n === null ? MISSING : `${INT.format(n)}港元`;
}

/** Trade values are in HK$ thousand: 1766485 -> "1,766,485千港元". */
export function formatHKDThousand(n: number | null): string {
  return n === null ? MISSING : `${INT.format(n)}千港元`;
}

const UNITS = { 萬: 1e4, 億: 1e8 } as const;
export type ChineseUnit = keyof typeof UNITS;

function integerDigits(x: number): number {
  return String(Math.floor(Math.abs(x))).length;
}

/** Three significant figures, at least the whole unit, at most two decimals, trailing zeros dropped. */
function inUnit(abs: number, unit: ChineseUnit): { value: number; text: string } {
  const scaled = abs / UNITS[unit];
  const digits = Math.min(2, Math.max(0, 3 - integerDigits(scaled)));
  const value = roundTo(scaled, digits);
  // No commas inside 萬 and 億 amounts: the unit already groups by four (8182萬, not 8,182萬).
  const text = numberFormat("en-GB", { maximumFractionDigits: digits, useGrouping: false }).format(value);
  return { value, text };
}

/**
 * A number in 萬 or 億 by the house rule (three significant figures, at least the whole unit):
 * 10400000 -> "1040萬"; 112000000 -> "1.12億"; 9800 -> "9,800".
 */
export function formatCountShort(n: number | null): string {
  if (n === null) return MISSING;
  const abs = Math.abs(n);
  const whole = roundTo(abs, 0);
  let text: string;
  if (whole < 1e4) text = INT.format(whole);
  else {
    const wan = inUnit(abs, "萬");
    text = wan.value < 1e4 ? `${wan.text}萬` : `${inUnit(abs, "億").text}億`;
  }
  return n < 0 && text !== "0" ? `-${text}` : text;
}

/** Short whole HK$: 1770000000 -> "17.7億港元"; 8650000 -> "865萬港元"; 9800 -> "9,800港元". */
export function formatHKDShort(n: number | null): string {
  return n === null ? MISSING : `${formatCountShort(n)}港元`;
}

/** Short HK$ for trade values, which are in HK$ thousand: 1766485 -> "17.7億港元"; 338263 -> "3.38億港元". */
export function formatHKDThousandShort(n: number | null): string {
  return n === null ? MISSING : formatHKDShort(n * 1000);
}

/** Whole HK$ in a fixed unit and decimals, for figures compared side by side: (246168606, "億", 2) -> "2.46億港元". */
export function formatHKDInUnit(n: number | null, unit: ChineseUnit, digits = 1): string {
  return n === null ? MISSING : `${fixed(n / UNITS[unit], digits)}${unit}港元`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parts(iso: string, pattern: RegExp): { y: string; m?: number; d?: number } {
  const match = pattern.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  return {
    y: match[1]!,
    m: match[2] === undefined ? undefined : Number(match[2]),
    d: match[3] === undefined ? undefined : Number(match[3]),
  };
}

/** ISO date to the Chinese form: "2022-04-21" -> "2022年4月21日". */
export function formatDate(iso: string | null): string {
  if (iso === null) return MISSING;
  const { y, m, d } = parts(iso, ISO_DATE);
  return `${y}年${m}月${d}日`;
}

/** A year, month or date of reduced precision: "2023" -> "2023年"; "2023-06" -> "2023年6月"; "2023-10-31" -> "2023年10月31日". */
export function formatPeriod(iso: string | null): string {
  if (iso === null) return MISSING;
  const { y, m, d } = parts(iso, ISO_PERIOD);
  return `${y}年${m === undefined ? "" : `${m}月`}${d === undefined ? "" : `${d}日`}`;
}

/** Two dates, sharing the year (and month) once: "2022-04-21", "2022-05-11" -> "2022年4月21日至5月11日". */
export function formatDateRange(start: string | null, end: string | null): string {
  if (start === null && end === null) return MISSING;
  if (start === null || end === null) return `${formatDate(start)}至${formatDate(end)}`;
  const a = parts(start, ISO_DATE);
  const b = parts(end, ISO_DATE);
  if (a.y !== b.y) return `${formatDate(start)}至${formatDate(end)}`;
  if (a.m !== b.m) return `${formatDate(start)}至${b.m}月${b.d}日`;
  if (a.d !== b.d) return `${formatDate(start)}至${b.d}日`;
  return formatDate(start);
}

/** 2022 -> "2022年". */
export function formatYear(year: number | null): string {
  return year === null ? MISSING : `${year}年`;
}

/** A span of years: (2011, 2022) -> "2011至2022年"; compact for tight labels -> "2011–2022年"; one year -> "2022年". */
export function formatYearRange(from: number, to: number, options: { compact?: boolean } = {}): string {
  if (from === to) return formatYear(from);
  return `${from}${options.compact ? "–" : "至"}${to}年`;
}

/** Two values joined with 至, each through `format`: (10, 20) -> "10至20". */
export function formatRange(low: number | null, high: number | null, format: (n: number | null) => string = formatInteger): string {
  return low === null && high === null ? MISSING : `${format(low)}至${format(high)}`;
}

/** (10, 20) -> "10%至20%". */
export function formatPercentRange(low: number | null, high: number | null, digits = 0): string {
  return formatRange(low, high, (n) => formatPercent(n, digits));
}

/** 2 -> "第2位". */
export function formatRank(rank: number | null): string {
  return rank === null ? MISSING : `第${INT.format(rank)}位`;
}

/** A count with its classifier and noun: (27, "部", "電影") -> "27部電影". */
export function formatCount(n: number | null, classifier: string, noun = ""): string {
  return n === null ? MISSING : `${INT.format(n)}${classifier}${noun}`;
}

/** 27 -> "27部電影". */
export const formatFilmCount = (n: number | null): string => formatCount(n, "部", "電影");
/** 14 -> "14部劇集". */
export const formatDramaCount = (n: number | null): string => formatCount(n, "部", "劇集");
/** 30 -> "30集". */
export const formatEpisodeCount = (n: number | null): string => formatCount(n, "集");
/** 80 -> "80日" (days in cinemas; Hong Kong writes 日 where the Mainland writes 天). */
export const formatDayCount = (n: number | null): string => formatCount(n, "日");
/** 150 -> "150分鐘". */
export const formatMinutes = (n: number | null): string => formatCount(n, "分鐘");
/** 41917 -> "41,917人次". */
export const formatAdmissions = (n: number | null): string => formatCount(n, "人次");
/** 61 -> "61宗申請". */
export const formatApplicationCount = (n: number | null): string => formatCount(n, "宗", "申請");

/** TVB ratings as printed, up to two decimals: 16.45 -> "16.45點"; 23 -> "23點". */
export function formatRatingPoints(n: number | null): string {
  return n === null ? MISSING : `${numberFormat("en-GB", { maximumFractionDigits: 2 }).format(n)}點`;
}
