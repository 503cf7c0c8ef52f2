/**
 * Every number the story's prose shows, by key, in each edition. Content files write
 * <Num k="..."/>; the value comes from data/ through the loaders, so no figure is typed by hand.
 * Both editions' chapters use the same keys. Keys:
 *   trade/<imports|exports>/<year|first|latest>/<place-id>/<value|share|rank|year>
 *   year/<imports|exports>/<first|latest>
 *   fact/<dataset-id>/<fact-id>          a figure stated in prose, with its qualifier and unit
 *   <name>                               a named, derived number (see NAMED below)
 *
 * The Chinese values fit the Chinese sentences around them: a year is bare (the prose writes
 * 年 after it), and so is a count the prose follows with its own classifier (…部, …日, …點,
 * …個百分點); amounts carry their unit (11.64億港元), ranks read 第2位. A fact carries its
 * qualifier and unit (超過760家展商, 人民幣3662萬元).
 */
import type { SiteData } from "../data/load.ts";
import { FACT_DATASET_IDS, type FactDatasetId } from "../data/registry.ts";
import type { Fact } from "../data/facts.ts";
import { DIRECTIONS, tradeRows, tradeYears, type Direction, type TradeRecord } from "../data/trade.ts";
import { wordsFor, type Words } from "../data/words.ts";
import type { Locale } from "../lib/i18n.ts";

export class UnknownNumberError extends Error {}

/** A story number as an edition shows it; `lang` is set where it differs from the page's (an English title in Chinese text). */
export interface StoryValue {
  text: string;
  /** BCP 47 language of the text, when it is not the edition's own. */
  lang?: string;
  /** A film title that is only OpenCC's conversion of the printed Simplified title. */
  converted?: boolean;
}

const WORDS = new WeakMap<SiteData, Partial<Record<Locale, Words>>>();

/** The edition's words for this data, built once per data and locale. */
export function editionWords(d: SiteData, locale: Locale): Words {
  const cached = WORDS.get(d) ?? {};
  const w = cached[locale] ?? wordsFor(d, locale);
  cached[locale] = w;
  WORDS.set(d, cached);
  return w;
}

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

/** Each source word in Hong Kong Chinese, keeping its meaning: "almost" is not "about", "no less than" is not "more than". */
const QUALIFIER_ZH: Readonly<Record<string, string>> = {
  approximately: "約",
  about: "約",
  around: "約",
  some: "約",
  nearly: "接近",
  almost: "接近",
  "more than": "超過",
  over: "超過",
  exceeding: "超過",
  "at least": "至少",
  "no less than": "不少於",
};

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

/** The qualifier in an edition: the source's word in English ("almost"), its Chinese counterpart in Chinese ("接近"). */
export function qualifierIn(f: Fact, locale: Locale): string {
  const word = qualifierWord(f);
  return locale === "en" || word === "" ? word : QUALIFIER_ZH[word]!;
}

/**
 * A figure in 萬 or 億 at the source's own precision (no rounding, no commas inside the unit):
 * 10,400,000 -> "1040萬"; 1,058,000,000 -> "10.58億"; below 1萬 the whole number, "9,800".
 */
export function chineseAmount(n: number, w: Words): string {
  const abs = Math.abs(n);
  if (abs < 1e4) return w.f.integer(n);
  const [unit, size] = abs >= 1e8 ? ["億", 1e8] : ["萬", 1e4];
  return `${Number((n / size).toPrecision(12))}${unit}`;
}

/** Counted units of the fact files in Chinese, each with its classifier (the glossary's units where it has them). */
function countUnitZh(unit: string, w: Words): string | undefined {
  const units: Record<string, string> = {
    dramas: "部劇集",
    series: "部劇集",
    titles: "部作品",
    productions: "部作品",
    hours: "小時",
    markets: "個市場",
    points: w.term("points"),
    applications: "宗",
    projects: "個項目",
    "countries and regions": "個國家及地區",
    days: w.term("days"),
    economies: "個經濟體",
    exhibitors: "家展商",
    pavilions: "個展館",
    people: "人",
  };
  return units[unit];
}

/** A fact's figure and unit in Chinese: 10.4 million -> 1040萬; 36.62 million yuan -> 人民幣3662萬元; 1,058 million HK$ -> 10.58億港元. */
function chineseFigure(f: Fact, w: Words): string {
  const digits = String(f.value).split(".")[1]?.length ?? 0;
  const scaled = (times: number) => chineseAmount(f.value * times, w);
  const count = f.value >= 1e4 ? chineseAmount(f.value, w) : digits ? w.f.decimal(f.value, digits) : w.f.integer(f.value);
  if (f.unit === "%" || f.unit.startsWith("% ")) return w.f.percent(f.value, digits);
  switch (f.unit) {
    case "million":
      return scaled(1e6);
    case "billion":
      return scaled(1e9);
    case "million yuan":
      return `${w.term("yuan")}${scaled(1e6)}元`;
    // The source prints a bare "$": the Chinese keeps it unnamed (元), as the English does.
    case "million dollars":
      return `${scaled(1e6)}元`;
    case "million HK$":
      return `${scaled(1e6)}${w.term("hkd")}`;
    case "billion HK$":
      return `${scaled(1e9)}${w.term("hkd")}`;
  }
  const classifier = countUnitZh(f.unit, w);
  if (classifier === undefined) throw new UnknownNumberError(`No Chinese form for the unit “${f.unit}” (fact “${f.id}”)`);
  return `${count}${classifier}`;
}

/**
 * A prose figure with its wording, qualified as its source qualifies it, in the edition of `w`.
 * English: "over 760 exhibitors", "almost HK$1,058 million", "36.62 million yuan". Chinese:
 * "超過760家展商", "接近10.58億港元", "人民幣3662萬元".
 */
export function formatFact(f: Fact, w: Words): string {
  const lead = qualifierIn(f, w.locale);
  if (w.locale !== "en") return `${lead}${chineseFigure(f, w)}`;
  const digits = String(f.value).split(".")[1]?.length ?? 0;
  const num = digits ? w.f.decimal(f.value, digits) : w.f.integer(f.value);
  const money = /HK\$/.test(f.unit)
    ? `HK$${num} ${f.unit.replace(/\s*HK\$\s*/, "")}`.trim()
    : /dollars/.test(f.unit)
      ? `$${num} ${f.unit.replace(/\s*dollars/, "")}`.trim()
      : f.unit === "%" || f.unit.startsWith("% ")
        ? `${num}%`
        : `${num} ${f.unit}`;
  return lead ? `${lead} ${money}` : money;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const boxOffice = (d: SiteData, id: string) => d["box-office-2022"].find((r) => r.id === id)!;
const release = (d: SiteData, id: string) => d["film-releases-2021-2022"].find((r) => r.id === id)!;
const topBy = <T>(rows: T[], key: (r: T) => number) => [...rows].sort((a, b) => key(b) - key(a));
const topMainlandFilm = (d: SiteData) => topBy(d["mainland-films-hk-2022"], (f) => f.box_office_hkd)[0]!;
const topHkFilm = (d: SiteData) => topBy(d["hk-films-2022"], (f) => f.box_office_hkd)[0]!;
const topDrama = (d: SiteData, year: number) =>
  topBy(
    d["tvb-mainland-dramas-prime-time"].filter((r) => r.year === year),
    (r) => r.rating_points,
  )[0]!;

/** A film of Tables 4 and 7: its English title in English; in Chinese its Hong Kong title (or OpenCC's conversion of the printed one). */
function filmTitle(w: Words, film: { title_en: string; title_zh: string }): StoryValue {
  if (w.locale === "en") return { text: film.title_en };
  const t = w.title(film.title_zh);
  return { text: t.text, ...(t.lang === w.lang ? {} : { lang: t.lang }), ...(t.converted ? { converted: true } : {}) };
}

/** A TV drama, printed only in English: the glossary's Chinese title where it has one, else the English title, marked English. */
function dramaTitle(d: SiteData, w: Words, en: string): StoryValue {
  if (w.locale === "en") return { text: en };
  const g = d.glossary.find((x) => x.kind === "title" && x.en.toLowerCase() === en.toLowerCase());
  return g ? { text: g.zh_hk } : { text: en, lang: "en" };
}

/** Box office abroad as printed: "1.539 billion yuan" in English; in Chinese the amount in 萬/億 and the currency, 人民幣15.39億元. */
export function abroadBoxOffice(w: Words, r: { box_office: number; currency_printed: string; box_office_printed: string }): string {
  if (w.locale === "en") return r.box_office_printed;
  const amount = chineseAmount(r.box_office, w);
  switch (r.currency_printed) {
    case "yuan":
      return `${w.term("yuan")}${amount}元`;
    case "NT$":
      return `${w.term("ntd")}${amount}元`;
    case "S$":
      return `${amount}${w.term("sgd")}`;
    case "RM":
      return `${amount}${w.term("myr")}`;
    // Printed as a bare "$": the symbol stays, as printed, since the currency is not named.
    case "$":
      return `$${amount}`;
    default:
      throw new UnknownNumberError(`No Chinese form for the currency “${r.currency_printed}”`);
  }
}

/** Named numbers that are computed rather than looked up, in the edition of `w`. */
const NAMED: Record<string, (d: SiteData, w: Words) => string | StoryValue> = {
  "japan-first-lead-year": (d) => String(japanLeadYears(d)[0] ?? ""),
  "japan-lead-years": (d) => String(japanLeadYears(d).length),
  "imports-2016-gap-points": (d, w) => {
    const m = tradeRow(d, "imports", 2016, "mainland-china")?.share_percent;
    const j = tradeRow(d, "imports", 2016, "japan")?.share_percent;
    return m == null || j == null ? "" : w.f.decimal(m - j, 1);
  },
  "mainland-import-low-share": (d, w) => w.f.percent(mainlandImportLow(d).share_percent),
  "mainland-import-low-year": (d) => String(mainlandImportLow(d).year),
  "mainland-import-low-rank": (d, w) => w.f.rank(mainlandImportLow(d).rank),
  "releases-2022": (d, w) => w.f.integer(release(d, "first-run-films").value_2022),
  "releases-2021": (d, w) => w.f.integer(release(d, "first-run-films").value_2021),
  "hk-releases-2022": (d, w) => w.f.integer(release(d, "first-run-hong-kong-films").value_2022),
  "hk-releases-2021": (d, w) => w.f.integer(release(d, "first-run-hong-kong-films").value_2021),
  "chinese-language-releases-2022": (d, w) => w.f.integer(release(d, "first-run-non-hong-kong-chinese-language-films").value_2022),
  // Amounts told side by side share one unit: HK$ millions in English, 億 with two decimals in Chinese (11.64億港元).
  "box-office-2022": (d, w) => w.f.hkdMillions(release(d, "total-box-office").value_2022),
  "box-office-2021": (d, w) => w.f.hkdMillions(release(d, "total-box-office").value_2021),
  "box-office-change": (d, w) => w.f.percent(release(d, "total-box-office").change_percent_printed, 2),
  "box-hong-kong": (d, w) => w.f.hkdMillions(boxOffice(d, "hong-kong").box_office_hkd),
  "box-hong-kong-share": (d, w) => w.f.percent(boxOffice(d, "hong-kong").share_percent_printed, 2),
  "box-coproductions": (d, w) => w.f.hkdMillions(boxOffice(d, "hong-kong-mainland-coproductions").box_office_hkd),
  "box-coproductions-share": (d, w) => w.f.percent(boxOffice(d, "hong-kong-mainland-coproductions").share_percent_printed, 2),
  "box-chinese": (d, w) => w.f.hkd(boxOffice(d, "chinese").box_office_hkd),
  "box-chinese-share": (d, w) => w.f.percent(boxOffice(d, "chinese").share_percent_printed, 2),
  "box-foreign": (d, w) => w.f.hkdMillions(boxOffice(d, "foreign-language").box_office_hkd),
  "box-foreign-share": (d, w) => w.f.percent(boxOffice(d, "foreign-language").share_percent_printed, 2),
  "mainland-films-count": (d, w) => w.f.integer(d["mainland-films-hk-2022"].filter((f) => f.origin === "mainland-china").length),
  "taiwan-films-count": (d, w) => w.f.integer(d["mainland-films-hk-2022"].filter((f) => f.origin === "taiwan-china").length),
  "top-mainland-film": (d, w) => filmTitle(w, topMainlandFilm(d)),
  // A film's own box office: HK$ millions in English; in Chinese the house style's short form (320萬港元).
  "top-mainland-film-box": (d, w) =>
    w.locale === "en" ? w.f.hkdMillions(topMainlandFilm(d).box_office_hkd, 2) : w.f.hkdShort(topMainlandFilm(d).box_office_hkd),
  "top-mainland-film-admissions": (d, w) => w.f.integer(topMainlandFilm(d).admissions),
  "top-mainland-film-days": (d, w) => w.f.integer(topMainlandFilm(d).days_in_theatres),
  "top-mainland-film-share-of-table-4": (d, w) =>
    w.f.percent((topMainlandFilm(d).box_office_hkd / sum(d["mainland-films-hk-2022"].map((f) => f.box_office_hkd))) * 100, 0),
  "top-hk-film": (d, w) => filmTitle(w, topHkFilm(d)),
  "top-hk-film-box": (d, w) =>
    w.locale === "en" ? w.f.hkdMillions(topHkFilm(d).box_office_hkd) : w.f.hkdShort(topHkFilm(d).box_office_hkd),
  "hk-films-over-million-admissions": (d, w) => w.f.integer(d["hk-films-2022"].filter((f) => f.admissions > 1_000_000).length),
  "top-hk-film-vs-all-table-4": (d, w) =>
    w.f.decimal(topHkFilm(d).box_office_hkd / sum(d["mainland-films-hk-2022"].map((f) => f.box_office_hkd)), 0),
  "origin-usa": (d, w) => w.f.integer(d["origin-of-releases-2022"].find((o) => o.place === "usa")!.films),
  "origin-japan": (d, w) => w.f.integer(d["origin-of-releases-2022"].find((o) => o.place === "japan")!.films),
  "mainland-dramas-2022-mean": (d, w) => w.f.decimal(meanRating(d, 2022), 1),
  "mainland-dramas-2023-mean": (d, w) => w.f.decimal(meanRating(d, 2023), 1),
  "mainland-dramas-2023-top": (d, w) => dramaTitle(d, w, topDrama(d, 2023).title),
  "mainland-dramas-2022-top": (d, w) => dramaTitle(d, w, topDrama(d, 2022).title),
  "mainland-dramas-2022-top-rating": (d, w) => w.f.integer(topDrama(d, 2022).rating_points),
  "tvb-schedule-rows": (d, w) => w.f.integer(d["tvb-schedule-2024"].length),
  // The paper's endpoints, 2011 and 2022, which the chapter retells; not the latest year in the data.
  "exports-total-2011": (d, w) => w.f.hkdThousandShort(impliedExportTotal(d, 2011)),
  "exports-total-2022": (d, w) => w.f.hkdThousandShort(impliedExportTotal(d, 2022)),
  "exports-missing-cells": (d, w) =>
    w.f.integer(
      d["trade-exports"].reduce((n, r) => n + [r.place, r.value_hkd_thousand, r.share_percent].filter((v) => v === null).length, 0),
    ),
  "abroad-markets": (d, w) => w.f.integer(d["hk-films-abroad-2022"].length),
  "abroad-films": (d, w) => w.f.integer(sum(d["hk-films-abroad-2022"].map((r) => r.films))),
  "abroad-mainland-films": (d, w) => w.f.integer(d["hk-films-abroad-2022"].find((r) => r.place === "mainland-china")!.films),
  "abroad-mainland-box": (d, w) =>
    abroadBoxOffice(
      w,
      d["hk-films-abroad-2022"].find((r) => r.place === "mainland-china")!,
    ),
  "abroad-taiwan-films": (d, w) => w.f.integer(d["hk-films-abroad-2022"].find((r) => r.place === "taiwan-china")!.films),
};

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

/** The fact a key fact/<dataset>/<id> names. */
function factOf(d: SiteData, dataset: string, id: string): Fact {
  const rows = FACT_DATASET_IDS.includes(dataset as FactDatasetId) ? d[dataset as FactDatasetId] : undefined;
  const f = rows?.find((r) => r.id === id);
  if (!f) throw new UnknownNumberError(`No fact "${id}" in dataset "${dataset}"`);
  return f;
}

/** A story number by key, in an edition, with its language where it differs from the edition's. Throws on an unknown key. */
export function storyValue(d: SiteData, key: string, locale: Locale): StoryValue {
  const w = editionWords(d, locale);
  const parts = key.split("/");
  if (parts[0] === "trade" && parts.length === 5) {
    const [, direction, yearKey, place, field] = parts as [string, Direction, string, string, string];
    if (direction !== "imports" && direction !== "exports") throw new UnknownNumberError(`Unknown trade direction in "${key}"`);
    const year = tradeYear(d, direction, yearKey);
    if (field === "year") return { text: String(year) };
    const r = tradeRow(d, direction, year, place);
    if (!r) throw new UnknownNumberError(`No ${direction} row for ${place} in ${year} (key "${key}")`);
    switch (field) {
      case "value":
        return { text: w.f.hkdThousandShort(r.value_hkd_thousand) };
      case "share":
        return { text: w.f.percent(r.share_percent) };
      case "rank":
        return { text: w.f.rank(r.rank) };
      default:
        throw new UnknownNumberError(`Unknown trade field "${field}" in "${key}"`);
    }
  }
  if (parts[0] === "fact" && parts.length === 3) return { text: formatFact(factOf(d, parts[1]!, parts[2]!), w) };
  if (parts[0] === "year" && parts.length === 3) {
    const years = DIRECTIONS.includes(parts[1] as Direction) ? tradeYears(d, parts[1] as Direction) : undefined;
    if (!years) throw new UnknownNumberError(`Unknown direction in "${key}"`);
    // A bare year: the Chinese prose writes 年 after it.
    return { text: String(parts[2] === "first" ? years[0] : years.at(-1)) };
  }
  const named = NAMED[key];
  if (!named) throw new UnknownNumberError(`No story number with key "${key}"`);
  const v = named(d, w);
  return typeof v === "string" ? { text: v } : v;
}

/** A story number's text by key, in an edition ("HK$1.77bn" / "17.7億港元"). Throws on an unknown key. */
export function storyNumber(d: SiteData, key: string, locale: Locale): string {
  return storyValue(d, key, locale).text;
}
