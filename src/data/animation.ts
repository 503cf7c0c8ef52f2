/** Animation: what the text states about Figure 2, China's TV-animation exports in 2016. */
import { factDataset } from "./facts.ts";
import { PAGE_UNMARKED, THE_PAPER } from "./sources.ts";

export const ANIMATION_EXPORTS_2016 = factDataset({
  id: "animation-exports-2016",
  title: { en: "China's TV-animation exports, 2016", "zh-hk": "" },
  description: { en: "What the text states about Figure 2: total exports, Asia's share and Hong Kong's share, which the paper gives two ways.", "zh-hk": "" },
  path: "data/animation/animation-exports-2016.csv",
  units: { en: "million yuan; %", "zh-hk": "" },
  source: {
    reference: { en: "Figure 2 (text)", "zh-hk": "" },
    page: PAGE_UNMARKED,
    publisher: { en: "National Bureau of Statistics of China, as cited by the paper", "zh-hk": "" },
    document: THE_PAPER,
  },
});
