/**
 * Synthetic years of the trade series, to measure how the build grows with data. Each year
 * passes the same checks as real data: five ranks, distinct places, shares falling with rank
 * and summing to under 100, and every value equal to the year's total times its share, so
 * value ÷ share implies one total to the rounding of the share.
 */
import { seededRandom } from "./random.ts";

export interface SyntheticRow {
  year: number;
  rank: number;
  place: string;
  value_hkd_thousand: number;
  share_percent: number;
}

/**
 * One year's top five. `always` places are in every year (so the charts that follow them have
 * a point every year); the rest are drawn from `others`. `leaders`, if given, take ranks 1, 2...
 * in that order, the others shuffled below them.
 */
export function syntheticTradeYear(
  year: number,
  always: readonly string[],
  others: readonly string[],
  seed = 0,
  leaders: readonly string[] = [],
): SyntheticRow[] {
  const random = seededRandom(year * 7919 + seed);
  const pool = [...others];
  const places = [...always];
  while (places.length < 5 && pool.length) places.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  if (places.length < 5) throw new Error("syntheticTradeYear needs at least five places");
  // Shuffle so the always-present places take different ranks in different years.
  for (let i = places.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [places[i], places[j]] = [places[j]!, places[i]!];
  }
  const first = leaders.filter((p) => places.includes(p));
  places.splice(0, places.length, ...first, ...places.filter((p) => !first.includes(p)));
  // Shares in tenths of a per cent: rank 1 at 15.0-20.0%, each next 50-95% of the one above and
  // strictly smaller, so five add up to at most 91%.
  const tenths: number[] = [150 + Math.floor(random() * 51)];
  for (let k = 1; k < 5; k++) {
    const above = tenths[k - 1]!;
    tenths.push(Math.min(above - 1, Math.round(above * (0.5 + random() * 0.45))));
  }
  const total = 1_000_000 + Math.floor(random() * 4_000_000); // HK$ thousand
  return places.slice(0, 5).map((place, i) => {
    const share = tenths[i]! / 10;
    return { year, rank: i + 1, place, share_percent: share, value_hkd_thousand: Math.round((total * share) / 100) };
  });
}

/** The year's CSV, in the column order of data/trade/<direction>/<year>.csv. */
export function tradeYearCsv(rows: readonly SyntheticRow[]): string {
  const lines = ["year,rank,place,value_hkd_thousand,share_percent,note"];
  for (const r of rows) lines.push(`${r.year},${r.rank},${r.place},${r.value_hkd_thousand},${r.share_percent.toFixed(1)},`);
  return lines.join("\n") + "\n";
}

/**
 * Which years to add so a series of `existing` years becomes `factor` times as long: the years
 * before the first real one, down to `floor` (1000: file names have four digits), then, only if
 * that is not enough, the years after the last.
 */
export function syntheticYears(existing: readonly number[], factor: number, floor = 1000): number[] {
  const want = existing.length * factor - existing.length;
  const first = Math.min(...existing);
  const last = Math.max(...existing);
  const years: number[] = [];
  for (let y = first - 1; y >= floor && years.length < want; y--) years.push(y);
  for (let y = last + 1; years.length < want; y++) years.push(y);
  return years.sort((a, b) => a - b);
}
