/**
 * No page moves while it loads, in either edition, loaded as Lighthouse loads it: a cold browser,
 * no throttling, a phone's viewport (412 x 823) and a desktop's. Two causes were measured before
 * and are held here: the Latin faces swapping in (a paragraph that took one more line in Source
 * Serif 4 moved the gallery's cards: CLS 0.22; now font-display: optional, src/graphics/fonts.ts),
 * and, on this browser with no Chinese font, Chinese text first drawn as missing-glyph boxes of
 * another width (CLS 0.24 on /zh-hk/; now the blank face installed before the first layout,
 * src/lib/cjk-metrics-script.ts). A layout shift is counted as the browser reports it (the
 * Layout Instability API, shifts without recent input), from the start of the load.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { familiesDrawing } from "./drawn-fonts.ts";
import { localePrefix, LOCALES } from "../../src/lib/i18n.ts";
import { CJK_METRICS_FAMILY } from "../../src/lib/cjk-metrics-script.ts";

const baseUrl = inject("baseUrl");

/** Each kind of page a reader or a journalist lands on. */
const PAGES = [
  "",
  "charts/",
  "charts/imports-mainland-vs-japan/",
  "charts/table-4-mainland-films-hk-2022/",
  "embed/imports-mainland-vs-japan/",
  "data/",
  "checks/",
  "corrections/",
];
const VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
];
/**
 * What a page may move by. The faults found were 0.015 and more (the chapter list restyled by its
 * script, Table 4's sort buttons: 0.04). What remains is up to 0.006: Table 4's rows re-wrapping
 * when the Latin faces arrive within their block period, before the first paint of that text.
 */
const BOUND = 0.01;

interface Watched {
  shifts: { value: number; sources: string[] }[];
  /** The blank face's status when the document had been parsed, before its first layout. */
  blankFaceAtParse?: string;
}

async function watch(page: Page): Promise<void> {
  await page.addInitScript((family) => {
    const w = window as unknown as Watched;
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[])
        if (!e.hadRecentInput)
          w.shifts.push({
            value: e.value,
            sources: (e.sources ?? []).map((s) =>
              s.node instanceof Element ? `${s.node.tagName}.${s.node.getAttribute("class")}` : "text",
            ),
          });
    }).observe({ type: "layout-shift", buffered: true });
    document.addEventListener("DOMContentLoaded", () => {
      w.blankFaceAtParse = [...document.fonts].find((f) => f.family === family && f.status === "loaded")?.status ?? "not loaded";
    });
  }, CJK_METRICS_FAMILY);
}

async function settle(page: Page): Promise<Watched> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const { shifts, blankFaceAtParse } = window as unknown as Watched;
    return { shifts, ...(blankFaceAtParse ? { blankFaceAtParse } : {}) };
  });
}

const total = (w: Watched) => w.shifts.reduce((a, s) => a + s.value, 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LOCALES)("layout shift while loading, %s", (locale) => {
  it.each(PAGES)(`/${localePrefix(locale).replace(/^\//, "")}%s: nothing moves at 412 or 1280 px`, async (path) => {
    const url = new URL(localePrefix(locale).replace(/^\//, "") + path, baseUrl).toString();
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await watch(page);
      await page.goto(url, { waitUntil: "load" });
      const watched = await settle(page);
      await context.close();
      expect(total(watched), `${url} at ${viewport.width} px: ${JSON.stringify(watched.shifts)}`).toBeLessThan(BOUND);
      if (locale !== "en") expect(watched.blankFaceAtParse, "the blank face, installed in <head>").toBe("loaded");
    }
  });
});

describe("the Chinese face arriving late", () => {
  it("holds the text's place with the blank face: nothing moves when Noto Sans HK arrives 1.5 s late", async () => {
    for (const path of ["zh-hk/", "zh-hk/charts/", "zh-hk/embed/imports-mainland-vs-japan/"]) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.route(/\/fonts\/hk-[^/]+\.woff2$/, async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await watch(page);
      await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "load" });
      const watched = await settle(page);
      const hk = await page.evaluate(() => [...document.fonts].filter((f) => f.family === "HK Sans").map((f) => f.status));
      await context.close();
      expect(hk, `/${path}: the Hong Kong face arrived`).toContain("loaded");
      expect(total(watched), `/${path}: ${JSON.stringify(watched.shifts)}`).toBeLessThan(BOUND);
    }
  });
});

describe("the Hong Kong face without JavaScript", () => {
  it("comes from its <noscript> at once: the headline is drawn in Noto Sans HK", async () => {
    for (const path of ["zh-hk/", "zh-hk/embed/imports-mainland-vs-japan/"]) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "networkidle" });
      const families = await familiesDrawing(page, "h1, .chart-title");
      await context.close();
      expect(families, `/${path}`).toEqual(expect.arrayContaining([expect.stringMatching(/^Noto Sans HK\b/)]));
    }
  });
});
