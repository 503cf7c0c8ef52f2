/**
 * The registry: every dataset, in the order the /data/ page lists them. Adding a dataset is its
 * CSV, its definition (defineDataset in a module of this folder), and one line here; the loader,
 * the type of the loaded data, the /data/ catalogue and datapackage.json follow from this list.
 */
import { ANIMATION_EXPORTS_2016 } from "./animation.ts";
import type { RowsOf } from "./dataset.ts";
import {
  BOX_OFFICE_2022,
  FILM_RELEASES_2021_2022,
  HK_FILMS_2022,
  HK_FILMS_ABROAD_2022,
  MAINLAND_FILMS_HK_2022,
  ORIGIN_OF_RELEASES_2022,
  checkOriginCounts,
} from "./films.ts";
import { checkFactLabelsZhHk } from "./facts.ts";
import { GLOSSARY, attestedForms, checkGlossary, glossaryReferences } from "./glossary.ts";
import type { DataIssue } from "./issues.ts";
import { PAPER_SENTENCES, PAPER_SENTENCES_ZH_HK, checkTranslations } from "./paper-sentences.ts";
import { PLACES } from "./places.ts";
import { FILMART_2025, FILM_DEVELOPMENT_FUND } from "./policy.ts";
import { TRADE_EXPORTS, TRADE_IMPORTS, checkBothDirections } from "./trade.ts";
import { TVB_MAINLAND_DRAMAS_PRIME_TIME, TVB_OTT, TVB_SCHEDULE_2024 } from "./tv.ts";

export const DATASETS = [
  PLACES,
  TRADE_IMPORTS,
  TRADE_EXPORTS,
  FILM_RELEASES_2021_2022,
  BOX_OFFICE_2022,
  MAINLAND_FILMS_HK_2022,
  HK_FILMS_2022,
  ORIGIN_OF_RELEASES_2022,
  HK_FILMS_ABROAD_2022,
  TVB_SCHEDULE_2024,
  TVB_MAINLAND_DRAMAS_PRIME_TIME,
  ANIMATION_EXPORTS_2016,
  TVB_OTT,
  FILM_DEVELOPMENT_FUND,
  FILMART_2025,
  PAPER_SENTENCES,
  PAPER_SENTENCES_ZH_HK,
  GLOSSARY,
] as const;

export type Dataset = (typeof DATASETS)[number];
export type DatasetId = Dataset["id"];

/** Every dataset's rows, by dataset id: what loadSiteData returns, checked. */
export type SiteData = { readonly [D in Dataset as D["id"]]: RowsOf<D> };

/** The datasets of figures stated in prose (the fact schema), each figure with its sentence. */
export const FACT_DATASETS = [ANIMATION_EXPORTS_2016, TVB_OTT, FILM_DEVELOPMENT_FUND, FILMART_2025] as const;
export type FactDatasetId = (typeof FACT_DATASETS)[number]["id"];
export const FACT_DATASET_IDS: readonly FactDatasetId[] = FACT_DATASETS.map((d) => d.id);

export interface CrossCheckContext {
  root: string;
  /** data/, or the folder of a frozen edition laid out like it; problems named with data/ paths are moved there. */
  dataDir: string;
  /** The header of a file that was read (named by its path in data/), to give columns. */
  header(file: string): readonly string[];
}

export interface CrossCheck {
  /** The datasets it compares: it runs only when they all read without a problem, so one bad cell is not reported twice. */
  needs: readonly DatasetId[];
  check(data: SiteData, at: CrossCheckContext): DataIssue[];
}

/** Checks that need more than one dataset, run once every dataset has been read. */
export const CROSS_CHECKS: readonly CrossCheck[] = [
  { needs: [], check: (_data, at) => checkBothDirections(at.root, at.dataDir) },
  {
    needs: ["origin-of-releases-2022", "mainland-films-hk-2022"],
    check: (data, at) =>
      checkOriginCounts(data["origin-of-releases-2022"], data["mainland-films-hk-2022"], at.header(ORIGIN_OF_RELEASES_2022.path)),
  },
  {
    needs: ["paper-sentences", "paper-sentences-zh-hk"],
    check: (data, at) => checkTranslations(data["paper-sentences"], data["paper-sentences-zh-hk"], at.header(PAPER_SENTENCES_ZH_HK.path)),
  },
  {
    needs: ["glossary", "places", "mainland-films-hk-2022", "hk-films-2022", "tvb-schedule-2024"],
    check: (data, at) =>
      checkGlossary(
        GLOSSARY.path,
        at.header(GLOSSARY.path),
        data.glossary,
        glossaryReferences(data.places, data["mainland-films-hk-2022"], data["hk-films-2022"], data["tvb-schedule-2024"]),
      ),
  },
  // Each figure's Chinese label as Hong Kong writes it; the glossary's attested forms may stand.
  ...FACT_DATASETS.map((d): CrossCheck => ({
    needs: ["glossary", d.id],
    check: (data, at) => checkFactLabelsZhHk(d.path, at.header(d.path), data[d.id], attestedForms(data.glossary)),
  })),
];

export function datasetById(id: string): Dataset {
  const d = DATASETS.find((x) => x.id === id);
  if (!d) throw new Error(`No dataset with id "${id}"`);
  return d;
}
