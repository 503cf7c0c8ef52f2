/** Animation: what the text states about Figure 2, China's TV-animation exports in 2016. */
import { factDataset } from "./facts.ts";
import { PAGE_UNMARKED, THE_PAPER } from "./sources.ts";

export const ANIMATION_EXPORTS_2016 = factDataset({
  id: "animation-exports-2016",
  title: { en: "China's TV-animation exports, 2016", "zh-hk": "2016年中國電視動畫出口" },
  description: {
    en: "What the text states about Figure 2: total exports, Asia's share and Hong Kong's share, which the paper gives two ways.",
    "zh-hk": "論文正文對圖2的描述：出口總額、亞洲的佔比，以及香港的佔比（論文有兩種説法）。",
  },
  path: "data/animation/animation-exports-2016.csv",
  units: { en: "million yuan; %", "zh-hk": "百萬元人民幣；%" },
  source: {
    reference: { en: "Figure 2 (text)", "zh-hk": "圖2（正文）" },
    page: PAGE_UNMARKED,
    publisher: { en: "National Bureau of Statistics of China, as cited by the paper", "zh-hk": "國家統計局，經論文引述" },
    document: THE_PAPER,
  },
});
