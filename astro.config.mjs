// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import PREVIOUS_IDS from "./src/tables/previous-ids.json" with { type: "json" };

/** Old ids of renamed graphics: their pages only send readers on, so search engines need not see them. */
const OLD_IDS = Object.values(PREVIOUS_IDS).flat();

// The site can be built for any host and sub-path: SITE_URL=https://example.org BASE_PATH=/story/
// Every absolute URL (embed codes, downloads, oEmbed) is derived from these two.
const site = process.env.SITE_URL ?? "http://localhost:4321";
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // The Rust compiler's HTML compression drops the space between a line of text and an inline
  // element that starts the next line ("file's<code>"); keep whitespace as written.
  compressHTML: false,
  // Inline CSS: one round trip fewer before the first chart shows (measured by npm run bench);
  // the CSP allows inline styles, never inline scripts.
  build: { format: "directory", inlineStylesheets: "always" },
  // Charts are SVG rendered at build time; the client only gets small enhancement scripts.
  devToolbar: { enabled: false },
  // The sitemap lists the story, chart pages, the data and corrections pages; embeds point search
  // engines to their chart page (canonical), pages pinned to a data edition (/editions/) are copies
  // of a chart page as it was, and the 404 page is not a page to find.
  // Two editions: English at /, Hong Kong Chinese at /zh-hk/ (src/lib/i18n.ts). The sitemap pairs
  // each page with its counterpart.
  i18n: { locales: ["en", "zh-hk"], defaultLocale: "en", routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !/\/(embed\/|editions\/|404(\.html)?\/?$)/.test(path) && !OLD_IDS.some((id) => path.includes(`/charts/${id}/`));
      },
      i18n: { defaultLocale: "en", locales: { en: "en", "zh-hk": "zh-HK" } },
    }),
  ],
  // Scoped styles by class, not by a data-astro-cid-* attribute on every element: about 30 kB
  // less HTML on the story page.
  scopedStyleStrategy: "class",
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
