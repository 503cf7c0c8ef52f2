/** oEmbed (https://oembed.com) "rich" responses, one static JSON per graphic and edition, and the catalogue. */
import type { SiteData } from "../data/load.ts";
import { LOCALES, type Locale } from "../lib/i18n.ts";
import { IMAGE_WIDTH, SITE_NAME } from "../site.ts";
import { defaultHeight, graphicUrls, iframeSnippet, pinnedLabel, pinnedUrls, type GraphicUrls } from "./embed-code.ts";
import { graphicDescription, type Graphic } from "./registry.ts";

/**
 * The response for a graphic as of a data edition: `urls` are those pinned to it, so the html
 * a CMS embeds keeps its numbers (what a chart page offers by default), and the title names it.
 */
export function oembedFor(g: Graphic, data: SiteData, urls: GraphicUrls, locale: Locale, edition: string) {
  return {
    version: "1.0",
    type: "rich",
    title: pinnedLabel(g, locale, edition),
    provider_name: SITE_NAME[locale],
    // The edition's home: the page URL without its [editions/<edition>/]charts/<id>/.
    provider_url: new URL(".", urls.page.replace(/(editions\/[^/]+\/)?charts\/[^/]+\/$/, "")).toString(),
    html: iframeSnippet(g, data, urls, locale),
    width: IMAGE_WIDTH,
    height: defaultHeight(g, data),
    thumbnail_url: urls.card,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

/** One edition's entry: its words and URLs. */
function editionEntry(g: Graphic, data: SiteData, site: URL | undefined, locale: Locale) {
  const urls = graphicUrls(g.id, site, locale);
  return {
    paperRef: g.paperRef[locale],
    title: g.title[locale],
    description: graphicDescription(g, data, locale),
    source: g.source[locale],
    page: urls.page,
    embed: urls.embed,
    oembed: urls.oembed,
    image: urls.card,
    downloads: { csv: urls.csv, svg: urls.svg, png: urls.png },
  };
}

/** A graphic's URLs pinned to one data edition, in each language. */
function pinnedEntry(g: Graphic, edition: string, site: URL | undefined) {
  return Object.fromEntries(
    LOCALES.map((l) => {
      const urls = pinnedUrls(g.id, edition, site, l);
      return [
        l,
        {
          page: urls.page,
          embed: urls.embed,
          oembed: urls.oembed,
          image: urls.card,
          downloads: { csv: urls.csv, svg: urls.svg, png: urls.png },
        },
      ];
    }),
  );
}

/**
 * A graphic in the catalogue: the English edition's fields at the top (as before the Chinese
 * edition, so tools that read them keep working), every language under `editions`, and its
 * URLs pinned to each data edition (`editions` names languages; data editions are `pinned`).
 */
export function catalogueEntry(g: Graphic, data: SiteData, site: URL | undefined, dataEditions: readonly string[] = []) {
  return {
    id: g.id,
    kind: g.kind,
    ...editionEntry(g, data, site, "en"),
    datasets: g.datasets,
    editions: Object.fromEntries(LOCALES.map((l) => [l, { lang: l === "en" ? "en" : "zh-HK", ...editionEntry(g, data, site, l) }])),
    pinned: Object.fromEntries(dataEditions.map((e) => [e, pinnedEntry(g, e, site)])),
  };
}
