/**
 * Site-wide constants: the site's name, the two documents it is built from, and the width of
 * exported images. A leaf like src/lib/: every layer may import it, it imports only lib/.
 */
import type { Localized } from "./lib/i18n.ts";

/** The site's name in each edition. */
export const SITE_NAME: Localized = { en: "Screens across the border", "zh-hk": "跨境銀幕" };

/** The paper the story reads and checks. */
export const PAPER = {
  citation: "Journal of Modern Social Sciences 2(1), 2025, pp. 82-93",
  doi: "10.71113/jmss.v2i1.186",
  url: "https://doi.org/10.71113/jmss.v2i1.186",
} as const;

/** The news report the FILMART 2025 figures come from. */
export const NEWS_REPORT: { citation: Localized } = {
  citation: {
    en: "China Daily, report from the Hong Kong International Film and TV Market (FILMART), 2025",
    "zh-hk": "《中國日報》香港國際影視展（FILMART）2025年報道",
  },
};

/** Width in px of the exported SVG and PNG images (at 1x); the graphic inside is drawn at the charts' wide width. */
export const IMAGE_WIDTH = 720;
