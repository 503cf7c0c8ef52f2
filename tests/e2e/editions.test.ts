/**
 * The two editions are pairs: every page of one has its counterpart at the same path in the
 * other (under /zh-hk/), with <html lang> "en" or "zh-HK"; the pages search engines should find
 * (story, catalogue, chart pages, data page, corrections) carry a canonical link to themselves and
 * rel=alternate hreflang links to both editions and x-default, and the sitemap lists both editions'
 * pages with those alternates; a chart page pinned to a data edition (/editions/<edition>/charts/)
 * has the same links but is no sitemap entry; the other pages say where search engines should look
 * instead (an embed's canonical is its chart page, latest or pinned, an old id's page its new one,
 * and the 404 page is noindex). The
 * language switch links to the counterpart and, once the reader has scrolled to a chapter or a
 * step, to that element on the counterpart, where it exists; following it lands the reader there.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { LANG, type Locale } from "../../src/lib/i18n.ts";
import { at, counterpartPath, pathIn, sitePages, type SitePage } from "./site-pages.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
const pages = sitePages(distDir);
const paths = new Set(pages.map((p) => p.path));
const OTHER: Record<Locale, Locale> = { en: "zh-hk", "zh-hk": "en" };
const INDEXED = new Set(["story", "charts", "chart", "data", "checks", "corrections"]);

const documents = new Map<string, Document>();
function documentOf(page: SitePage): Document {
  let doc = documents.get(page.file);
  if (!doc) documents.set(page.file, (doc = parseHTML(readFileSync(join(distDir, page.file), "utf8")).document as unknown as Document));
  return doc;
}
const byPath = (path: string) => pages.find((p) => p.path === path);

describe("every page has its counterpart", () => {
  it("both editions have every kind of page", () => {
    for (const locale of ["en", "zh-hk"] as const) {
      const kinds = new Set(pages.filter((p) => p.locale === locale).map((p) => p.kind));
      expect([...kinds].sort(), locale).toEqual([
        "404",
        "chart",
        "charts",
        "checks",
        "corrections",
        "data",
        "embed",
        "pinned-chart",
        "pinned-embed",
        "redirect",
        "story",
      ]);
    }
    expect(pages.filter((p) => p.kind === "unknown").map((p) => p.file)).toEqual([]);
  });

  it("every page of each edition has one at the same path in the other (/x/ and /zh-hk/x/)", () => {
    const missing = pages.filter((p) => !paths.has(counterpartPath(p))).map((p) => `${p.path} (${p.file}): no ${counterpartPath(p)}`);
    expect(missing).toEqual([]);
    expect(pages.filter((p) => p.locale === "zh-hk").length).toBe(pages.filter((p) => p.locale === "en").length);
  });

  it('every page says its language: <html lang="en"> in English, "zh-HK" under /zh-hk/', () => {
    const wrong = pages
      .filter((p) => documentOf(p).documentElement.getAttribute("lang") !== LANG[p.locale])
      .map((p) => `${p.path}: lang="${documentOf(p).documentElement.getAttribute("lang")}"`);
    expect(wrong).toEqual([]);
  });
});

describe("canonical and alternate links", () => {
  const abs = (path: string) => at(baseUrl, path);
  const links = (doc: Document, rel: string) =>
    [...doc.head.querySelectorAll(`link[rel="${rel}"]`)].map((l) => ({
      hreflang: l.getAttribute("hreflang"),
      href: l.getAttribute("href"),
    }));

  for (const page of pages.filter((p) => INDEXED.has(p.kind) || p.kind === "pinned-chart")) {
    it(`${page.path}: canonical to itself, alternates to both editions and x-default`, () => {
      const doc = documentOf(page);
      expect(links(doc, "canonical").map((l) => l.href)).toEqual([abs(page.path)]);
      const alternates = links(doc, "alternate").filter((l) => l.hreflang !== null);
      expect(alternates).toEqual([
        { hreflang: "en", href: abs(pathIn("en", page.inEdition)) },
        { hreflang: "zh-HK", href: abs(pathIn("zh-hk", page.inEdition)) },
        { hreflang: "x-default", href: abs(pathIn("en", page.inEdition)) },
      ]);
      expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    });
  }

  it("an embed's canonical is its graphic's page in the same edition (a pinned embed's, the page pinned to its data edition)", () => {
    const wrong: string[] = [];
    for (const page of pages.filter((p) => p.kind === "embed" || p.kind === "pinned-embed")) {
      const pinned = page.edition ? `editions/${page.edition}/` : "";
      const want = [abs(pathIn(page.locale, `${pinned}charts/${page.graphic!.id}/`))];
      const got = links(documentOf(page), "canonical").map((l) => l.href);
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${page.path}: ${got.join(" ")}, not ${want[0]}`);
    }
    expect(wrong).toEqual([]);
  });

  it("an old id's page sends readers, and its canonical, to the graphic's page in the same edition, and is noindex", () => {
    const wrong: string[] = [];
    for (const page of pages.filter((p) => p.kind === "redirect")) {
      const doc = documentOf(page);
      const want = abs(pathIn(page.locale, `charts/${page.graphic!.id}/`));
      const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content");
      if (refresh !== `0; url=${want}`) wrong.push(`${page.path}: refresh “${refresh}”`);
      if (links(doc, "canonical")[0]?.href !== want) wrong.push(`${page.path}: canonical ${links(doc, "canonical")[0]?.href}`);
      if (doc.querySelector('meta[name="robots"]')?.getAttribute("content") !== "noindex") wrong.push(`${page.path}: not noindex`);
      if (!doc.querySelector(`main a[href="${want}"]`)) wrong.push(`${page.path}: no link to ${want}`);
    }
    expect(wrong).toEqual([]);
  });

  it("the 404 pages are noindex, with no canonical to point search engines at", () => {
    for (const page of pages.filter((p) => p.kind === "404")) {
      const doc = documentOf(page);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content"), page.path).toBe("noindex");
      expect(links(doc, "canonical"), page.path).toEqual([]);
    }
  });
});

describe("the sitemap", () => {
  const xml = () => {
    const index = readFileSync(join(distDir, "sitemap-index.xml"), "utf8");
    return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => readFileSync(join(distDir, new URL(m[1]!).pathname), "utf8")).join("");
  };

  it("lists the pages to find of both editions, each with xhtml:link alternates to itself and its counterpart", () => {
    const entries = [...xml().matchAll(/<url>(.*?)<\/url>/gs)].map((m) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!,
      alternates: [...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)].map((a) => `${a[1]} ${a[2]}`),
    }));
    const expected = pages.filter((p) => INDEXED.has(p.kind));
    expect(entries.map((e) => new URL(e.loc).pathname).sort()).toEqual(expected.map((p) => p.path).sort());
    for (const e of entries) {
      const page = byPath(new URL(e.loc).pathname)!;
      expect(e.alternates, e.loc).toEqual([
        `en ${at(baseUrl, pathIn("en", page.inEdition))}`,
        `zh-HK ${at(baseUrl, pathIn("zh-hk", page.inEdition))}`,
      ]);
    }
  });
});

describe("the language switch", () => {
  const switchOf = (doc: Document) => doc.querySelector("a[data-language-switch]");

  it("on every page but embeds and old ids' pages, links to the counterpart, in the other language, and the counterpart exists", () => {
    const wrong: string[] = [];
    for (const page of pages.filter((p) => !["embed", "pinned-embed", "redirect"].includes(p.kind))) {
      const a = switchOf(documentOf(page));
      const other = OTHER[page.locale];
      if (!a) {
        wrong.push(`${page.path}: no a[data-language-switch]`);
        continue;
      }
      const href = a.getAttribute("href");
      if (href !== counterpartPath(page)) wrong.push(`${page.path}: switch to ${href}, not ${counterpartPath(page)}`);
      else if (!paths.has(href)) wrong.push(`${page.path}: switch to ${href}, which is no page of the build`);
      if (a.getAttribute("hreflang") !== LANG[other] || a.getAttribute("lang") !== LANG[other])
        wrong.push(`${page.path}: switch hreflang="${a.getAttribute("hreflang")}" lang="${a.getAttribute("lang")}"`);
    }
    expect(wrong).toEqual([]);
  });

  it("both stories mark the same chapters and steps, in the same order, for the switch to keep the reader's place", () => {
    const marks = (path: string) => [...documentOf(byPath(path)!).querySelectorAll("[data-place]")].map((e) => e.id);
    const en = marks("/");
    expect(en.length).toBeGreaterThan(10);
    expect(en.every((id) => id.length > 0)).toBe(true);
    expect(new Set(en).size).toBe(en.length);
    expect(marks("/zh-hk/")).toEqual(en);
  });

  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Scrolls until the element's top is just above the middle of the screen: where the switch reads the reader's place. */
  async function scrollToPlace(tab: Page, id: string): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const off = await tab.evaluate((id) => {
        const top = document.getElementById(id)!.getBoundingClientRect().top;
        const want = innerHeight / 2 - 4;
        if (Math.abs(top - want) > 1) scrollBy(0, top - want);
        return Math.abs(top - want);
      }, id);
      // Chapters off screen take their real height only when laid out (content-visibility), so measure again.
      await tab.waitForTimeout(50);
      if (off <= 1) return;
    }
    throw new Error(`could not bring #${id} to the middle of the screen`);
  }

  for (const locale of ["en", "zh-hk"] as const) {
    for (const width of [1280, 375]) {
      const story = pathIn(locale, "");
      const counterpart = pathIn(OTHER[locale], "");
      it(`${story} at ${width} px: scrolled to each chapter and step, the switch carries its id, which ${counterpart} has`, async () => {
        const other = documentOf(byPath(counterpart)!);
        const tab = await browser.newPage({ viewport: { width, height: 900 } });
        await tab.goto(at(baseUrl, story));
        await tab.waitForLoadState("networkidle");
        const link = tab.locator("a[data-language-switch]");
        // The script writes the resolved URL; compare what a click would follow.
        const target = () => link.evaluate((a) => (a as HTMLAnchorElement).href);
        expect(await target()).toBe(at(baseUrl, counterpart));
        const ids = await tab.$$eval("[data-place]", (els) => els.map((e) => e.id));
        expect(ids.length).toBeGreaterThan(10);
        const wrong: string[] = [];
        for (const id of ids) {
          await scrollToPlace(tab, id);
          try {
            await expect.poll(target, { timeout: 2000 }).toBe(`${at(baseUrl, counterpart)}#${id}`);
          } catch {
            wrong.push(`#${id}: switch to ${await target()}`);
          }
          if (!other.getElementById(id)?.hasAttribute("data-place")) wrong.push(`#${id}: not a marked place of ${counterpart}`);
        }
        expect(wrong).toEqual([]);
        // Back at the top, before the first chapter, the switch goes to the top of the counterpart.
        await tab.evaluate(() => scrollTo(0, 0));
        await expect.poll(target, { timeout: 2000 }).toBe(at(baseUrl, counterpart));
        await tab.close();
      });
    }

    const from = pathIn(locale, "");
    const to = pathIn(OTHER[locale], "");
    const PLACES = ["cinema", "step-exports-mainland-vs-taiwan--share", "checking"];

    /** Where the other edition opens the reader: its language, and the element's top on the screen. */
    async function landing(tab: Page, id: string): Promise<string[]> {
      await tab.waitForLoadState("networkidle");
      await tab.waitForTimeout(300);
      if (new URL(tab.url()).hash !== `#${id}`) return [`#${id}: went to ${tab.url()}`];
      const landed = await tab.evaluate((id) => {
        const box = document.getElementById(id)?.getBoundingClientRect();
        return { lang: document.documentElement.lang, top: box?.top ?? null, bottom: box?.bottom ?? null, middle: innerHeight / 2 };
      }, id);
      const wrong: string[] = [];
      if (landed.lang !== LANG[OTHER[locale]]) wrong.push(`#${id}: landed on lang="${landed.lang}"`);
      // The reader is at that place as the switch reads places: the element crosses the middle of the screen...
      if (landed.top === null || landed.top > landed.middle || landed.bottom! < landed.middle)
        wrong.push(`#${id}: from ${Math.round(landed.top ?? NaN)} to ${Math.round(landed.bottom ?? NaN)} px, not across the middle`);
      // ...so the switch of the page landed on carries the same place back.
      const back = `${at(baseUrl, from)}#${id}`;
      const carried = () => tab.locator("a[data-language-switch]").evaluate((a) => (a as HTMLAnchorElement).href);
      try {
        await expect.poll(carried, { timeout: 2000 }).toBe(back);
      } catch {
        wrong.push(`#${id}: the switch there carries ${await carried()}`);
      }
      return wrong;
    }

    it(`the link the switch carries at a chapter or a step of ${from} opens ${to} at that element`, async () => {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const wrong: string[] = [];
      for (const id of PLACES) {
        await tab.goto(at(baseUrl, from));
        await tab.waitForLoadState("networkidle");
        await scrollToPlace(tab, id);
        const link = tab.locator("a[data-language-switch]");
        const href = () => link.evaluate((a) => (a as HTMLAnchorElement).href);
        await expect.poll(href, { timeout: 2000 }).toBe(`${at(baseUrl, to)}#${id}`);
        await tab.goto(await href());
        wrong.push(...(await landing(tab, id)));
      }
      expect(wrong).toEqual([]);
      await tab.close();
    });

    it(`a reader at a chapter or a step of ${from} who clicks the switch (in the header) lands at that element of ${to}`, async () => {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const wrong: string[] = [];
      for (const id of PLACES) {
        await tab.goto(at(baseUrl, from));
        await tab.waitForLoadState("networkidle");
        await scrollToPlace(tab, id);
        // The reader is there once the page has settled (chapters laid out as they come into view).
        const link = tab.locator("a[data-language-switch]");
        const href = () => link.evaluate((a) => (a as HTMLAnchorElement).href);
        await expect.poll(href, { timeout: 2000 }).toBe(`${at(baseUrl, to)}#${id}`);
        // The header stays on screen (Base.astro): the reader clicks the switch where it is. (Playwright's
        // own click scrolls a sticky element "into view", moving the page by hundreds of pixels.)
        const box = (await link.boundingBox())!;
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(await tab.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest("a[data-language-switch]"), [x, y])).toBe(true);
        await tab.mouse.click(x, y);
        await tab.waitForURL((u) => u.pathname === to);
        wrong.push(...(await landing(tab, id)));
      }
      expect(wrong).toEqual([]);
      await tab.close();
    });
  }
});
