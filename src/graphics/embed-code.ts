/**
 * The snippets a journalist copies: the iframe (with the optional resizing script), the static
 * image for places that strip iframes, and the citation, in the language of the edition they
 * are copied from. Every URL is absolute, built from the configured `site` and `base`, so the
 * snippets work on any host.
 */
import { IMAGE_WIDTH, PAPER, SITE_NAME } from "../site.ts";
import type { SiteData } from "../data/load.ts";
import type { Graphic } from "./registry.ts";
import { PUNCT, localePrefix, type Locale } from "../lib/i18n.ts";
import { messagesFor } from "../lib/messages.ts";
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

/** The URLs of a graphic in one edition, always the latest data: /charts/<id>/ and /embed/<id>/, under /zh-hk/ for Chinese. */
export function graphicUrls(id: string, site: URL | undefined, locale: Locale): GraphicUrls {
  return urlsUnder(localePrefix(locale), id, site);
}

/**
 * The URLs of a graphic pinned to a data edition (src/data/editions.ts), which never change
 * their numbers: /editions/<edition>/charts/<id>/ and /editions/<edition>/embed/<id>/.
 */
export function pinnedUrls(id: string, edition: string, site: URL | undefined, locale: Locale): GraphicUrls {
  return urlsUnder(`${localePrefix(locale)}editions/${edition}/`, id, site);
}

/** Where a correction is told, on /corrections/ of one language: its anchor is named after the edition it made. */
export function correctionUrl(edition: string, site: URL | undefined, locale: Locale): string {
  return absolute(`${localePrefix(locale)}corrections/#${correctionAnchor(edition)}`, site);
}

/** The id of a correction on /corrections/ (an id may not start with a digit for html-validate). */
export function correctionAnchor(edition: string): string {
  return `correction-${edition}`;
}

function urlsUnder(at: string, id: string, site: URL | undefined): GraphicUrls {
  const a = (p: string) => absolute(p, site);
  return {
    page: a(`${at}charts/${id}/`),
    embed: a(`${at}embed/${id}/`),
    csv: a(`${at}charts/${id}/${id}.csv`),
    svg: a(`${at}charts/${id}/${id}.svg`),
    png: a(`${at}charts/${id}/${id}.png`),
    card: a(`${at}charts/${id}/card.png`),
    oembed: a(`${at}charts/${id}/oembed.json`),
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

/** "Figure 1: Title" / "圖1：標題". */
export function graphicLabel(g: Graphic, locale: Locale): string {
  return locale === "en" ? `${g.paperRef.en}: ${g.title.en}` : `${g.paperRef[locale]}：${g.title[locale]}`;
}

/** The label as of a data edition: "Figure 1: Title (data edition 2026-2)" / "圖1：標題（數據版本2026-2）". */
export function pinnedLabel(g: Graphic, locale: Locale, edition: string): string {
  const ed = messagesFor(locale).dataEdition(edition);
  const mark = PUNCT[locale];
  return `${graphicLabel(g, locale)}${mark.space}${mark.open}${locale === "en" ? ed.toLowerCase() : ed}${mark.close}`;
}

export function iframeSnippet(g: Graphic, data: SiteData, urls: GraphicUrls, locale: Locale): string {
  return [
    `<iframe src="${attr(urls.embed)}" title="${attr(graphicLabel(g, locale))}" width="100%" height="${defaultHeight(g, data)}" ` +
      `loading="lazy" style="border:0;width:100%;max-width:100%" data-screens-embed></iframe>`,
    `<script async src="${attr(urls.script)}"></script>`,
  ].join("\n");
}

export function imageSnippet(urls: GraphicUrls, alt: string): string {
  return (
    `<a href="${attr(urls.page)}"><img src="${attr(urls.png)}" alt="${attr(alt)}" width="${IMAGE_WIDTH}" ` +
    `style="max-width:100%;height:auto" loading="lazy"></a>`
  );
}

/**
 * The citation of a graphic as of a data edition, with the URL of the page pinned to it (so a
 * reader finds the numbers cited); the Chinese one keeps the paper's English reference so it can be found.
 */
export function citation(g: Graphic, urls: GraphicUrls, locale: Locale, edition: string): string {
  const paper = `${PAPER.citation}, doi:${PAPER.doi}`;
  const ed = messagesFor(locale).dataEdition(edition);
  if (locale === "en") {
    return `“${g.title.en}” (${g.paperRef.en} recreated), ${ed.toLowerCase()}. ${SITE_NAME.en}, from data in ${paper}. ${urls.page}`;
  }
  return `〈${g.title[locale]}〉（重製論文${g.paperRef[locale]}，${g.paperRef.en}），${ed}。${SITE_NAME[locale]}，數據來自${paper}。${urls.page}`;
}

/** The text alternative of a graphic's image as of a data edition: "Figure 1: Title (Data edition 2026-2). What it shows." */
export function graphicAlt(g: Graphic, description: string, locale: Locale, edition: string): string {
  const mark = PUNCT[locale];
  const named = `${mark.open}${messagesFor(locale).dataEdition(edition)}${mark.close}`;
  return `${graphicLabel(g, locale)}${mark.space}${named}${mark.stop}${mark.space}${description}`;
}
