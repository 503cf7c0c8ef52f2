/** Policy and industry: the Film Development Fund and other funding (the paper's prose), and FILMART 2025 (the news report). */
import { NEWS_REPORT } from "../site.ts";
import { factDataset } from "./facts.ts";
import { THE_PAPER } from "./sources.ts";

export const FILM_DEVELOPMENT_FUND = factDataset({
  id: "film-development-fund",
  title: { en: "Film Development Fund and other public and private funding", "zh-hk": "" },
  description:
    { en: "Injections, applications by scheme and approvals to 31 October 2023, the 2023 Policy Address, co-production approvals, " +
    "and the 2024 revitalisation scheme.", "zh-hk": "" },
  path: "data/policy/film-development-fund.csv",
  units: { en: "HK$; applications; projects", "zh-hk": "" },
  source: {
    reference: { en: "prose", "zh-hk": "" },
    page: "83 and 85-93",
    publisher: { en: "Hong Kong Trade Development Council, as cited by the paper", "zh-hk": "" },
    document: THE_PAPER,
  },
});

export const FILMART_2025 = factDataset({
  id: "filmart-2025",
  title: { en: "FILMART 2025", "zh-hk": "" },
  description: { en: "Exhibitors, economies and pavilions at the 2025 market, and the short-drama and export figures reported from its forum.", "zh-hk": "" },
  path: "data/policy/filmart-2025.csv",
  units: { en: "various, per row", "zh-hk": "" },
  source: { reference: { en: "news report", "zh-hk": "" }, page: "-", publisher: { en: "China Daily", "zh-hk": "" }, document: NEWS_REPORT.citation.en },
});
