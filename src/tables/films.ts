/** Tables 2, 3, 4 and 7: cinema in Hong Kong, 2021-2022. */
import { formatDate, formatHKD, formatInteger, formatPercent, MISSING } from "../lib/format.ts";
import { defineTable, type Column } from "./types.ts";

const COMPENDIUM = "Hong Kong Film Industry Compendium 2022";
const source = (table: string) => `Source: ${COMPENDIUM}, via ${table} of the paper (J. Mod. Soc. Sci. 2(1), 2025)`;
const n = (v: unknown) => formatInteger(v as number | null);

export type ReleasesRow = { measure: string; value_2021: number; value_2022: number; unit: string; change_percent_printed: number | null };

export const TABLE_2 = defineTable<ReleasesRow>({
  kind: "table",
  id: "table-2-film-releases",
  paperRef: { en: "Table 2", "zh-hk": "" },
  title: { en: "Comparison of films released in Hong Kong in 2021 and 2022", "zh-hk": "" },
  subtitle: { en: "First-run films, and total box office in HK$", "zh-hk": "" },
  source: { en: source("Table 2"), "zh-hk": "" },
  datasets: ["film-releases-2021-2022"],
  columns: [
    { key: "measure", label: { en: "Measure", "zh-hk": "" }, rowHeader: true },
    { key: "value_2021", label: { en: "2021", "zh-hk": "" }, numeric: true, format: (v, r) => (r.unit === "HK$" ? formatHKD(v as number) : n(v)) },
    { key: "value_2022", label: { en: "2022", "zh-hk": "" }, numeric: true, format: (v, r) => (r.unit === "HK$" ? formatHKD(v as number) : n(v)) },
    {
      key: "change_percent_printed",
      label: { en: "Up/down", "zh-hk": "" },
      numeric: true,
      format: (v) => (v === null ? `${MISSING} (not printed)` : formatPercent(v as number, 2)),
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
  notes: () => [
    "The Chinese-language counts are printed in brackets inside the non-Hong Kong row; they are shown here as a row of their own. " +
      "The paper prints no change for them.",
  ],
  sortable: false,
  describe: (rows) =>
    rows
      .map(
        (r) =>
          `${r.measure}: ${r.unit === "HK$" ? formatHKD(r.value_2021) : r.value_2021} in 2021, ` +
          `${r.unit === "HK$" ? formatHKD(r.value_2022) : r.value_2022} in 2022`,
      )
      .join(". ") + ".",
});

export type BoxOfficeTableRow = { category: string; box_office_hkd: number; share_percent_printed: number };

export const TABLE_3 = defineTable<BoxOfficeTableRow>({
  kind: "table",
  id: "table-3-box-office-2022",
  paperRef: { en: "Table 3", "zh-hk": "" },
  title: { en: "Box office receipts of films released in Hong Kong in 2022", "zh-hk": "" },
  subtitle: { en: "Cumulative box office, HK$, and share of the total, %", "zh-hk": "" },
  source: { en: source("Table 3"), "zh-hk": "" },
  datasets: ["box-office-2022"],
  columns: [
    { key: "category", label: { en: "Category", "zh-hk": "" }, rowHeader: true },
    { key: "box_office_hkd", label: { en: "Cumulative box office (HK$)", "zh-hk": "" }, numeric: true, format: (v) => formatHKD(v as number) },
    { key: "share_percent_printed", label: { en: "% of total box office", "zh-hk": "" }, numeric: true, format: (v) => formatPercent(v as number, 2) },
  ],
  rows: (d) =>
    d["box-office-2022"].map((r) => ({
      category: r.category,
      box_office_hkd: r.box_office_hkd,
      share_percent_printed: r.share_percent_printed,
    })),
  footnotes: [],
  notes: () => ["“Chinese film box office” covers the 18 Mainland and Taiwan films of Table 4. The last row is the paper's total."],
  sortable: false,
  describe: (rows) =>
    rows.map((r) => `${r.category}: ${formatHKD(r.box_office_hkd)} (${formatPercent(r.share_percent_printed, 2)})`).join("; ") + ".",
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

function runColumns<R extends FilmRunRow>(): Column<R>[] {
  return [
    { key: "no", label: { en: "No.", "zh-hk": "" }, numeric: true, format: (v) => String(v) },
    { key: "title_en", label: { en: "Title (English)", "zh-hk": "" }, rowHeader: true },
    { key: "title_zh", label: { en: "Title (Chinese)", "zh-hk": "" }, format: (v, _r, w) => w.title(String(v)).text, lang: (r, w) => w.title(r.title_zh).lang },
    { key: "start_date", label: { en: "Start date", "zh-hk": "" }, format: (v) => formatDate(v as string) },
    { key: "end_date", label: { en: "Completion date", "zh-hk": "" }, format: (v) => formatDate(v as string) },
    { key: "days_in_theatres", label: { en: "Days in cinemas", "zh-hk": "" }, numeric: true, format: n },
    { key: "box_office_hkd", label: { en: "Cumulative box office (HK$)", "zh-hk": "" }, numeric: true, format: (v) => formatHKD(v as number) },
    { key: "admissions", label: { en: "Cumulative admissions", "zh-hk": "" }, numeric: true, format: n },
    { key: "length_minutes", label: { en: "Length (minutes)", "zh-hk": "" }, numeric: true, format: n },
  ];
}

const total = (rows: { box_office_hkd: number }[]) => rows.reduce((s, r) => s + r.box_office_hkd, 0);

export type MainlandFilmTableRow = FilmRunRow & { origin: string; rating: string; genre: string };

export const TABLE_4 = defineTable<MainlandFilmTableRow>({
  kind: "table",
  id: "table-4-mainland-films-2022",
  paperRef: { en: "Table 4", "zh-hk": "" },
  title: { en: "Distribution of Mainland Chinese films released in Hong Kong in 2022", "zh-hk": "" },
  subtitle: { en: "The 18 Chinese-language non-Hong Kong films: run, box office, admissions, classification and genre", "zh-hk": "" },
  source: { en: source("Table 4"), "zh-hk": "" },
  datasets: ["mainland-films-hk-2022", "places"],
  columns: [
    ...runColumns<MainlandFilmTableRow>(),
    { key: "origin", label: { en: "Place of origin", "zh-hk": "" } },
    { key: "rating", label: { en: "Level", "zh-hk": "" } },
    { key: "genre", label: { en: "Type", "zh-hk": "" } },
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
        origin: origin === "mainland-china" ? "China" : (names.get(origin) ?? origin),
        rating,
        genre,
      }),
    );
  },
  footnotes: [],
  notes: (rows) => [
    `The paper prints “China” for Mainland China; ${rows.filter((r) => r.origin !== "China").length} of the ${rows.length} films are ` +
      `from Taiwan. Levels are Hong Kong film classifications (I, IIA, IIB, III).`,
    `Together they took ${formatHKD(total(rows))}.`,
  ],
  sortable: true,
  describe: (rows) => {
    const top = [...rows].sort((a, b) => b.box_office_hkd - a.box_office_hkd)[0]!;
    return (
      `${rows.length} films, ${formatHKD(total(rows))} in all. The largest, ${top.title_en}, took ${formatHKD(top.box_office_hkd)} ` +
      `from ${formatInteger(top.admissions)} admissions over ${top.days_in_theatres} days.`
    );
  },
});

export type HongKongFilmTableRow = FilmRunRow & { languages: string };

export const TABLE_7 = defineTable<HongKongFilmTableRow>({
  kind: "table",
  id: "table-7-hong-kong-films-2022",
  paperRef: { en: "Table 7", "zh-hk": "" },
  title: { en: "Hong Kong Local Films Released in Hong Kong in 2022", "zh-hk": "" },
  subtitle: { en: "The 27 first-run Hong Kong films: run, box office, admissions and language", "zh-hk": "" },
  source: { en: source("Table 7"), "zh-hk": "" },
  datasets: ["hk-films-2022"],
  columns: [
    ...runColumns<HongKongFilmTableRow>(),
    { key: "languages", label: { en: "Languages", "zh-hk": "" }, format: (v) => String(v).split(";").join(", ") },
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
  notes: (rows) => [`Together they took ${formatHKD(total(rows))}. English titles as printed (including “Phanlom Or The Opera”).`],
  sortable: true,
  describe: (rows) => {
    const [a, b] = [...rows].sort((x, y) => y.box_office_hkd - x.box_office_hkd);
    return (
      `${rows.length} films, ${formatHKD(total(rows))} in all. Top: ${a!.title_en}, ${formatHKD(a!.box_office_hkd)}; then ` +
      `${b!.title_en}, ${formatHKD(b!.box_office_hkd)}.`
    );
  },
});
