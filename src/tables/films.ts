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
  paperRef: "Table 2",
  title: "Films released in Hong Kong in 2021 and 2022",
  subtitle: "First-run films, and total box office in HK$",
  source: source("Table 2"),
  datasets: ["film-releases-2021-2022"],
  columns: [
    { key: "measure", label: "Measure", rowHeader: true },
    { key: "value_2021", label: "2021", numeric: true, format: (v, r) => (r.unit === "HK$" ? formatHKD(v as number) : n(v)) },
    { key: "value_2022", label: "2022", numeric: true, format: (v, r) => (r.unit === "HK$" ? formatHKD(v as number) : n(v)) },
    {
      key: "change_percent_printed",
      label: "Up/down",
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
  paperRef: "Table 3",
  title: "Box office receipts of films released in Hong Kong in 2022",
  subtitle: "Cumulative box office, HK$, and share of the total, %",
  source: source("Table 3"),
  datasets: ["box-office-2022"],
  columns: [
    { key: "category", label: "Category", rowHeader: true },
    { key: "box_office_hkd", label: "Cumulative box office (HK$)", numeric: true, format: (v) => formatHKD(v as number) },
    { key: "share_percent_printed", label: "% of total box office", numeric: true, format: (v) => formatPercent(v as number, 2) },
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
    { key: "no", label: "No.", numeric: true, format: (v) => String(v) },
    { key: "title_en", label: "Title (English)", rowHeader: true },
    { key: "title_zh", label: "Title (Chinese)", lang: "zh-Hans" },
    { key: "start_date", label: "Start date", format: (v) => formatDate(v as string) },
    { key: "end_date", label: "Completion date", format: (v) => formatDate(v as string) },
    { key: "days_in_theatres", label: "Days in cinemas", numeric: true, format: n },
    { key: "box_office_hkd", label: "Cumulative box office (HK$)", numeric: true, format: (v) => formatHKD(v as number) },
    { key: "admissions", label: "Cumulative admissions", numeric: true, format: n },
    { key: "length_minutes", label: "Length (minutes)", numeric: true, format: n },
  ];
}

const total = (rows: { box_office_hkd: number }[]) => rows.reduce((s, r) => s + r.box_office_hkd, 0);

export type MainlandFilmTableRow = FilmRunRow & { origin: string; rating: string; genre: string };

export const TABLE_4 = defineTable<MainlandFilmTableRow>({
  kind: "table",
  id: "table-4-mainland-films-2022",
  paperRef: "Table 4",
  title: "Distribution of Mainland Chinese films released in Hong Kong in 2022",
  subtitle: "The 18 Chinese-language non-Hong Kong films: run, box office, admissions, classification and genre",
  source: source("Table 4"),
  datasets: ["mainland-films-hk-2022", "places"],
  columns: [
    ...runColumns<MainlandFilmTableRow>(),
    { key: "origin", label: "Place of origin" },
    { key: "rating", label: "Level" },
    { key: "genre", label: "Type" },
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
  paperRef: "Table 7",
  title: "Hong Kong local films released in Hong Kong in 2022",
  subtitle: "The 27 first-run Hong Kong films: run, box office, admissions and language",
  source: source("Table 7"),
  datasets: ["hk-films-2022"],
  columns: [
    ...runColumns<HongKongFilmTableRow>(),
    { key: "languages", label: "Languages", format: (v) => String(v).split(";").join(", ") },
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
