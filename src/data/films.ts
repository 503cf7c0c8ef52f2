/** Cinema in Hong Kong, 2021-2022: paper Tables 2, 3, 4 and 7, Figure 3, and Hong Kong films abroad. */
import { defineDataset, type CheckContext, type RowsOf } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import { decimal, integer, isoDate, oneOf, place, text, yesNo, type Located } from "./schema.ts";
import { COMPENDIUM, PAGE_UNMARKED, THE_PAPER } from "./sources.ts";

/** Table 2: films released in Hong Kong in 2021 and 2022. */
export const FILM_RELEASES_2021_2022 = defineDataset({
  id: "film-releases-2021-2022",
  title: { en: "Films released in Hong Kong, 2021 and 2022", "zh-hk": "2021及2022年香港上映電影" },
  description: {
    en: "First-run releases, Hong Kong and non-Hong Kong films, and total box office, with the printed change.",
    "zh-hk": "首輪上映電影數目（香港電影及非香港電影）和全年總票房，連同論文所印的升跌幅。",
  },
  path: "data/films/film-releases-2021-2022.csv",
  kind: "file",
  primaryKey: ["id"],
  units: { en: "films; HK$; %", "zh-hk": "部；港元；%" },
  source: { reference: { en: "Table 2", "zh-hk": "表2" }, page: "84", publisher: COMPENDIUM, document: THE_PAPER },
  schema: {
    id: text({ description: "Identifier of the measure.", pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }),
    measure: text({ description: "The row label as printed." }),
    unit: oneOf({ description: "Unit of the two values.", values: ["films", "HK$"] }),
    value_2021: integer({ description: "Value for 2021.", min: 0 }),
    value_2022: integer({ description: "Value for 2022.", min: 0 }),
    change_percent_printed: decimal({ description: "Up/down percentage as printed in the paper.", unit: "%", min: -100 }).optional(),
    note: text({ description: "How the row was read." }).optional(),
  },
});
export type FilmReleasesRow = RowsOf<typeof FILM_RELEASES_2021_2022>[number];

/** Table 3: box office of films released in Hong Kong in 2022, by category. */
export const BOX_OFFICE_2022 = defineDataset({
  id: "box-office-2022",
  title: { en: "Box office of films released in Hong Kong, 2022, by category", "zh-hk": "2022年香港上映電影的票房（按類別劃分）" },
  description: {
    en:
      "Hong Kong films, Hong Kong-Mainland co-productions, Chinese (Mainland and Taiwan) films and foreign-language films, " +
      "with the printed total.",
    "zh-hk": "香港電影、香港與內地合拍片、華語片（內地及台灣）和外語片的票房，連同論文所印的總數。",
  },
  path: "data/films/box-office-2022.csv",
  kind: "file",
  primaryKey: ["id"],
  units: { en: "HK$; % of total box office", "zh-hk": "港元；佔總票房百分比" },
  source: { reference: { en: "Table 3", "zh-hk": "表3" }, page: "84", publisher: COMPENDIUM, document: THE_PAPER },
  schema: {
    id: oneOf({
      description: "Category id; `total` is the printed total row.",
      values: ["hong-kong", "hong-kong-mainland-coproductions", "chinese", "foreign-language", "total"],
    }),
    category: text({ description: "The row label as printed." }),
    box_office_hkd: integer({ description: "Cumulative box office.", unit: "HK$", min: 0 }),
    share_percent_printed: decimal({ description: "Share of total box office as printed.", unit: "%", min: 0, max: 100 }),
  },
});
export type BoxOffice2022Row = RowsOf<typeof BOX_OFFICE_2022>[number];

const RUN = {
  no: integer({ description: "Row number as printed (rank by box office).", min: 1 }),
  title_en: text({ description: "English title as printed." }),
  title_zh: text({ description: "Chinese title exactly as printed (simplified characters)." }),
  start_date: isoDate({ description: "First day in cinemas." }),
  end_date: isoDate({ description: "Last day in cinemas." }),
  days_in_theatres: integer({ description: "Number of days in cinemas, as printed.", unit: "days", min: 1 }),
  box_office_hkd: integer({ description: "Cumulative box office.", unit: "HK$", min: 0 }),
  admissions: integer({ description: "Cumulative number of visits (tickets).", unit: "admissions", min: 0 }),
  length_minutes: integer({ description: "Running time.", unit: "minutes", min: 1, max: 600 }),
};

/** A film cannot leave cinemas before it opens. */
function checkRunDates(rows: readonly Located<{ start_date: string; end_date: string }>[], at: CheckContext): DataIssue[] {
  return rows
    .filter((r) => r.end_date < r.start_date)
    .map((r) => ({
      file: at.file,
      line: r.line,
      column: at.header.indexOf("end_date") + 1,
      field: "end_date",
      value: r.end_date,
      expected: `a date on or after the start date ${r.start_date}`,
    }));
}

/** Table 4: the 18 Chinese-language (Mainland and Taiwan) films released in Hong Kong in 2022. */
export const MAINLAND_FILMS_HK_2022 = defineDataset({
  id: "mainland-films-hk-2022",
  title: { en: "Mainland Chinese and Taiwan films released in Hong Kong, 2022", "zh-hk": "2022年在香港上映的內地及台灣電影" },
  description: {
    en:
      "The 18 Chinese-language non-Hong Kong films: dates, days in cinemas, box office, admissions, length, origin, " +
      "classification and genre.",
    "zh-hk": "18部非香港華語片：上映及落畫日期、上映日數、票房、入場人次、片長、來源地、級別及類型。",
  },
  path: "data/films/mainland-films-hk-2022.csv",
  kind: "file",
  primaryKey: ["no"],
  units: { en: "HK$; admissions; minutes; days", "zh-hk": "港元；入場人次；分鐘；日" },
  source: { reference: { en: "Table 4", "zh-hk": "表4" }, page: "84-85", publisher: COMPENDIUM, document: THE_PAPER },
  check: checkRunDates,
  schema: {
    ...RUN,
    origin: place({ description: "Place of origin; the paper prints “China” for Mainland China." }),
    rating: oneOf({ description: "Hong Kong film classification (Ⅰ, ⅡA, ⅡB, Ⅲ as printed).", values: ["I", "IIA", "IIB", "III"] }),
    genre: text({ description: "Genres as printed, joined with “/”." }),
    note: text({ description: "How the row was read." }).optional(),
  },
});
export type MainlandFilmsHk2022Row = RowsOf<typeof MAINLAND_FILMS_HK_2022>[number];

/** Table 7: the 27 Hong Kong films released in Hong Kong in 2022. */
export const HK_FILMS_2022 = defineDataset({
  id: "hk-films-2022",
  title: { en: "Hong Kong films released in Hong Kong, 2022", "zh-hk": "2022年在香港上映的香港電影" },
  description: {
    en: "The 27 local films: dates, days in cinemas, box office, admissions, length and languages.",
    "zh-hk": "27部本地電影：上映及落畫日期、上映日數、票房、入場人次、片長及語言。",
  },
  path: "data/films/hk-films-2022.csv",
  kind: "file",
  primaryKey: ["no"],
  units: { en: "HK$; admissions; minutes; days", "zh-hk": "港元；入場人次；分鐘；日" },
  source: { reference: { en: "Table 7", "zh-hk": "表7" }, page: PAGE_UNMARKED, publisher: COMPENDIUM, document: THE_PAPER },
  check: checkRunDates,
  schema: {
    ...RUN,
    languages: text({
      description: "Languages as printed, joined with “;”.",
      pattern: /^[A-Z][a-z]+(;[A-Z][a-z]+)*$/,
      patternText: "language names joined with “;”, such as Mandarin;Cantonese",
    }),
    note: text({ description: "How the row was read." }).optional(),
  },
});
export type HkFilms2022Row = RowsOf<typeof HK_FILMS_2022>[number];

/** Figure 3: origin of the 216 first-run films released in Hong Kong in 2022, as the text states it. */
export const ORIGIN_OF_RELEASES_2022 = defineDataset({
  id: "origin-of-releases-2022",
  title: { en: "Origin of the films released in Hong Kong, 2022", "zh-hk": "2022年香港上映電影的來源地" },
  description: {
    en:
      "What the text states about Figure 3: the 216 first-run films by origin. Mainland and Taiwan counts are derived " +
      "from Table 4, and other foreign-language films as 171 less the United States and Japan.",
    "zh-hk":
      "論文正文對圖3的描述：216部首輪上映電影按來源地劃分。內地及台灣電影的數目由表4推算，其他外語片的數目則為171部減去美國及日本電影。",
  },
  path: "data/films/origin-of-releases-2022.csv",
  kind: "file",
  primaryKey: ["label"],
  units: { en: "films", "zh-hk": "部" },
  missingFields: [], // an empty place is the "other origins" group, not a gap
  source: {
    reference: { en: "Figure 3 (text), Tables 2 and 4", "zh-hk": "圖3（正文）、表2及表4" },
    page: PAGE_UNMARKED,
    publisher: COMPENDIUM,
    document: THE_PAPER,
  },
  check: (rows, at) =>
    rows.flatMap((r): DataIssue[] => {
      const col = (f: string) => at.header.indexOf(f) + 1;
      if (r.derived && !r.formula)
        return [
          { file: at.file, line: r.line, column: col("formula"), field: "formula", value: "", expected: "a formula for a derived number" },
        ];
      if (!r.derived && r.formula)
        return [
          {
            file: at.file,
            line: r.line,
            column: col("derived"),
            field: "derived",
            value: "no",
            expected: "“yes”, since the row gives a formula",
          },
        ];
      return [];
    }),
  schema: {
    place: place({ description: "Place of origin; empty for the group of other origins." }).optional(),
    label: text({ description: "Label shown in the chart." }),
    films: integer({ description: "Number of first-run films released in Hong Kong in 2022.", unit: "films", min: 0 }),
    derived: yesNo({ description: "Whether the number is computed from other figures rather than printed." }),
    formula: text({ description: "How a derived number is computed." }).optional(),
    source: text({ description: "Where the number comes from: table, or the sentence quoted." }),
  },
});
export type OriginOfReleases2022Row = RowsOf<typeof ORIGIN_OF_RELEASES_2022>[number];

/** The formula of a Figure 3 count the site derives from Table 4 rather than the paper prints. */
const COUNT_OF_TABLE_4 = /^count of Table 4 rows with origin ([a-z-]+)$/;

/**
 * Figure 3's counts derived from Table 4 are recomputed, so a wrong count stops the build
 * instead of being published: they can disagree only if our own data do.
 */
export function checkOriginCounts(
  origins: readonly OriginOfReleases2022Row[],
  mainlandFilms: readonly { origin: string }[],
  header: readonly string[],
): DataIssue[] {
  return origins.flatMap((r): DataIssue[] => {
    const place = r.formula === null ? undefined : COUNT_OF_TABLE_4.exec(r.formula)?.[1];
    if (place === undefined) return [];
    const n = mainlandFilms.filter((f) => f.origin === place).length;
    if (n === r.films) return [];
    const file = ORIGIN_OF_RELEASES_2022.path;
    return [
      {
        file,
        line: r.line,
        column: header.indexOf("films") + 1,
        field: "films",
        value: String(r.films),
        expected: `${n}, the Table 4 rows of origin ${place}`,
      },
    ];
  });
}

/** Hong Kong films released outside Hong Kong in 2022, as stated in the paper's prose. */
export const HK_FILMS_ABROAD_2022 = defineDataset({
  id: "hk-films-abroad-2022",
  title: { en: "Hong Kong films released abroad, 2022", "zh-hk": "2022年在香港以外上映的香港電影" },
  description: {
    en: "Films and box office by market, in the currency the paper prints; box office is not comparable across markets.",
    "zh-hk": "按市場列出的電影數目及票房，以論文所印的貨幣計算；各市場的票房不能互相比較。",
  },
  path: "data/films/hk-films-abroad-2022.csv",
  kind: "file",
  primaryKey: ["place"],
  units: { en: "films; box office in local currency as printed", "zh-hk": "部；票房以論文所印的當地貨幣計算" },
  source: {
    reference: { en: "prose, “Films Going Overseas”", "zh-hk": "正文「電影走向海外」（Films Going Overseas）一節" },
    page: PAGE_UNMARKED,
    publisher: { en: "Hong Kong Film Archive 2022 report, as cited by the paper", "zh-hk": "《香港電影資料館2022》報告，經論文引述" },
    document: THE_PAPER,
  },
  schema: {
    place: place({ description: "Market where the films were released." }),
    films: integer({ description: "Number of Hong Kong films released there in 2022.", unit: "films", min: 0 }),
    box_office: integer({ description: "Cumulative box office in the currency as printed; not comparable across rows.", min: 0 }),
    currency_printed: text({ description: "Currency as printed (yuan, NT$, S$, RM, $)." }),
    box_office_printed: text({ description: "The box office exactly as printed." }),
    note: text({ description: "How the row was read." }).optional(),
  },
});
export type HkFilmsAbroad2022Row = RowsOf<typeof HK_FILMS_ABROAD_2022>[number];
