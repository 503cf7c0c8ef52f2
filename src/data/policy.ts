/** Policy and industry: the Film Development Fund and other funding (the paper's prose), and FILMART 2025 (the news report). */
import { NEWS_REPORT } from "../site.ts";
import { factDataset } from "./facts.ts";
import { THE_PAPER } from "./sources.ts";

export const FILM_DEVELOPMENT_FUND = factDataset({
  id: "film-development-fund",
  title: "Film Development Fund and other public and private funding",
  description:
    "Injections, applications by scheme and approvals to 31 October 2023, the 2023 Policy Address, co-production approvals, " +
    "and the 2024 revitalisation scheme.",
  path: "data/policy/film-development-fund.csv",
  units: "HK$; applications; projects",
  source: {
    reference: "prose",
    page: "83 and 85-93",
    publisher: "Hong Kong Trade Development Council, as cited by the paper",
    document: THE_PAPER,
  },
});

export const FILMART_2025 = factDataset({
  id: "filmart-2025",
  title: "FILMART 2025",
  description: "Exhibitors, economies and pavilions at the 2025 market, and the short-drama and export figures reported from its forum.",
  path: "data/policy/filmart-2025.csv",
  units: "various, per row",
  source: { reference: "news report", page: "-", publisher: "China Daily", document: NEWS_REPORT.citation.en },
});
