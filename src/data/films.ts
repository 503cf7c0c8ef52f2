/** Cinema in Hong Kong, 2021-2022: paper Tables 2, 3, 4 and 7, Figure 3, and Hong Kong films abroad. */
import { decimal, integer, isoDate, oneOf, place, text, yesNo } from "./schema.ts";
import type { RowOf } from "./table.ts";

/** Table 2: films released in Hong Kong in 2021 and 2022. */
export const FILM_RELEASES_SCHEMA = {
  id: text({ description: "Identifier of the measure.", pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }),
  measure: text({ description: "The row label as printed." }),
  unit: oneOf({ description: "Unit of the two values.", values: ["films", "HK$"] }),
  value_2021: integer({ description: "Value for 2021.", min: 0 }),
  value_2022: integer({ description: "Value for 2022.", min: 0 }),
  change_percent_printed: decimal({ description: "Up/down percentage as printed in the paper.", unit: "%", min: -100 }).optional(),
  note: text({ description: "How the row was read." }).optional(),
};
export type FilmReleaseRow = RowOf<typeof FILM_RELEASES_SCHEMA>;

/** Table 3: box office of films released in Hong Kong in 2022, by category. */
export const BOX_OFFICE_SCHEMA = {
  id: oneOf({
    description: "Category id; `total` is the printed total row.",
    values: ["hong-kong", "hong-kong-mainland-coproductions", "chinese", "foreign-language", "total"],
  }),
  category: text({ description: "The row label as printed." }),
  box_office_hkd: integer({ description: "Cumulative box office.", unit: "HK$", min: 0 }),
  share_percent_printed: decimal({ description: "Share of total box office as printed.", unit: "%", min: 0, max: 100 }),
};
export type BoxOfficeRow = RowOf<typeof BOX_OFFICE_SCHEMA>;

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

/** Table 4: the 18 Chinese-language (Mainland and Taiwan) films released in Hong Kong in 2022. */
export const MAINLAND_FILMS_SCHEMA = {
  ...RUN,
  origin: place({ description: "Place of origin; the paper prints “China” for Mainland China." }),
  rating: oneOf({ description: "Hong Kong film classification (Ⅰ, ⅡA, ⅡB, Ⅲ as printed).", values: ["I", "IIA", "IIB", "III"] }),
  genre: text({ description: "Genres as printed, joined with “/”." }),
  note: text({ description: "How the row was read." }).optional(),
};
export type MainlandFilmRow = RowOf<typeof MAINLAND_FILMS_SCHEMA>;

/** Table 7: the 27 Hong Kong films released in Hong Kong in 2022. */
export const HONG_KONG_FILMS_SCHEMA = {
  ...RUN,
  languages: text({
    description: "Languages as printed, joined with “;”.",
    pattern: /^[A-Z][a-z]+(;[A-Z][a-z]+)*$/,
    patternText: "language names joined with “;”, such as Mandarin;Cantonese",
  }),
  note: text({ description: "How the row was read." }).optional(),
};
export type HongKongFilmRow = RowOf<typeof HONG_KONG_FILMS_SCHEMA>;

/** Figure 3: origin of the 216 first-run films released in Hong Kong in 2022, as the text states it. */
export const ORIGIN_OF_RELEASES_SCHEMA = {
  place: place({ description: "Place of origin; empty for the group of other origins." }).optional(),
  label: text({ description: "Label shown in the chart." }),
  films: integer({ description: "Number of first-run films released in Hong Kong in 2022.", unit: "films", min: 0 }),
  derived: yesNo({ description: "Whether the number is computed from other figures rather than printed." }),
  formula: text({ description: "How a derived number is computed." }).optional(),
  source: text({ description: "Where the number comes from: table, or the sentence quoted." }),
};
export type OriginOfReleasesRow = RowOf<typeof ORIGIN_OF_RELEASES_SCHEMA>;

/** Hong Kong films released outside Hong Kong in 2022, as stated in the paper's prose. */
export const FILMS_ABROAD_SCHEMA = {
  place: place({ description: "Market where the films were released." }),
  films: integer({ description: "Number of Hong Kong films released there in 2022.", unit: "films", min: 0 }),
  box_office: integer({ description: "Cumulative box office in the currency as printed; not comparable across rows.", min: 0 }),
  currency_printed: text({ description: "Currency as printed (yuan, NT$, S$, RM, $)." }),
  box_office_printed: text({ description: "The box office exactly as printed." }),
  note: text({ description: "How the row was read." }).optional(),
};
export type FilmsAbroadRow = RowOf<typeof FILMS_ABROAD_SCHEMA>;
