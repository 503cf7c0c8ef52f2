/** Policy and industry: the Film Development Fund and other funding (the paper's prose), and FILMART 2025 (the news report). */
import { NEWS_REPORT } from "../site.ts";
import { factDataset } from "./facts.ts";
import { THE_PAPER } from "./sources.ts";

export const FILM_DEVELOPMENT_FUND = factDataset({
  id: "film-development-fund",
  title: { en: "Film Development Fund and other public and private funding", "zh-hk": "電影發展基金及其他公私營資助" },
  description: {
    en:
      "Injections, applications by scheme and approvals to 31 October 2023, the 2023 Policy Address, co-production approvals, " +
      "and the 2024 revitalisation scheme.",
    "zh-hk": "注資、截至2023年10月31日各計劃的申請及獲批項目、《2023年施政報告》、合拍片審批，以及2024年的「港藝振興計劃」。",
  },
  path: "data/policy/film-development-fund.csv",
  units: { en: "HK$; applications; projects", "zh-hk": "港元；申請宗數；項目數目" },
  source: {
    reference: { en: "prose", "zh-hk": "正文" },
    page: "83 and 85-93",
    publisher: { en: "Hong Kong Trade Development Council, as cited by the paper", "zh-hk": "香港貿易發展局，經論文引述" },
    document: THE_PAPER,
  },
});

export const FILMART_2025 = factDataset({
  id: "filmart-2025",
  title: { en: "FILMART 2025", "zh-hk": "2025年香港國際影視展（FILMART）" },
  description: {
    en: "Exhibitors, economies and pavilions at the 2025 market, and the short-drama and export figures reported from its forum.",
    "zh-hk": "2025年影視展的參展商、參展經濟體及展館數目，以及報道引述其論壇上的短劇及出口數字。",
  },
  path: "data/policy/filmart-2025.csv",
  units: { en: "various, per row", "zh-hk": "各行不同" },
  source: {
    reference: { en: "news report", "zh-hk": "新聞報道" },
    page: "-",
    publisher: { en: "China Daily", "zh-hk": "《中國日報》" },
    document: NEWS_REPORT.citation.en,
  },
});
