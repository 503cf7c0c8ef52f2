/**
 * The registry: every chart in story order. Stories, chart pages and embeds all read this list,
 * so a chart exists once and is found by id.
 */
import { ANIMATION_EXPORTS_2016 } from "./animation-exports-2016.ts";
import { BOX_OFFICE_2022 } from "./box-office-2022.ts";
import { EXPORTS_MAINLAND_VS_TAIWAN } from "./exports-mainland-vs-taiwan.ts";
import { HK_FILMS_2022_BOX_OFFICE } from "./hk-films-2022-box-office.ts";
import { HK_FILMS_ABROAD_2022 } from "./hk-films-abroad-2022.ts";
import { IMPORTS_MAINLAND_VS_JAPAN } from "./imports-mainland-vs-japan.ts";
import { IMPORTS_TOP_FIVE } from "./imports-top-five.ts";
import { MAINLAND_FILMS_HK_2022_BOX_OFFICE } from "./mainland-films-hk-2022-box-office.ts";
import { ORIGIN_OF_RELEASES_2022 } from "./origin-of-releases-2022.ts";
import { TVB_MAINLAND_DRAMAS_RATINGS } from "./tvb-mainland-dramas-ratings.ts";
import type { ChartSpec } from "./types.ts";

/** In the order the paper tells the story: imports, cinema, television, animation, exports. */
export const CHARTS: readonly ChartSpec[] = [
  IMPORTS_TOP_FIVE,
  IMPORTS_MAINLAND_VS_JAPAN,
  BOX_OFFICE_2022,
  MAINLAND_FILMS_HK_2022_BOX_OFFICE,
  TVB_MAINLAND_DRAMAS_RATINGS,
  ANIMATION_EXPORTS_2016,
  ORIGIN_OF_RELEASES_2022,
  HK_FILMS_2022_BOX_OFFICE,
  EXPORTS_MAINLAND_VS_TAIWAN,
  HK_FILMS_ABROAD_2022,
];

export function chartById(id: string): ChartSpec | undefined {
  return CHARTS.find((c) => c.id === id);
}
