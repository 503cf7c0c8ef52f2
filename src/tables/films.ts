/** Tables 2, 3, 4 and 7: cinema in Hong Kong, 2021-2022. */
import { paperRowLabel } from "../data/findings.ts";
import type { Words } from "../data/words.ts";
import { formatCount, formatDayCount, formatFilmCount, formatYear } from "../lib/format-zh-hk.ts";
import type { Text } from "../lib/graphic-spec.ts";
import { BOX_OFFICE_2022, FILM_RELEASES_2021_2022, HK_FILMS_2022, MAINLAND_FILMS_HK_2022 } from "../data/films.ts";
import { PAPER } from "../site.ts";
import { defineTable, tableIds, type Column } from "./types.ts";

const COMPENDIUM: Text = { en: "Hong Kong Film Industry Compendium 2022", "zh-hk": "《香港電影業資料彙編2022》" };
const paperRef = (n: number): Text => ({ en: `Table ${n}`, "zh-hk": `表${n}` });
const source = (n: number): Text => ({
  en: `Source: ${COMPENDIUM.en}, via Table ${n} of the paper (${PAPER.citation})`,
  "zh-hk": `資料來源：${COMPENDIUM["zh-hk"]}，經論文表${n}（Table ${n}）；${PAPER.citation}`,
});
const n = (v: unknown, _row: unknown, w: Words) => w.f.integer(v as number | null);
/** An id from an English name: "Taiwan China" -> "taiwan-china", "Science Fiction" -> "science-fiction". */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
/** A glossary id from an English value of the data: ("genre", "Science Fiction") -> "genre-science-fiction". */
const glossaryId = (prefix: string, value: string) => `${prefix}-${slug(value)}`;
/** English text in the Chinese edition (titles with no Chinese form) is marked as English. */
const englishIn = (w: Words) => (w.locale === "en" ? undefined : "en");

/** Table 2's two years, its columns value_2021 and value_2022. */
const [EARLIER, LATER] = [2021, 2022] as const;

export type ReleasesRow = { measure: string; value_2021: number; value_2022: number; unit: string; change_percent_printed: number | null };

const releaseValue = (v: number, r: ReleasesRow, w: Words) => (r.unit === "HK$" ? w.f.hkd(v) : w.f.integer(v));

export const TABLE_2 = defineTable<ReleasesRow>({
  kind: "table",
  ...tableIds(2, FILM_RELEASES_2021_2022),
  paperRef: paperRef(2),
  title: { en: "Comparison of films released in Hong Kong in 2021 and 2022", "zh-hk": "2021年與2022年香港上映電影比較" },
  subtitle: { en: "First-run films, and total box office in HK$", "zh-hk": "首輪上映電影數目，以及全年總票房（港元）" },
  source: source(2),
  datasets: ["film-releases-2021-2022"],
  columns: [
    { key: "measure", label: { en: "Measure", "zh-hk": "項目" }, rowHeader: true, format: (v, _r, w) => paperRowLabel(String(v), w) },
    {
      key: "value_2021",
      label: { en: String(EARLIER), "zh-hk": formatYear(EARLIER) },
      numeric: true,
      format: (v, r, w) => releaseValue(v as number, r, w),
    },
    {
      key: "value_2022",
      label: { en: String(LATER), "zh-hk": formatYear(LATER) },
      numeric: true,
      format: (v, r, w) => releaseValue(v as number, r, w),
    },
    {
      key: "change_percent_printed",
      label: { en: "Up/down", "zh-hk": "升跌幅" },
      numeric: true,
      format: (v, _r, w) =>
        v !== null ? w.f.percent(v as number, 2) : w.locale === "en" ? `${w.f.missing} (not printed)` : `${w.f.missing}（論文未有列出）`,
    },
  ],
  rows: (d) =>
    d["film-releases-2021-2022"].map((r) => ({
      measure: r.measure,
      value_2021: r.value_2021,
      value_2022: r.value_2022,
      unit: r.unit,
      change_percent_printed: r.change_percent_printed,
    })),
  footnotes: [],
  notes: (_rows, w) => [
    w.locale === "en"
      ? "The Chinese-language counts are printed in brackets inside the non-Hong Kong row; they are shown here as a row of their own. " +
        "The paper prints no change for them."
      : `論文把${w.term("chinese-language-film")}的數目以括號附於非香港電影一行之內，本表另列一行。論文沒有列出這一行的升跌幅。`,
  ],
  sortable: false,
  describe: (rows, w) => {
    if (w.locale === "en")
      return (
        rows
          .map(
            (r) =>
              `${r.measure}: ${r.unit === "HK$" ? w.f.hkd(r.value_2021) : r.value_2021} in ${EARLIER}, ` +
              `${r.unit === "HK$" ? w.f.hkd(r.value_2022) : r.value_2022} in ${LATER}`,
          )
          .join(". ") + "."
      );
    const value = (v: number, r: ReleasesRow) => (r.unit === "HK$" ? w.f.hkd(v) : formatCount(v, "部"));
    return (
      rows
        .map(
          (r) =>
            `${paperRowLabel(r.measure, w)}：${w.f.year(EARLIER)}${value(r.value_2021, r)}，${w.f.year(LATER)}${value(r.value_2022, r)}`,
        )
        .join("；") + "。"
    );
  },
});

export type BoxOfficeTableRow = { category: string; box_office_hkd: number; share_percent_printed: number };

export const TABLE_3 = defineTable<BoxOfficeTableRow>({
  kind: "table",
  ...tableIds(3, BOX_OFFICE_2022),
  paperRef: paperRef(3),
  title: { en: "Box office receipts of films released in Hong Kong in 2022", "zh-hk": "2022年香港上映電影的票房收入" },
  subtitle: { en: "Cumulative box office, HK$, and share of the total, %", "zh-hk": "累計票房（港元）及佔總票房百分比（%）" },
  source: source(3),
  datasets: ["box-office-2022"],
  columns: [
    { key: "category", label: { en: "Category", "zh-hk": "類別" }, rowHeader: true, format: (v, _r, w) => paperRowLabel(String(v), w) },
    {
      key: "box_office_hkd",
      label: { en: "Cumulative box office (HK$)", "zh-hk": "累計票房（港元）" },
      numeric: true,
      format: (v, _r, w) => w.f.hkd(v as number),
    },
    {
      key: "share_percent_printed",
      label: { en: "% of total box office", "zh-hk": "佔總票房百分比" },
      numeric: true,
      format: (v, _r, w) => w.f.percent(v as number, 2),
    },
  ],
  rows: (d) =>
    d["box-office-2022"].map((r) => ({
      category: r.category,
      box_office_hkd: r.box_office_hkd,
      share_percent_printed: r.share_percent_printed,
    })),
  footnotes: [],
  notes: (_rows, w) => [
    w.locale === "en"
      ? "“Chinese film box office” covers the 18 Mainland and Taiwan films of Table 4. The last row is the paper's total."
      : `「${paperRowLabel("Chinese film box office", w)}」指表4所列的${w.place("mainland-china")}及${w.place("taiwan-china")}電影。` +
        "最後一行為論文所印的總額。",
  ],
  sortable: false,
  describe: (rows, w) =>
    w.locale === "en"
      ? rows.map((r) => `${r.category}: ${w.f.hkd(r.box_office_hkd)} (${w.f.percent(r.share_percent_printed, 2)})`).join("; ") + "."
      : rows
          .map((r) => `${paperRowLabel(r.category, w)}：${w.f.hkd(r.box_office_hkd)}（${w.f.percent(r.share_percent_printed, 2)}）`)
          .join("；") + "。",
});

export type FilmRunRow = {
  no: number;
  title_en: string;
  title_zh: string;
  start_date: string;
  end_date: string;
  days_in_theatres: number;
  box_office_hkd: number;
  admissions: number;
  length_minutes: number;
};

/** The mark after a Chinese title that is only OpenCC's conversion of the printed Simplified title. */
export const CONVERTED_MARK = "†";

/** A film's Chinese title as the edition shows it in a table cell: converted titles carry the mark. */
function titleCell(printed: string, w: Words): string {
  const t = w.title(printed);
  return t.converted ? `${t.text}${CONVERTED_MARK}` : t.text;
}

/** A title in Chinese prose (a description): converted titles say so in words. */
function titleInProse(printed: string, w: Words): string {
  const t = w.title(printed);
  return `《${t.text}》${t.converted ? "（論文所印簡體片名的轉換）" : ""}`;
}

/** In Chinese, what the mark means, if any title carries it. */
function convertedNote(rows: readonly FilmRunRow[], w: Words): string[] {
  if (w.locale === "en" || !rows.some((r) => w.title(r.title_zh).converted)) return [];
  return [
    `${CONVERTED_MARK} 未找到在香港上映時所用的中文片名：所示是論文所印簡體片名經OpenCC轉換的繁體寫法，並非上映片名。` +
      "其餘片名為電影在香港上映或香港報道所用的名稱。論文所印的簡體片名見數據下載（CSV）。",
  ];
}

function runColumns<R extends FilmRunRow>(): Column<R>[] {
  return [
    { key: "no", label: { en: "No.", "zh-hk": "編號" }, numeric: true, format: n },
    { key: "title_en", label: { en: "Title (English)", "zh-hk": "英文片名" }, rowHeader: true, lang: (_r, w) => englishIn(w) },
    {
      key: "title_zh",
      label: { en: "Title (Chinese)", "zh-hk": "中文片名" },
      format: (v, _r, w) => titleCell(String(v), w),
      lang: (r, w) => w.title(r.title_zh).lang,
    },
    { key: "start_date", label: { en: "Start date", "zh-hk": "上映日期" }, nowrap: true, format: (v, _r, w) => w.f.date(v as string) },
    { key: "end_date", label: { en: "Completion date", "zh-hk": "落畫日期" }, nowrap: true, format: (v, _r, w) => w.f.date(v as string) },
    { key: "days_in_theatres", label: { en: "Days in cinemas", "zh-hk": "上映日數" }, numeric: true, format: n },
    {
      key: "box_office_hkd",
      label: { en: "Cumulative box office (HK$)", "zh-hk": "累計票房（港元）" },
      numeric: true,
      format: (v, _r, w) => w.f.hkd(v as number),
    },
    { key: "admissions", label: { en: "Cumulative admissions", "zh-hk": "累計入場人次" }, numeric: true, format: n },
    { key: "length_minutes", label: { en: "Length (minutes)", "zh-hk": "片長（分鐘）" }, numeric: true, format: n },
  ];
}

/** How many films the story prints of Tables 4 and 7, by box office; the chapter discusses the first of each. */
const STORY_TOP_FILMS = 5;
const TOP_BY_BOX_OFFICE: Text = { en: "the films with the highest box office", "zh-hk": "票房最高的電影" };

const total = (rows: { box_office_hkd: number }[]) => rows.reduce((s, r) => s + r.box_office_hkd, 0);
const byBoxOffice = <R extends FilmRunRow>(rows: R[]) => [...rows].sort((a, b) => b.box_office_hkd - a.box_office_hkd);

/** Genres as printed ("Drama/War"): English as printed, Chinese from the glossary (劇情／戰爭). */
const genres = (v: string, w: Words) =>
  w.locale === "en"
    ? v
    : v
        .split("/")
        .map((g) => w.term(glossaryId("genre", g)))
        .join("／");

/** The paper's word for the Mainland in Table 4's origin column. */
const PRINTED_MAINLAND = "China";

/** A place's id from its name in data/places.csv ("Taiwan China" -> "taiwan-china"), or the Mainland as Table 4 prints it. */
export function placeIdOfName(name: string): string {
  return name === PRINTED_MAINLAND ? "mainland-china" : slug(name);
}

export type MainlandFilmTableRow = FilmRunRow & { origin: string; rating: string; genre: string };

const RATINGS = ["i", "iia", "iib", "iii"].map((r) => `rating-${r}`);

export const TABLE_4 = defineTable<MainlandFilmTableRow>({
  kind: "table",
  ...tableIds(4, MAINLAND_FILMS_HK_2022),
  paperRef: paperRef(4),
  title: { en: "Distribution of Mainland Chinese films released in Hong Kong in 2022", "zh-hk": "2022年在香港上映的內地電影發行情況" },
  subtitle: {
    en: "The 18 Chinese-language non-Hong Kong films: run, box office, admissions, classification and genre",
    "zh-hk": "全部在香港首輪上映的非香港華語片：上映期、票房、入場人次、級別及類型",
  },
  source: source(4),
  datasets: ["mainland-films-hk-2022", "places"],
  columns: [
    ...runColumns<MainlandFilmTableRow>(),
    {
      key: "origin",
      label: { en: "Place of origin", "zh-hk": "來源地" },
      nowrap: true,
      format: (v, _r, w) => (w.locale === "en" ? String(v) : w.place(placeIdOfName(String(v)))),
    },
    {
      key: "rating",
      label: { en: "Level", "zh-hk": "級別" },
      nowrap: true,
      format: (v, _r, w) => (w.locale === "en" ? String(v) : w.term(glossaryId("rating", String(v)))),
    },
    { key: "genre", label: { en: "Type", "zh-hk": "類型" }, format: (v, _r, w) => genres(String(v), w) },
  ],
  rows: (d) => {
    const names = new Map(d.places.map((p) => [p.id, p.name]));
    return d["mainland-films-hk-2022"].map(
      ({
        no,
        title_en,
        title_zh,
        start_date,
        end_date,
        days_in_theatres,
        box_office_hkd,
        admissions,
        length_minutes,
        origin,
        rating,
        genre,
      }) => ({
        no,
        title_en,
        title_zh,
        start_date,
        end_date,
        days_in_theatres,
        box_office_hkd,
        admissions,
        length_minutes,
        // The paper prints "China" for the Mainland; keep its wording in the table.
        origin: origin === "mainland-china" ? PRINTED_MAINLAND : (names.get(origin) ?? origin),
        rating,
        genre,
      }),
    );
  },
  footnotes: [],
  notes: (rows, w) => {
    const fromTaiwan = rows.filter((r) => r.origin !== PRINTED_MAINLAND).length;
    if (w.locale === "en")
      return [
        `The paper prints “China” for Mainland China; ${fromTaiwan} of the ${rows.length} films are ` +
          `from Taiwan. Levels are Hong Kong film classifications (I, IIA, IIB, III).`,
        `Together they took ${w.f.hkd(total(rows))}.`,
      ];
    return [
      `論文把內地電影的來源地印作「中國」（${PRINTED_MAINLAND}），本表寫作「${w.place("mainland-china")}」；` +
        `${formatFilmCount(rows.length)}中有${formatCount(fromTaiwan, "部")}來自${w.place("taiwan-china")}。` +
        `級別為${w.place("hong-kong-china")}${w.term("classification")}（${w.f.list(RATINGS.map((r) => w.term(r)))}）。`,
      `${formatFilmCount(rows.length)}合共收得票房${w.f.hkd(total(rows))}。`,
      ...convertedNote(rows, w),
    ];
  },
  sortable: true,
  excerpt: { kind: "top", column: "box_office_hkd", count: STORY_TOP_FILMS, what: TOP_BY_BOX_OFFICE },
  describe: (rows, w) => {
    const top = byBoxOffice(rows)[0]!;
    if (w.locale === "en")
      return (
        `${rows.length} films, ${w.f.hkd(total(rows))} in all. The largest, ${top.title_en}, took ${w.f.hkd(top.box_office_hkd)} ` +
        `from ${w.f.integer(top.admissions)} admissions over ${top.days_in_theatres} days.`
      );
    return (
      `共${formatFilmCount(rows.length)}，票房合共${w.f.hkd(total(rows))}。票房最高的${titleInProse(top.title_zh, w)}` +
      `上映${formatDayCount(top.days_in_theatres)}，${w.term("admissions")}${w.f.integer(top.admissions)}，票房${w.f.hkd(top.box_office_hkd)}。`
    );
  },
});

export type HongKongFilmTableRow = FilmRunRow & { languages: string };

export const TABLE_7 = defineTable<HongKongFilmTableRow>({
  kind: "table",
  ...tableIds(7, HK_FILMS_2022),
  paperRef: paperRef(7),
  title: { en: "Hong Kong Local Films Released in Hong Kong in 2022", "zh-hk": "2022年在香港上映的本地電影" },
  subtitle: {
    en: "The 27 first-run Hong Kong films: run, box office, admissions and language",
    "zh-hk": "全部在香港首輪上映的香港電影：上映期、票房、入場人次及語言",
  },
  source: source(7),
  datasets: ["hk-films-2022"],
  columns: [
    ...runColumns<HongKongFilmTableRow>(),
    {
      key: "languages",
      label: { en: "Languages", "zh-hk": "語言" },
      format: (v, _r, w) =>
        w.locale === "en"
          ? String(v).split(";").join(", ")
          : String(v)
              .split(";")
              .map((l) => w.term(slug(l)))
              .join("、"),
    },
  ],
  rows: (d) =>
    d["hk-films-2022"].map(
      ({ no, title_en, title_zh, start_date, end_date, days_in_theatres, box_office_hkd, admissions, length_minutes, languages }) => ({
        no,
        title_en,
        title_zh,
        start_date,
        end_date,
        days_in_theatres,
        box_office_hkd,
        admissions,
        length_minutes,
        languages,
      }),
    ),
  footnotes: [],
  notes: (rows, w) =>
    w.locale === "en"
      ? [`Together they took ${w.f.hkd(total(rows))}. English titles as printed (including “Phanlom Or The Opera”).`]
      : [
          `${formatFilmCount(rows.length)}合共收得票房${w.f.hkd(total(rows))}。英文片名照論文原文（包括誤拼的「Phanlom Or The Opera」）。`,
          ...convertedNote(rows, w),
        ],
  sortable: true,
  excerpt: { kind: "top", column: "box_office_hkd", count: STORY_TOP_FILMS, what: TOP_BY_BOX_OFFICE },
  describe: (rows, w) => {
    const [a, b] = byBoxOffice(rows);
    if (w.locale === "en")
      return (
        `${rows.length} films, ${w.f.hkd(total(rows))} in all. Top: ${a!.title_en}, ${w.f.hkd(a!.box_office_hkd)}; then ` +
        `${b!.title_en}, ${w.f.hkd(b!.box_office_hkd)}.`
      );
    return (
      `共${formatFilmCount(rows.length)}，票房合共${w.f.hkd(total(rows))}。最高為${titleInProse(a!.title_zh, w)}，` +
      `${w.f.hkd(a!.box_office_hkd)}；其次為${titleInProse(b!.title_zh, w)}，${w.f.hkd(b!.box_office_hkd)}。`
    );
  },
});
