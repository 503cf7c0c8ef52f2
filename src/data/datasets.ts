/**
 * The catalogue of datasets: where each CSV lives, its schema, and where its numbers come from.
 * The /data/ page, datapackage.json and `npm run data:check` are all generated from this list.
 */
import { NEWS_REPORT, PAPER } from "../site.ts";
import { FACT_SCHEMA } from "./facts.ts";
import {
  BOX_OFFICE_SCHEMA,
  FILMS_ABROAD_SCHEMA,
  FILM_RELEASES_SCHEMA,
  HONG_KONG_FILMS_SCHEMA,
  MAINLAND_FILMS_SCHEMA,
  ORIGIN_OF_RELEASES_SCHEMA,
} from "./films.ts";
import { PLACES_FILE, PLACE_SCHEMA } from "./places.ts";
import type { TableSchema } from "./schema.ts";
import { TRADE_ROW_SCHEMA } from "./trade.ts";
import { TVB_MAINLAND_DRAMAS_SCHEMA, TVB_SCHEDULE_SCHEMA } from "./tv.ts";

export interface Source {
  /** Where in the document: "Table 1", "Figure 3 (text)", "prose". */
  reference: string;
  /** Page in the journal, as far as the extracted text shows it. */
  page: string;
  /** Who published the underlying figures. */
  publisher: string;
  /** The document transcribed. */
  document: string;
}

export interface DatasetMeta {
  id: string;
  title: string;
  description: string;
  /** A CSV file, or a folder of one CSV per year. */
  path: string;
  kind: "file" | "yearly";
  schema: TableSchema;
  primaryKey: string[];
  units: string;
  source: Source;
  /** Columns whose empty cells count as missing values; default: every optional column but note, formula and quote. */
  missingFields?: string[];
}

/** Page breaks after p. 85 are not marked in the extracted text, so later pages are given as a range. */
const PAGE_UNMARKED = "85-93";
const CREATE_HK = "Create Hong Kong, trade statistics of film- and TV-related creative goods";
const COMPENDIUM = "Hong Kong Film Industry Compendium 2022 (Create Hong Kong / Hong Kong Film Industry Association)";
const THE_PAPER = `The paper, ${PAPER.citation}, doi:${PAPER.doi}`;

export const DATASETS: readonly DatasetMeta[] = [
  {
    id: "places",
    title: "Places",
    description: "The controlled list of places used by every table: id, name as the paper prints it, and display name.",
    path: PLACES_FILE,
    kind: "file",
    schema: PLACE_SCHEMA,
    primaryKey: ["id"],
    units: "none",
    source: { reference: "All tables", page: "82-93", publisher: "this site", document: THE_PAPER },
  },
  {
    id: "trade-imports",
    title: "Top five sources of Hong Kong's imports of film- and TV-related goods, yearly from 2011",
    description:
      "One file per year: rank, place of origin, value and share of the year's total imports. 2011-2022 are the paper's Table 1, drawn in Figure 1; any later year comes from Create Hong Kong's statistics directly.",
    path: "data/trade/imports",
    kind: "yearly",
    schema: TRADE_ROW_SCHEMA,
    primaryKey: ["year", "rank"],
    units: "HK$ thousand; % of the year's total",
    source: { reference: "Table 1 and Figure 1", page: "83-84", publisher: CREATE_HK, document: THE_PAPER },
  },
  {
    id: "trade-exports",
    title: "Top five destinations of Hong Kong's exports of film- and TV-related goods, yearly from 2011",
    description:
      "One file per year: rank, destination, value and share of the year's total exports. 2011-2022 are the paper's Table 8, only partly legible: 2014-2016 and 2020-2022 are garbled and 2017-2019 is missing; illegible cells are empty with a note. Drawn in Figure 4. Any later year comes from Create Hong Kong's statistics directly.",
    path: "data/trade/exports",
    kind: "yearly",
    schema: TRADE_ROW_SCHEMA,
    primaryKey: ["year", "rank"],
    units: "HK$ thousand; % of the year's total",
    source: { reference: "Table 8 and Figure 4", page: PAGE_UNMARKED, publisher: CREATE_HK, document: THE_PAPER },
  },
  {
    id: "film-releases-2021-2022",
    title: "Films released in Hong Kong, 2021 and 2022",
    description: "First-run releases, Hong Kong and non-Hong Kong films, and total box office, with the printed change.",
    path: "data/films/film-releases-2021-2022.csv",
    kind: "file",
    schema: FILM_RELEASES_SCHEMA,
    primaryKey: ["id"],
    units: "films; HK$; %",
    source: { reference: "Table 2", page: "84", publisher: COMPENDIUM, document: THE_PAPER },
  },
  {
    id: "box-office-2022",
    title: "Box office of films released in Hong Kong, 2022, by category",
    description:
      "Hong Kong films, Hong Kong-Mainland co-productions, Chinese (Mainland and Taiwan) films and foreign-language films, with the printed total.",
    path: "data/films/box-office-2022.csv",
    kind: "file",
    schema: BOX_OFFICE_SCHEMA,
    primaryKey: ["id"],
    units: "HK$; % of total box office",
    source: { reference: "Table 3", page: "84", publisher: COMPENDIUM, document: THE_PAPER },
  },
  {
    id: "mainland-films-hk-2022",
    title: "Mainland Chinese and Taiwan films released in Hong Kong, 2022",
    description:
      "The 18 Chinese-language non-Hong Kong films: dates, days in cinemas, box office, admissions, length, origin, classification and genre.",
    path: "data/films/mainland-films-hk-2022.csv",
    kind: "file",
    schema: MAINLAND_FILMS_SCHEMA,
    primaryKey: ["no"],
    units: "HK$; admissions; minutes; days",
    source: { reference: "Table 4", page: "84-85", publisher: COMPENDIUM, document: THE_PAPER },
  },
  {
    id: "hk-films-2022",
    title: "Hong Kong films released in Hong Kong, 2022",
    description: "The 27 local films: dates, days in cinemas, box office, admissions, length and languages.",
    path: "data/films/hk-films-2022.csv",
    kind: "file",
    schema: HONG_KONG_FILMS_SCHEMA,
    primaryKey: ["no"],
    units: "HK$; admissions; minutes; days",
    source: { reference: "Table 7", page: PAGE_UNMARKED, publisher: COMPENDIUM, document: THE_PAPER },
  },
  {
    id: "origin-of-releases-2022",
    title: "Origin of the films released in Hong Kong, 2022",
    description:
      "What the text states about Figure 3: the 216 first-run films by origin. Mainland and Taiwan counts are derived from Table 4, and other foreign-language films as 171 less the United States and Japan.",
    path: "data/films/origin-of-releases-2022.csv",
    kind: "file",
    schema: ORIGIN_OF_RELEASES_SCHEMA,
    primaryKey: ["label"],
    units: "films",
    missingFields: [], // an empty place is the "other origins" group, not a gap
    source: { reference: "Figure 3 (text), Tables 2 and 4", page: PAGE_UNMARKED, publisher: COMPENDIUM, document: THE_PAPER },
  },
  {
    id: "hk-films-abroad-2022",
    title: "Hong Kong films released abroad, 2022",
    description: "Films and box office by market, in the currency the paper prints; box office is not comparable across markets.",
    path: "data/films/hk-films-abroad-2022.csv",
    kind: "file",
    schema: FILMS_ABROAD_SCHEMA,
    primaryKey: ["place"],
    units: "films; box office in local currency as printed",
    source: {
      reference: "prose, “Films Going Overseas”",
      page: PAGE_UNMARKED,
      publisher: "Hong Kong Film Archive 2022 report, as cited by the paper",
      document: THE_PAPER,
    },
  },
  {
    id: "tvb-schedule-2024",
    title: "TVB's main-channel drama schedule, 2024",
    description: "The seven series the paper lists: type, channel, dates, time slot and episodes.",
    path: "data/tv/tvb-schedule-2024.csv",
    kind: "file",
    schema: TVB_SCHEDULE_SCHEMA,
    primaryKey: ["title"],
    units: "episodes; dates",
    source: { reference: "Table 5", page: "85", publisher: "TVB schedules, via yule.hk (the paper's footnote 3)", document: THE_PAPER },
  },
  {
    id: "tvb-mainland-dramas-prime-time",
    title: "Mainland dramas in TVB's prime time, 2022-2023",
    description: "Ratings of each drama, with each year's total episodes and weeks on air.",
    path: "data/tv/tvb-mainland-dramas-prime-time.csv",
    kind: "file",
    schema: TVB_MAINLAND_DRAMAS_SCHEMA,
    primaryKey: ["title"],
    units: "rating points; episodes; weeks",
    source: { reference: "Table 6", page: "85", publisher: "TVB ratings, via yule.hk (the paper's footnote 4)", document: THE_PAPER },
  },
  {
    id: "animation-exports-2016",
    title: "China's TV-animation exports, 2016",
    description: "What the text states about Figure 2: total exports, Asia's share and Hong Kong's share, which the paper gives two ways.",
    path: "data/animation/animation-exports-2016.csv",
    kind: "file",
    schema: FACT_SCHEMA,
    primaryKey: ["id"],
    units: "million yuan; %",
    source: {
      reference: "Figure 2 (text)",
      page: PAGE_UNMARKED,
      publisher: "National Bureau of Statistics of China, as cited by the paper",
      document: THE_PAPER,
    },
  },
  {
    id: "tvb-ott",
    title: "TVB, streaming platforms and ratings: figures from the text",
    description: "Dramas aired, ratings, OTT members and subscribers, and Mainland platform deals, each with the sentence it comes from.",
    path: "data/tv/tvb-ott.csv",
    kind: "file",
    schema: FACT_SCHEMA,
    primaryKey: ["id"],
    units: "various, per row",
    source: {
      reference: "prose",
      page: PAGE_UNMARKED,
      publisher: "Hong Kong Trade Development Council; Haitong International; yule.hk; as cited by the paper",
      document: THE_PAPER,
    },
  },
  {
    id: "film-development-fund",
    title: "Film Development Fund and other public and private funding",
    description:
      "Injections, applications by scheme and approvals to 31 October 2023, the 2023 Policy Address, co-production approvals, and the 2024 revitalisation scheme.",
    path: "data/policy/film-development-fund.csv",
    kind: "file",
    schema: FACT_SCHEMA,
    primaryKey: ["id"],
    units: "HK$; applications; projects",
    source: {
      reference: "prose",
      page: "83 and 85-93",
      publisher: "Hong Kong Trade Development Council, as cited by the paper",
      document: THE_PAPER,
    },
  },
  {
    id: "filmart-2025",
    title: "FILMART 2025",
    description: "Exhibitors, economies and pavilions at the 2025 market, and the short-drama and export figures reported from its forum.",
    path: "data/policy/filmart-2025.csv",
    kind: "file",
    schema: FACT_SCHEMA,
    primaryKey: ["id"],
    units: "various, per row",
    source: { reference: "news report", page: "-", publisher: "China Daily", document: NEWS_REPORT.citation },
  },
];

export function datasetById(id: string): DatasetMeta {
  const d = DATASETS.find((x) => x.id === id);
  if (!d) throw new Error(`No dataset with id "${id}"`);
  return d;
}
