/**
 * Every number the story's prose shows, by key. Content files write <Num k="..."/>; the value
 * comes from data/ through the loaders, so no figure is typed by hand. Keys:
 *   trade/<imports|exports>/<year|first|latest>/<place-id>/<value|value-short|share|rank>
 *   fact/<dataset-id>/<fact-id>          a figure stated in prose, with its qualifier and unit
 *   <name>                               a named, derived number (see NAMED below)
 */
import type { SiteData } from "../data/load.ts";
import { FACT_DATASET_IDS, type FactDatasetId } from "../data/registry.ts";
import type { Fact } from "../data/facts.ts";
import { DIRECTIONS, tradeRows, tradeYears, type Direction, type TradeRecord } from "../data/trade.ts";
import { formatDecimal, formatHKD, formatHKDMillions, formatHKDThousandShort, formatInteger, formatPercent } from "../lib/format.ts";

export class UnknownNumberError extends Error {}

function tradeYear(d: SiteData, direction: Direction, year: string): number {
  const years = tradeYears(d, direction);
  if (year === "first") return years[0]!;
  if (year === "latest") return years.at(-1)!;
  return Number(year);
}

function tradeRow(d: SiteData, direction: Direction, year: number, place: string): TradeRecord | undefined {
  return tradeRows(d, direction).find((r) => r.year === year && r.place === place);
}

/** Words the sources put before an inexact figure, longest first so "more than" wins over "more". */
const QUALIFIER_WORDS = [
  "approximately",
  "no less than",
  "more than",
  "at least",
  "exceeding",
  "nearly",
  "almost",
  "around",
  "about",
  "over",
  "some",
];

/**
 * The source's own qualifier for an inexact figure: the word its quote puts just before the
 * number ("almost HK$1,058 million" gives "almost"). Without a quote (a derived figure) or a
 * word found, "about" for an approximate figure and "more than" for a lower bound.
 */
export function qualifierWord(f: Fact): string {
  if (f.qualifier === "exact") return "";
  const quote = (f.quote ?? "").replace(/(\d),(?=\d{3}\b)/g, "$1");
  const value = String(f.value).replace(".", "\\.");
  const re = new RegExp(`\\b(${QUALIFIER_WORDS.join("|")})\\s+(?:[A-Z]{0,3}\\$)?${value}(?![\\d.])`, "i");
  const found = re.exec(quote)?.[1]?.toLowerCase();
  return found ?? (f.qualifier === "approximate" ? "about" : "more than");
}

/** A prose figure with its wording, qualified as its source qualifies it: "over 760", "almost HK$1,058 million", "36.62". */
export function formatFact(f: Fact): string {
  const digits = String(f.value).split(".")[1]?.length ?? 0;
  const num = digits ? formatDecimal(f.value, digits) : formatInteger(f.value);
  const money = /HK\$/.test(f.unit)
    ? `HK$${num} ${f.unit.replace(/\s*HK\$\s*/, "")}`.trim()
    : /dollars/.test(f.unit)
      ? `$${num} ${f.unit.replace(/\s*dollars/, "")}`.trim()
      : f.unit === "%" || f.unit.startsWith("% ")
        ? `${num}%`
        : `${num} ${f.unit}`;
  const lead = qualifierWord(f);
  return lead ? `${lead} ${money}` : money;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const boxOffice = (d: SiteData, id: string) => d["box-office-2022"].find((r) => r.id === id)!;
const release = (d: SiteData, id: string) => d["film-releases-2021-2022"].find((r) => r.id === id)!;
const topBy = <T>(rows: T[], key: (r: T) => number) => [...rows].sort((a, b) => key(b) - key(a));

/** Named numbers that are computed rather than looked up. */
const NAMED: Record<string, (d: SiteData) => string> = {
  "japan-first-lead-year": (d) => String(japanLeadYears(d)[0] ?? ""),
  "japan-lead-years": (d) => String(japanLeadYears(d).length),
  "imports-2016-gap-points": (d) => {
    const m = tradeRow(d, "imports", 2016, "mainland-china")?.share_percent;
    const j = tradeRow(d, "imports", 2016, "japan")?.share_percent;
    return m == null || j == null ? "" : formatDecimal(m - j, 1);
  },
  "mainland-import-low-share": (d) => formatPercent(mainlandImportLow(d).share_percent),
  "mainland-import-low-year": (d) => String(mainlandImportLow(d).year),
  "mainland-import-low-rank": (d) => ordinal(mainlandImportLow(d).rank),
  "releases-2022": (d) => formatInteger(release(d, "first-run-films").value_2022),
  "releases-2021": (d) => formatInteger(release(d, "first-run-films").value_2021),
  "hk-releases-2022": (d) => formatInteger(release(d, "first-run-hong-kong-films").value_2022),
  "hk-releases-2021": (d) => formatInteger(release(d, "first-run-hong-kong-films").value_2021),
  "chinese-language-releases-2022": (d) => formatInteger(release(d, "first-run-non-hong-kong-chinese-language-films").value_2022),
  "box-office-2022": (d) => formatHKDMillions(release(d, "total-box-office").value_2022),
  "box-office-2021": (d) => formatHKDMillions(release(d, "total-box-office").value_2021),
  "box-office-change": (d) => formatPercent(release(d, "total-box-office").change_percent_printed, 2),
  "box-hong-kong": (d) => formatHKDMillions(boxOffice(d, "hong-kong").box_office_hkd),
  "box-hong-kong-share": (d) => formatPercent(boxOffice(d, "hong-kong").share_percent_printed, 2),
  "box-coproductions": (d) => formatHKDMillions(boxOffice(d, "hong-kong-mainland-coproductions").box_office_hkd),
  "box-coproductions-share": (d) => formatPercent(boxOffice(d, "hong-kong-mainland-coproductions").share_percent_printed, 2),
  "box-chinese": (d) => formatHKD(boxOffice(d, "chinese").box_office_hkd),
  "box-chinese-share": (d) => formatPercent(boxOffice(d, "chinese").share_percent_printed, 2),
  "box-foreign": (d) => formatHKDMillions(boxOffice(d, "foreign-language").box_office_hkd),
  "box-foreign-share": (d) => formatPercent(boxOffice(d, "foreign-language").share_percent_printed, 2),
  "mainland-films-count": (d) => formatInteger(d["mainland-films-hk-2022"].filter((f) => f.origin === "mainland-china").length),
  "taiwan-films-count": (d) => formatInteger(d["mainland-films-hk-2022"].filter((f) => f.origin === "taiwan-china").length),
  "top-mainland-film": (d) => topBy(d["mainland-films-hk-2022"], (f) => f.box_office_hkd)[0]!.title_en,
  "top-mainland-film-box": (d) => formatHKDMillions(topBy(d["mainland-films-hk-2022"], (f) => f.box_office_hkd)[0]!.box_office_hkd, 2),
  "top-mainland-film-admissions": (d) => formatInteger(topBy(d["mainland-films-hk-2022"], (f) => f.box_office_hkd)[0]!.admissions),
  "top-mainland-film-days": (d) => formatInteger(topBy(d["mainland-films-hk-2022"], (f) => f.box_office_hkd)[0]!.days_in_theatres),
  "top-mainland-film-share-of-table-4": (d) =>
    formatPercent(
      (topBy(d["mainland-films-hk-2022"], (f) => f.box_office_hkd)[0]!.box_office_hkd /
        sum(d["mainland-films-hk-2022"].map((f) => f.box_office_hkd))) *
        100,
      0,
    ),
  "top-hk-film": (d) => topBy(d["hk-films-2022"], (f) => f.box_office_hkd)[0]!.title_en,
  "top-hk-film-box": (d) => formatHKDMillions(topBy(d["hk-films-2022"], (f) => f.box_office_hkd)[0]!.box_office_hkd),
  "hk-films-over-million-admissions": (d) => formatInteger(d["hk-films-2022"].filter((f) => f.admissions > 1_000_000).length),
  "top-hk-film-vs-all-table-4": (d) =>
    formatDecimal(
      topBy(d["hk-films-2022"], (f) => f.box_office_hkd)[0]!.box_office_hkd / sum(d["mainland-films-hk-2022"].map((f) => f.box_office_hkd)),
      0,
    ),
  "origin-usa": (d) => formatInteger(d["origin-of-releases-2022"].find((o) => o.place === "usa")!.films),
  "origin-japan": (d) => formatInteger(d["origin-of-releases-2022"].find((o) => o.place === "japan")!.films),
  "mainland-dramas-2022-mean": (d) => formatDecimal(meanRating(d, 2022), 1),
  "mainland-dramas-2023-mean": (d) => formatDecimal(meanRating(d, 2023), 1),
  "mainland-dramas-2023-top": (d) =>
    topBy(
      d["tvb-mainland-dramas-prime-time"].filter((r) => r.year === 2023),
      (r) => r.rating_points,
    )[0]!.title,
  "mainland-dramas-2022-top": (d) =>
    topBy(
      d["tvb-mainland-dramas-prime-time"].filter((r) => r.year === 2022),
      (r) => r.rating_points,
    )[0]!.title,
  "mainland-dramas-2022-top-rating": (d) =>
    formatInteger(
      topBy(
        d["tvb-mainland-dramas-prime-time"].filter((r) => r.year === 2022),
        (r) => r.rating_points,
      )[0]!.rating_points,
    ),
  "tvb-schedule-rows": (d) => formatInteger(d["tvb-schedule-2024"].length),
  // The paper's endpoints, 2011 and 2022, which the chapter retells; not the latest year in the data.
  "exports-total-2011": (d) => formatHKDThousandShort(impliedExportTotal(d, 2011)),
  "exports-total-2022": (d) => formatHKDThousandShort(impliedExportTotal(d, 2022)),
  "exports-missing-cells": (d) =>
    formatInteger(
      d["trade-exports"].reduce((n, r) => n + [r.place, r.value_hkd_thousand, r.share_percent].filter((v) => v === null).length, 0),
    ),
  "abroad-markets": (d) => formatInteger(d["hk-films-abroad-2022"].length),
  "abroad-films": (d) => formatInteger(sum(d["hk-films-abroad-2022"].map((r) => r.films))),
  "abroad-mainland-films": (d) => formatInteger(d["hk-films-abroad-2022"].find((r) => r.place === "mainland-china")!.films),
  "abroad-mainland-box": (d) => d["hk-films-abroad-2022"].find((r) => r.place === "mainland-china")!.box_office_printed,
  "abroad-taiwan-films": (d) => formatInteger(d["hk-films-abroad-2022"].find((r) => r.place === "taiwan-china")!.films),
};

function ordinal(n: number): string {
  return n + (n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th");
}

function japanLeadYears(d: SiteData): number[] {
  // The unbroken run of years, up to the latest, in which Japan is the largest source.
  const years = [...tradeYears(d, "imports")].reverse();
  const run: number[] = [];
  for (const y of years) {
    if (tradeRow(d, "imports", y, "japan")?.rank === 1) run.unshift(y);
    else break;
  }
  return run;
}

function mainlandImportLow(d: SiteData): TradeRecord {
  const rows = d["trade-imports"].filter((r) => r.place === "mainland-china" && r.share_percent !== null);
  return [...rows].sort((a, b) => a.share_percent! - b.share_percent!)[0]!;
}

function meanRating(d: SiteData, year: number): number {
  const rows = d["tvb-mainland-dramas-prime-time"].filter((r) => r.year === year);
  return sum(rows.map((r) => r.rating_points)) / rows.length;
}

/** The year's total exports implied by its rank-1 row (value ÷ share). */
export function impliedExportTotal(d: SiteData, year: number): number | null {
  const r = d["trade-exports"].find((x) => x.year === year && x.rank === 1);
  return r && r.value_hkd_thousand !== null && r.share_percent !== null ? r.value_hkd_thousand / (r.share_percent / 100) : null;
}

export function storyNumber(d: SiteData, key: string): string {
  const parts = key.split("/");
  if (parts[0] === "trade" && parts.length === 5) {
    const [, direction, yearKey, place, field] = parts as [string, Direction, string, string, string];
    if (direction !== "imports" && direction !== "exports") throw new UnknownNumberError(`Unknown trade direction in "${key}"`);
    const year = tradeYear(d, direction, yearKey);
    if (field === "year") return String(year);
    const r = tradeRow(d, direction, year, place);
    if (!r) throw new UnknownNumberError(`No ${direction} row for ${place} in ${year} (key "${key}")`);
    switch (field) {
      case "value":
        return formatHKDThousandShort(r.value_hkd_thousand);
      case "share":
        return formatPercent(r.share_percent);
      case "rank":
        return ordinal(r.rank);
      default:
        throw new UnknownNumberError(`Unknown trade field "${field}" in "${key}"`);
    }
  }
  if (parts[0] === "fact" && parts.length === 3) {
    const rows = FACT_DATASET_IDS.includes(parts[1] as FactDatasetId) ? d[parts[1] as FactDatasetId] : undefined;
    const f = rows?.find((r) => r.id === parts[2]);
    if (!f) throw new UnknownNumberError(`No fact "${parts[2]}" in dataset "${parts[1]}"`);
    return formatFact(f);
  }
  if (parts[0] === "year" && parts.length === 3) {
    const years = DIRECTIONS.includes(parts[1] as Direction) ? tradeYears(d, parts[1] as Direction) : undefined;
    if (!years) throw new UnknownNumberError(`Unknown direction in "${key}"`);
    return String(parts[2] === "first" ? years[0] : years.at(-1));
  }
  const named = NAMED[key];
  if (!named) throw new UnknownNumberError(`No story number with key "${key}"`);
  return named(d);
}
