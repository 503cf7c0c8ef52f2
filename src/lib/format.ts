/**
 * The one set of number formatters for the site: HK$, percentages, counts. Charts, tables and
 * story text all use these, so a figure reads the same everywhere. en-GB grouping (1,234,567).
 */
const INT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** 1234567 -> "1,234,567"; null -> "–" (the missing-value mark). */
export function formatInteger(n: number | null): string {
  return n === null ? MISSING : INT.format(n);
}

/** A number with a fixed count of decimals: 36.62 -> "36.62". */
export function formatDecimal(n: number | null, digits = 1): string {
  return n === null ? MISSING : new Intl.NumberFormat("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
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

/** Short HK$ for axes and prose: 1766485 (thousand) -> "HK$1.77bn"; 338263 -> "HK$338m". */
export function formatHKDThousandShort(n: number | null): string {
  if (n === null) return MISSING;
  const hkd = n * 1000;
  if (Math.abs(hkd) >= 1e9) return `HK$${formatDecimal(hkd / 1e9, 2)}bn`;
  if (Math.abs(hkd) >= 1e6) return `HK$${INT.format(hkd / 1e6)}m`;
  return `HK$${INT.format(hkd)}`;
}

/** Whole HK$ in millions for prose: 246168606 -> "HK$246.2m". */
export function formatHKDMillions(n: number | null, digits = 1): string {
  return n === null ? MISSING : `HK$${formatDecimal(n / 1e6, digits)}m`;
}

/** The mark shown for a value the sources don't give (an en dash), always explained nearby. */
export const MISSING = "–";
