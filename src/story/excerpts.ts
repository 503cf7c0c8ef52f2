/**
 * Which years of a trade series a chapter's prose talks about, so the story can print those
 * years of Table 1 or 8 and link to the whole table: the years of every <Num> in the chapter
 * that shows a figure of that series (trade/<direction>/<year|first|latest>/..., year/<direction>/...)
 * and of every named number whose value is one of the series' years (the year Japan took the
 * lead, the Mainland's lowest year), and always the latest year, so a year added to the data shows
 * in the story at once. Computed from the chapter's text and the data, so a longer series does not
 * make the story longer, and a sentence that starts naming a new year brings it in.
 */
import type { SiteData } from "../data/load.ts";
import { tradeYears, type Direction } from "../data/trade.ts";
import { numKeysIn } from "./chapter-text.ts";
import { storyValue } from "./numbers.ts";

/** The year of the `direction` series a story number names, if any. */
function yearOf(key: string, d: SiteData, direction: Direction, series: readonly number[]): number | undefined {
  const [kind, dir, year] = key.split("/");
  const at = (y: string | undefined) => (y === "first" ? series[0] : y === "latest" ? series.at(-1) : Number(y));
  if (kind === "trade" || kind === "year") return dir === direction ? at(year) : undefined;
  if (kind === "fact") return undefined;
  // A named number (src/story/numbers.ts) that is itself a year: "japan-first-lead-year".
  const text = storyValue(d, key, "en").text;
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/** The years of the `direction` series that the chapter's numbers name, and the latest, ascending. */
export function yearsNamed(body: string, d: SiteData, direction: Direction): number[] {
  const series = tradeYears(d, direction);
  const years = new Set<number>(series.slice(-1));
  for (const key of numKeysIn(body)) {
    const year = yearOf(key, d, direction, series);
    if (year !== undefined && series.includes(year)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
