/**
 * The one set of number formatters for the site: HK$, percentages, counts. Charts, tables and
 * story text all use these, so a figure reads the same everywhere. en-GB grouping (1,234,567).
 */
import { numberFormat } from "./number-format.ts";

const INT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** 1234567 -> "1,234,567"; null -> "–" (the missing-value mark). */
export function formatInteger(n: number | null): string {
  return n === null ? MISSING : INT.format(n);
}

/** A number with a fixed count of decimals: 36.62 -> "36.62". */
export function formatDecimal(n: number | null, digits = 1): string {
  return n === null ? MISSING : numberFormat("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** 35.9 -> "35.9%" (shares are stored as percentages). */
export function formatPercent(n: number | null, digits = 1): string {
  return n === null ? MISSING : `${formatDecimal(n, digits)}%`;
}

/** Whole Hong Kong dollars: 7618995 -> "HK$7,618,995". */
export function formatHKD(n: number | null): string {
  return n === null ? MISSING : `HK$${INT.format(n)}`;
}

/** Trade values are in HK$ thousand: 1766485 -> "HK$1,766,485k". */
export function formatHKDThousand(n: number | null): string {
  return n === null ? MISSING : `HK$${INT.format(n)}k`;
}

/** Short HK$ for trade values, which are in HK$ thousand: 1766485 -> "HK$1.77bn"; 338263 -> "HK$338.3m". */
export function formatHKDThousandShort(n: number | null): string {
  return n === null ? MISSING : formatHKDShort(n * 1000);
}

/**
 * Short whole HK$ for bar labels and axes, one decimal at most and no trailing ".0":
 * 81821966 -> "HK$81.8m", 20000000 -> "HK$20m", 1164318938 -> "HK$1.16bn", 98032 -> "HK$98k".
 */
export function formatHKDShort(n: number | null): string {
  if (n === null) return MISSING;
  const trim = (x: number, digits: number) => numberFormat("en-GB", { maximumFractionDigits: digits }).format(x);
  // Thresholds on the rounded value, so 999,950 reads "HK$1m", not "HK$1,000k".
  if (Math.abs(n) >= 999_950_000) return `HK$${formatDecimal(n / 1e9, 2)}bn`;
  if (Math.abs(n) >= 999_500) return `HK$${trim(n / 1e6, 1)}m`;
  if (Math.abs(n) >= 999.5) return `HK$${trim(n / 1e3, 0)}k`;
  return `HK$${INT.format(n)}`;
}

/** Whole HK$ in millions for prose: 246168606 -> "HK$246.2m". */
export function formatHKDMillions(n: number | null, digits = 1): string {
  return n === null ? MISSING : `HK$${formatDecimal(n / 1e6, digits)}m`;
}

/** The mark shown for a value the sources don't give (an en dash), always explained nearby. */
export const MISSING = "–";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** ISO date to a short, unambiguous date: "2022-04-21" -> "21 Apr 2022". */
export function formatDate(iso: string | null): string {
  if (iso === null) return MISSING;
  const [y, m, d] = iso.split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}
