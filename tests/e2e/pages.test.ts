/**
 * Every page of both editions in real Chromium:
 * - without JavaScript, every figure and table it should show is there and drawn: the story's,
 *   as its edition's chapters place them (MDX), each chart page's and embed's graphic (latest and
 *   pinned to a data edition), the data page's datasets and the catalogue's links; at 375 px (the
 *   narrow SVGs) and 1280 px (the wide);
 * - a 320 px phone never scrolls sideways (wide tables scroll in their own box), on every page,
 *   scrolled from top to bottom, since chapters off screen are not laid out (content-visibility).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { DATASETS, editionData, getSiteData } from "../../src/data/index.ts";
import { GRAPHICS, type Graphic } from "../../src/graphics/registry.ts";
import type { Locale } from "../../src/lib/i18n.ts";
import { placedFigures, placedKey, shownFigures, shownKey, type ShownFigure } from "./figures.ts";
import { at, pathIn, sitePages } from "./site-pages.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
const pages = sitePages(distDir);
const data = getSiteData();
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;
const EDITION = { en: "English", "zh-hk": "Chinese" } as const;

let browser: Browser;
const noScript = new Map<number, BrowserContext>();
let phone: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  for (const width of [375, 1280])
    noScript.set(width, await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } }));
  phone = await browser.newContext({ viewport: { width: 320, height: 700 } });
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const res = await page.goto(at(baseUrl, path), { waitUntil: "load" });
  if (res?.status() !== 200) throw new Error(`${path}: status ${res?.status()}`);
  return page;
}

/** Problems with one shown figure of graphic `g` in `locale`. */
function problemsOf(f: ShownFigure, g: Graphic, locale: Locale, where: string, inStory = false): string[] {
  const out: string[] = [];
  const say = (what: string) => out.push(`${where} ${f.kind} ${f.id}${f.step ? ` (${f.step})` : ""}: ${what}`);
  if (g.kind === "chart") {
    if (f.kind !== "chart") say(`is a ${f.kind}, not a chart`);
    if (f.heading !== g.title[locale]) say(`heading “${f.heading}”, not “${g.title[locale]}”`);
    if (f.ref !== g.paperRef[locale]) say(`reference “${f.ref}”, not “${g.paperRef[locale]}”`);
    if (f.svgs.length !== 1) say(`${f.svgs.length} SVGs drawn, not 1`);
    for (const s of f.svgs) {
      if (!s.title) say("an SVG without a <title>");
      if (s.desc.length < 20) say(`an SVG whose <desc> is “${s.desc}”`);
      if (locale === "zh-hk" && !(HAN.test(s.title) && HAN.test(s.desc)))
        say(`an SVG whose title or description is not Chinese: “${s.title}”`);
    }
  } else {
    if (f.kind !== "table") say(`is a ${f.kind}, not a table`);
    if (!f.caption.includes(g.paperRef[locale]) || !f.caption.includes(g.title[locale]))
      say(`caption “${f.caption.slice(0, 80)}” lacks “${g.paperRef[locale]}” or the title`);
    if (f.headers !== g.columns.length) say(`${f.headers} column headers, not ${g.columns.length}`);
    const all = g.rows(data).length;
    // The story prints an excerpt of a long table (which rows: story-excerpts.test.ts); every other page all of it.
    if (inStory && g.excerpt) {
      if (f.rows === 0 || f.rows >= all) say(`${f.rows} rows, not an excerpt of ${all}`);
    } else if (f.rows !== all) say(`${f.rows} rows, not ${all}`);
  }
  return out;
}

describe("without JavaScript, every figure and table is there and drawn", () => {
  it("both editions' chapters place the same figures in the same order", () => {
    const keys = (l: Locale) => placedFigures(process.cwd(), l).map((p) => (p.kind === "facts" ? "facts" : placedKey(p)));
    expect(keys("en").length).toBeGreaterThan(10);
    expect(keys("zh-hk")).toEqual(keys("en"));
  });

  for (const page of pages.filter((p) => p.kind === "story")) {
    it(`${page.path}: every figure and table the ${EDITION[page.locale]} chapters place, in order, at 375 and 1280 px`, async () => {
      const placed = placedFigures(process.cwd(), page.locale);
      for (const [width, context] of noScript) {
        const tab = await open(context, page.path);
        const shown = await shownFigures(tab);
        expect(shown.map(shownKey), `${width} px`).toEqual(placed.map(placedKey));
        const problems: string[] = [];
        for (const f of shown) {
          if (f.kind === "facts") {
            if (f.rows === 0 || f.headers !== 3) problems.push(`facts “${f.id}”: ${f.rows} rows, ${f.headers} headers`);
            continue;
          }
          problems.push(
            ...problemsOf(
              f,
              GRAPHICS.find((g) => g.id === f.id)!,
              page.locale,
              `${width} px`,
              true,
            ),
          );
        }
        expect(problems).toEqual([]);
        // The linear reading: no sticky layout, and each step's chart follows its text.
        expect(await tab.locator(".scrolly.is-enhanced").count()).toBe(0);
        expect(await tab.locator(".scrolly-layer").count()).toBe(0);
        await tab.close();
      }
    });
  }

  // Latest and pinned to a data edition alike (a pinned page draws its edition's rows).
  for (const page of pages.filter((p) => ["chart", "embed", "pinned-chart", "pinned-embed"].includes(p.kind))) {
    const g = page.graphic!;
    const isPage = page.kind === "chart" || page.kind === "pinned-chart";
    const what = isPage ? (g.kind === "chart" ? "and the table of its rows" : "with its notes") : "alone";
    it(`${page.path}: the ${g.kind} ${g.id} ${what}, at 375 and 1280 px`, async () => {
      for (const [width, context] of noScript) {
        const tab = await open(context, page.path);
        const shown = await shownFigures(tab);
        expect(shown.map(shownKey), `${width} px`).toEqual([`${g.kind} ${g.id}`]);
        expect(problemsOf(shown[0]!, g, page.locale, `${width} px`)).toEqual([]);
        if (isPage && g.kind === "chart") {
          const rows = tab.locator("table.rows-table tbody tr");
          expect(await rows.count()).toBe(g.rows(page.edition ? editionData(page.edition) : data).length);
        }
        await tab.close();
      }
    });
  }

  for (const page of pages.filter((p) => p.kind === "data")) {
    it(`${page.path}: a row for every dataset, with its row count`, async () => {
      const tab = await open(noScript.get(375)!, page.path);
      for (const meta of DATASETS) {
        const row = tab.locator(`table.datasets tr#${meta.id}`);
        expect(await row.count(), meta.id).toBe(1);
        const count = (await row.locator("[data-rows]").innerText()).replace(/\D/g, "");
        expect(Number(count), meta.id).toBe(getSiteData()[meta.id].length);
      }
      await tab.close();
    });
  }

  for (const page of pages.filter((p) => p.kind === "charts")) {
    it(`${page.path}: a link to every chart and table of the edition, by its title`, async () => {
      const tab = await open(noScript.get(375)!, page.path);
      const links = await tab.$$eval("main a", (as) => as.map((a) => ({ href: a.getAttribute("href"), text: a.textContent ?? "" })));
      for (const g of GRAPHICS) {
        const link = links.find((l) => l.href === pathIn(page.locale, `charts/${g.id}/`));
        expect(link?.text, g.id).toContain(g.title[page.locale]);
      }
      await tab.close();
    });
  }
});

/** How far the page is wider than the screen now, and what sticks out furthest (an element, or text that does not wrap). */
function overflowNow(): { overflow: number; culprit: string } {
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth <= width) return { overflow: root.scrollWidth - width, culprit: "" };
  // Inside a box that clips or scrolls sideways (a wide table's), overflow is that box's business.
  const inClippingBox = (from: Element | null) => {
    for (let a = from; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return true;
    return false;
  };
  let right = width + 0.5;
  let culprit = "";
  // An element is clipped by its ancestors; text also by the element that holds it.
  const consider = (r: DOMRect, el: Element, what: string) => {
    if (r.width > 0 && r.right > right && !inClippingBox(what ? el : el.parentElement)) {
      right = r.right;
      culprit = `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">${what} reaches ${Math.round(r.right)} px`;
    }
  };
  for (const el of document.body.querySelectorAll("*")) consider(el.getBoundingClientRect(), el, "");
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim() || !n.parentElement) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    consider(range.getBoundingClientRect(), n.parentElement, ` text “${n.textContent.trim().slice(0, 50)}”`);
  }
  return { overflow: root.scrollWidth - width, culprit };
}

/** The most the page is wider than the screen, scrolled from top to bottom half a screen at a time. */
async function widestOverflow(tab: Page): Promise<{ overflow: number; at: number; culprit: string }> {
  let worst = { overflow: -Infinity, at: 0, culprit: "" };
  for (let y = 0; ;) {
    await tab.evaluate((to) => scrollTo(0, to), y);
    // Time for chapters coming into view to be laid out (content-visibility), with or without the page's scripts.
    await tab.waitForTimeout(30);
    const now = await tab.evaluate(overflowNow);
    if (now.overflow > worst.overflow) worst = { ...now, at: y };
    const { height, scrolled } = await tab.evaluate(() => ({
      height: innerHeight,
      scrolled: scrollY + innerHeight >= document.documentElement.scrollHeight,
    }));
    if (scrolled) break;
    y += height / 2;
  }
  return worst;
}

describe("a 320 px phone never scrolls sideways", () => {
  for (const page of pages.filter((p) => p.kind !== "redirect")) {
    it(`${page.path} at 320 px, top to bottom`, async () => {
      const tab = await open(phone, page.path);
      const worst = await widestOverflow(tab);
      expect(worst.overflow, `${page.path}: ${worst.overflow} px too wide at y=${worst.at}: ${worst.culprit}`).toBeLessThanOrEqual(0);
      await tab.close();
    });
  }
  for (const page of pages.filter((p) => p.kind === "story")) {
    it(`${page.path} at 320 px without JavaScript (the linear reading), top to bottom`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
      const tab = await open(context, page.path);
      const worst = await widestOverflow(tab);
      expect(worst.overflow, `${page.path}: ${worst.overflow} px too wide at y=${worst.at}: ${worst.culprit}`).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
});
