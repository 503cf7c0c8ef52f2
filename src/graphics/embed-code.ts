/**
 * The snippets a journalist copies: the iframe (with the optional resizing script), the static
 * image for places that strip iframes, and the citation. Every URL is absolute, built from the
 * configured `site` and `base`, so the snippets work on any host.
 */
import { IMAGE_WIDTH, PAPER, SITE_NAME } from "../site.ts";
import type { SiteData } from "../data/load.ts";
import type { Graphic } from "./registry.ts";
import { absolute } from "../lib/paths.ts";

export interface GraphicUrls {
  page: string;
  embed: string;
  csv: string;
  svg: string;
  png: string;
  card: string;
  oembed: string;
  script: string;
}

export function graphicUrls(id: string, site: URL | undefined): GraphicUrls {
  const a = (p: string) => absolute(p, site);
  return {
    page: a(`charts/${id}/`),
    embed: a(`embed/${id}/`),
    csv: a(`charts/${id}/${id}.csv`),
    svg: a(`charts/${id}/${id}.svg`),
    png: a(`charts/${id}/${id}.png`),
    card: a(`charts/${id}/card.png`),
    oembed: a(`charts/${id}/oembed.json`),
    script: a("embed.js"),
  };
}

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A height that fits the graphic before the script (if any) resizes it, in CSS pixels. */
export function defaultHeight(g: Graphic, data: SiteData): number {
  if (g.kind === "chart") return 560;
  const rows = g.rows(data).length;
  return Math.min(640, 200 + rows * 34);
}

export function iframeSnippet(g: Graphic, data: SiteData, urls: GraphicUrls): string {
  return [
    `<iframe src="${attr(urls.embed)}" title="${attr(`${g.paperRef}: ${g.title}`)}" width="100%" height="${defaultHeight(g, data)}" ` +
      `loading="lazy" style="border:0;width:100%;max-width:100%" data-screens-embed></iframe>`,
    `<script async src="${attr(urls.script)}"></script>`,
  ].join("\n");
}

export function imageSnippet(g: Graphic, urls: GraphicUrls, alt: string): string {
  return (
    `<a href="${attr(urls.page)}"><img src="${attr(urls.png)}" alt="${attr(alt)}" width="${IMAGE_WIDTH}" ` +
    `style="max-width:100%;height:auto" loading="lazy"></a>`
  );
}

export function citation(g: Graphic, urls: GraphicUrls): string {
  return `“${g.title}” (${g.paperRef} recreated). ${SITE_NAME}, from data in ${PAPER.citation}, doi:${PAPER.doi}. ${urls.page}`;
}
