/** Animation: what the text states about Figure 2, China's TV-animation exports in 2016. */
import { factDataset } from "./facts.ts";
import { PAGE_UNMARKED, THE_PAPER } from "./sources.ts";

export const ANIMATION_EXPORTS_2016 = factDataset({
  id: "animation-exports-2016",
  title: "China's TV-animation exports, 2016",
  description: "What the text states about Figure 2: total exports, Asia's share and Hong Kong's share, which the paper gives two ways.",
  path: "data/animation/animation-exports-2016.csv",
  units: "million yuan; %",
  source: {
    reference: "Figure 2 (text)",
    page: PAGE_UNMARKED,
    publisher: "National Bureau of Statistics of China, as cited by the paper",
    document: THE_PAPER,
  },
});
