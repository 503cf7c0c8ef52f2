/** oEmbed (https://oembed.com) "rich" responses, one static JSON per graphic, and the catalogue. */
import type { SiteData } from "../data/load.ts";
import { defaultHeight, iframeSnippet, type GraphicUrls } from "./embed-code.ts";
import { IMAGE_WIDTH, SITE_NAME } from "../site.ts";
import { graphicDescription, type Graphic } from "./registry.ts";

export function oembedFor(g: Graphic, data: SiteData, urls: GraphicUrls) {
  return {
    version: "1.0",
    type: "rich",
    title: `${g.paperRef}: ${g.title}`,
    provider_name: SITE_NAME,
    provider_url: new URL(".", urls.page.replace(/charts\/[^/]+\/$/, "")).toString(),
    html: iframeSnippet(g, data, urls),
    width: IMAGE_WIDTH,
    height: defaultHeight(g, data),
    thumbnail_url: urls.card,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

export function catalogueEntry(g: Graphic, data: SiteData, urls: GraphicUrls) {
  return {
    id: g.id,
    kind: g.kind,
    paperRef: g.paperRef,
    title: g.title,
    description: graphicDescription(g, data),
    source: g.source,
    datasets: g.datasets,
    page: urls.page,
    embed: urls.embed,
    oembed: urls.oembed,
    image: urls.card,
    downloads: { csv: urls.csv, svg: urls.svg, png: urls.png },
  };
}
