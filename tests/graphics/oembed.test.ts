/**
 * The oEmbed responses (https://oembed.com, section 2.3: a "rich" type) and the catalogue
 * entries, for every graphic, in each edition and under each base.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GRAPHICS } from "../../src/graphics/registry.ts";
import { LANG, LOCALES, localePrefix } from "../../src/lib/i18n.ts";
import { IMAGE_WIDTH, SITE_NAME } from "../../src/site.ts";
import { BASES, SITE, graphicsAt, siteData, under } from "./helpers.ts";
import { checkEditions } from "../../src/data/editions.ts";
import { ROOT } from "../charts/helpers.ts";

const HAN = /\p{Script=Han}/u;
/** The edition the real data are, which a chart page's oEmbed pins its html to. */
const ED = checkEditions(ROOT, { load: false }).latest!.name;
const cases = LOCALES.flatMap((locale) => GRAPHICS.map((g) => [`${g.id} (${locale})`, g.id, locale] as const));

/** The fields oEmbed 1.0 defines; a consumer may ignore anything else, so nothing else is sent. */
const OEMBED_FIELDS = [
  "type",
  "version",
  "title",
  "author_name",
  "author_url",
  "provider_name",
  "provider_url",
  "cache_age",
  "thumbnail_url",
  "thumbnail_width",
  "thumbnail_height",
  "html",
  "width",
  "height",
];

const positiveInteger = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n > 0;

describe.each(BASES)("under base %s", (base) => {
  let m: Awaited<ReturnType<typeof graphicsAt>>;
  beforeAll(async () => {
    m = await graphicsAt(base);
  });
  const data = siteData();

  describe("oEmbed", () => {
    it.each(cases)(
      "%s: a valid oEmbed 1.0 rich response whose html is the pinned iframe snippet, titled with the edition",
      (_n, id, locale) => {
        const g = m.graphicById(id);
        const urls = m.pinnedUrls(id, ED, SITE, locale);
        // What is served is the JSON text: read it back as a consumer would.
        const o = JSON.parse(JSON.stringify(m.oembedFor(g, data, urls, locale, ED))) as Record<string, unknown>;
        for (const k of Object.keys(o)) expect(OEMBED_FIELDS, `unknown field ${k}`).toContain(k);
        expect(o.version).toBe("1.0");
        expect(o.type).toBe("rich");
        expect(o.title).toBe(`${m.graphicLabel(g, locale)}${locale === "en" ? ` (data edition ${ED})` : `（數據版本${ED}）`}`);
        expect(String(o.html)).toContain(under(base, `${localePrefix(locale)}editions/${ED}/embed/${id}/`));
        if (locale === "zh-hk") expect(o.title).toMatch(HAN);
        expect(o.provider_name).toBe(SITE_NAME[locale]);
        expect(o.provider_url).toBe(under(base, localePrefix(locale)));
        expect(o.html).toBe(m.iframeSnippet(g, data, urls, locale));
        // Rich responses must give width and height; a thumbnail comes with its size.
        expect(positiveInteger(o.width), `width ${String(o.width)}`).toBe(true);
        expect(positiveInteger(o.height), `height ${String(o.height)}`).toBe(true);
        expect(o.width).toBe(IMAGE_WIDTH);
        expect(o.height).toBe(m.defaultHeight(g, data));
        expect(o.thumbnail_url).toBe(urls.card);
        expect(o.thumbnail_url).toBe(under(base, `${localePrefix(locale)}editions/${ED}/charts/${id}/card.png`));
        expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1200, 630]);
      },
    );
  });

  describe("catalogue", () => {
    it.each(GRAPHICS.map((g) => g.id))("%s: id, kind, the English fields at the top, and both editions with their URLs", (id) => {
      const g = m.graphicById(id);
      const entry = JSON.parse(JSON.stringify(m.catalogueEntry(g, data, SITE, [ED, "2000-1"]))) as Record<string, unknown> & {
        editions: Record<string, Record<string, unknown>>;
        pinned: Record<string, Record<string, Record<string, unknown>>>;
      };
      expect(entry.id).toBe(id);
      expect(entry.kind).toBe(g.kind);
      expect(entry.datasets).toEqual([...g.datasets]);
      expect(Object.keys(entry.editions).sort()).toEqual([...LOCALES].sort());

      for (const locale of LOCALES) {
        const e = entry.editions[locale]!;
        const at = (path: string) => under(base, `${localePrefix(locale)}${path}`);
        expect(e.lang).toBe(LANG[locale]);
        expect(e.paperRef).toBe(g.paperRef[locale]);
        expect(e.title).toBe(g.title[locale]);
        expect(e.source).toBe(g.source[locale]);
        expect(e.description).toBe(m.graphicDescription(g, data, locale));
        expect(e.page).toBe(at(`charts/${id}/`));
        expect(e.embed).toBe(at(`embed/${id}/`));
        expect(e.oembed).toBe(at(`charts/${id}/oembed.json`));
        expect(e.image).toBe(at(`charts/${id}/card.png`));
        expect(e.downloads).toEqual({
          csv: at(`charts/${id}/${id}.csv`),
          svg: at(`charts/${id}/${id}.svg`),
          png: at(`charts/${id}/${id}.png`),
        });
      }

      // Chinese words in the Chinese edition, and every one of its URLs under /zh-hk/.
      const zh = entry.editions["zh-hk"]!;
      for (const k of ["paperRef", "title", "description", "source"]) {
        expect(zh[k], k).toMatch(HAN);
        expect(zh[k], k).not.toBe(entry.editions.en![k]);
      }
      const zhUrls = [zh.page, zh.embed, zh.oembed, zh.image, ...Object.values(zh.downloads as Record<string, string>)] as string[];
      for (const u of zhUrls) expect(u.startsWith(under(base, "zh-hk/")), u).toBe(true);
      const enUrls = [entry.editions.en!.page, entry.editions.en!.embed, entry.editions.en!.oembed, entry.editions.en!.image] as string[];
      for (const u of enUrls) expect(u, u).not.toContain("/zh-hk/");

      // Its URLs pinned to each data edition given, in each language.
      expect(Object.keys(entry.pinned)).toEqual([ED, "2000-1"]);
      for (const ed of [ED, "2000-1"]) {
        expect(Object.keys(entry.pinned[ed]!).sort()).toEqual([...LOCALES].sort());
        for (const locale of LOCALES) {
          const at = (path: string) => under(base, `${localePrefix(locale)}editions/${ed}/${path}`);
          expect(entry.pinned[ed]![locale]).toEqual({
            page: at(`charts/${id}/`),
            embed: at(`embed/${id}/`),
            oembed: at(`charts/${id}/oembed.json`),
            image: at(`charts/${id}/card.png`),
            downloads: { csv: at(`charts/${id}/${id}.csv`), svg: at(`charts/${id}/${id}.svg`), png: at(`charts/${id}/${id}.png`) },
          });
        }
      }

      // The top level is the English edition, as tools read it before there were editions.
      const { lang: _lang, ...english } = entry.editions.en!;
      for (const [k, v] of Object.entries(english)) expect(entry[k], k).toEqual(v);
    });
  });
});
