/**
 * The snippets a journalist copies from a graphic's page, in each edition and under each base:
 * the iframe with its resizing script, the static image, the citation. Until now only the
 * end-to-end build looked at them; here a broken snippet fails in a second, naming the graphic.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GRAPHICS } from "../../src/graphics/registry.ts";
import { LOCALES, localePrefix, type Locale } from "../../src/lib/i18n.ts";
import { PAPER, SITE_NAME } from "../../src/site.ts";
import { ROOT } from "../charts/helpers.ts";
import { checkEditions } from "../../src/data/editions.ts";
import { BASES, HOSTILE_TITLE, SITE, graphicsAt, parseFragment, siteData, under, withHostileTitle } from "./helpers.ts";

const HAN = /\p{Script=Han}/u;
/** The edition the real data are: what the chart pages pin their snippets to. */
const ED = checkEditions(ROOT, { load: false }).latest!.name;
const cases = LOCALES.flatMap((locale) => GRAPHICS.map((g) => [`${g.id} (${locale})`, g.id, locale] as const));

/** The label an embed is titled with, written out here rather than taken from the code under test. */
function expectedLabel(g: (typeof GRAPHICS)[number], locale: Locale): string {
  return locale === "en" ? `${g.paperRef.en}: ${g.title.en}` : `${g.paperRef[locale]}：${g.title[locale]}`;
}

describe.each(BASES)("embed codes under base %s", (base) => {
  let m: Awaited<ReturnType<typeof graphicsAt>>;
  beforeAll(async () => {
    m = await graphicsAt(base);
  });
  const data = siteData();
  const edition = (locale: Locale, path: string) => under(base, localePrefix(locale) + path);

  it.each(cases)("%s: the URLs are absolute, under the site, the base and the edition's prefix, and name real routes", (_n, id, locale) => {
    const urls = m.graphicUrls(id, SITE, locale);
    expect(urls).toEqual({
      page: edition(locale, `charts/${id}/`),
      embed: edition(locale, `embed/${id}/`),
      csv: edition(locale, `charts/${id}/${id}.csv`),
      svg: edition(locale, `charts/${id}/${id}.svg`),
      png: edition(locale, `charts/${id}/${id}.png`),
      card: edition(locale, `charts/${id}/card.png`),
      oembed: edition(locale, `charts/${id}/oembed.json`),
      script: under(base, "embed.js"),
    });
    if (locale === "zh-hk") for (const u of Object.values(urls).filter((u) => u !== urls.script)) expect(u).toContain(`${base}zh-hk/`);
    // Every file URL is one the download route builds for this id.
    const files = m
      .downloadPaths()
      .filter((p) => p.params.id === id)
      .map((p) => p.params.file);
    for (const u of [urls.csv, urls.svg, urls.png, urls.card, urls.oembed]) expect(files).toContain(u.split("/").at(-1));
    expect(m.graphicPaths().map((p) => p.params.id)).toContain(id);
  });

  it.each(cases)("%s: the pinned URLs are the same files under /editions/<edition>/, in the edition's language", (_n, id, locale) => {
    const urls = m.graphicUrls(id, SITE, locale);
    const pinned = m.pinnedUrls(id, ED, SITE, locale);
    const at = (path: string) => under(base, `${localePrefix(locale)}editions/${ED}/${path}`);
    expect(pinned).toEqual({
      page: at(`charts/${id}/`),
      embed: at(`embed/${id}/`),
      csv: at(`charts/${id}/${id}.csv`),
      svg: at(`charts/${id}/${id}.svg`),
      png: at(`charts/${id}/${id}.png`),
      card: at(`charts/${id}/card.png`),
      oembed: at(`charts/${id}/oembed.json`),
      script: urls.script,
    });
    // Every pinned file is one the pinned download route builds for this edition and id.
    const files = m
      .pinnedDownloadPaths()
      .filter((p) => p.params.id === id && p.params.edition === ED)
      .map((p) => p.params.file);
    for (const u of [pinned.csv, pinned.svg, pinned.png, pinned.card, pinned.oembed]) expect(files).toContain(u.split("/").at(-1));
    expect(
      m
        .pinnedPaths()
        .filter((p) => p.params.edition === ED)
        .map((p) => p.params.id),
    ).toContain(id);
  });

  it("the embed script the iframe snippet loads is a file the site serves", () => {
    expect(existsSync(join(ROOT, "public/embed.js"))).toBe(true);
    expect(m.graphicUrls(GRAPHICS[0]!.id, SITE, "en").script).toBe(under(base, "embed.js"));
  });

  it.each(cases)("%s: the iframe snippet embeds the edition's /embed/<id>/, titled, sized, lazy, with the script", (_n, id, locale) => {
    const g = m.graphicById(id);
    const urls = m.graphicUrls(id, SITE, locale);
    const html = m.iframeSnippet(g, data, urls, locale);
    const root = parseFragment(html);
    const frames = root.querySelectorAll("iframe");
    const scripts = root.querySelectorAll("script");
    expect(frames).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    const frame = frames[0]!;
    expect(frame.getAttribute("src")).toBe(edition(locale, `embed/${id}/`));
    expect(frame.getAttribute("title")).toBe(expectedLabel(g, locale));
    expect(m.graphicLabel(g, locale)).toBe(expectedLabel(g, locale));
    if (locale === "zh-hk") expect(frame.getAttribute("title")).toMatch(HAN);
    const height = m.defaultHeight(g, data);
    expect(Number.isInteger(height) && height > 0, `height ${height}`).toBe(true);
    expect(frame.getAttribute("height")).toBe(String(height));
    expect(frame.getAttribute("width")).toBe("100%");
    expect(frame.getAttribute("loading")).toBe("lazy");
    expect(frame.hasAttribute("data-screens-embed")).toBe(true);
    const script = scripts[0]!;
    expect(script.getAttribute("src")).toBe(under(base, "embed.js"));
    expect(script.hasAttribute("async")).toBe(true);
  });

  it.each(cases)(
    "%s: the static-image snippet links the pinned page and shows its PNG, the alt text naming the edition",
    (_n, id, locale) => {
      // As the graphic's page writes it: pinned to its data edition, since an image stays as it was made.
      const urls = m.pinnedUrls(id, ED, SITE, locale);
      const g = m.graphicById(id);
      const alt = m.graphicAlt(g, m.graphicDescription(g, data, locale), locale, ED);
      // The label, the edition, then the description of its rows.
      const named = locale === "en" ? ` (Data edition ${ED}). ` : `（數據版本${ED}）。`;
      expect(alt).toBe(`${expectedLabel(g, locale)}${named}${m.graphicDescription(g, data, locale)}`);
      const root = parseFragment(m.imageSnippet(urls, alt));
      const links = root.querySelectorAll("a");
      expect(links).toHaveLength(1);
      expect(links[0]!.getAttribute("href")).toBe(edition(locale, `editions/${ED}/charts/${id}/`));
      const img = links[0]!.querySelector("img");
      expect(img?.getAttribute("src")).toBe(edition(locale, `editions/${ED}/charts/${id}/${id}.png`));
      expect(img?.getAttribute("alt")).toBe(alt);
      expect(img?.getAttribute("loading")).toBe("lazy");
    },
  );

  it.each(cases)(
    "%s: the citation names the title, the paper's figure or table, the paper, its DOI, the edition and the pinned page",
    (_n, id, locale) => {
      const g = m.graphicById(id);
      const urls = m.pinnedUrls(id, ED, SITE, locale);
      const text = m.citation(g, urls, locale, ED);
      expect(text).toContain(locale === "en" ? `, data edition ${ED}. ` : `，數據版本${ED}。`);
      expect(text).toContain(g.title[locale]);
      expect(text).toContain(g.paperRef[locale]);
      // The Chinese citation keeps the paper's English reference ("Table 4"), so the source can be found in the paper.
      expect(text).toContain(g.paperRef.en);
      expect(text).toContain(PAPER.citation);
      expect(text).toContain(PAPER.doi);
      expect(text).toContain(SITE_NAME[locale]);
      expect(text.endsWith(urls.page)).toBe(true);
      expect(urls.page).toBe(edition(locale, `editions/${ED}/charts/${id}/`));
      if (locale === "zh-hk") {
        expect(text).not.toContain(g.title.en);
        expect(text).toMatch(/^〈[^〉]+〉/u);
      }
    },
  );

  describe.each(LOCALES)("escaping (%s)", (locale) => {
    // One chart and one table: the snippets are built the same way for every graphic.
    const ids = [GRAPHICS.find((g) => g.kind === "chart")!.id, GRAPHICS.find((g) => g.kind === "table")!.id];

    it.each(ids)("%s: a title with &, quotes and a tag comes out escaped in the iframe's attributes", (id) => {
      const g = withHostileTitle(m.graphicById(id));
      const html = m.iframeSnippet(g, data, m.graphicUrls(id, SITE, locale), locale);
      const tag = html.split("\n")[0]!;
      expect(tag).toContain("&amp;");
      expect(tag).toContain("&quot;");
      expect(tag).not.toMatch(/title="[^"]*<b>/);
      const frames = parseFragment(html).querySelectorAll("iframe");
      expect(frames).toHaveLength(1);
      expect(frames[0]!.getAttribute("title")).toBe(expectedLabel(g, locale));
      expect(frames[0]!.getAttribute("title")).toContain(HOSTILE_TITLE[locale]);
      // Nothing broke out of the attribute.
      expect(frames[0]!.hasAttribute("onload")).toBe(false);
      expect(frames[0]!.getAttributeNames().sort()).toEqual(
        ["data-screens-embed", "height", "loading", "src", "style", "title", "width"].sort(),
      );
    });

    it.each(ids)("%s: an alt text with &, quotes and a tag comes out escaped in the image snippet", (id) => {
      const alt = expectedLabel(withHostileTitle(m.graphicById(id)), locale);
      const html = m.imageSnippet(m.graphicUrls(id, SITE, locale), alt);
      expect(html).toContain("&amp;");
      expect(html).toContain("&quot;");
      const imgs = parseFragment(html).querySelectorAll("img");
      expect(imgs).toHaveLength(1);
      expect(imgs[0]!.getAttribute("alt")).toBe(alt);
      expect(imgs[0]!.hasAttribute("onload")).toBe(false);
      expect(parseFragment(html).querySelectorAll("b")).toHaveLength(0);
    });
  });
});
