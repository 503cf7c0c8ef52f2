/**
 * The charts' readouts in real Chromium (src/client/chart-tips.ts): on every chart page of both
 * editions the chart is reached with Tab, the arrow keys, Home and End step through its marks and
 * the readout shown and announced is the mark's own (data-tip, formatted at build time), Escape
 * hides it; the pointer and a finger get the readout of the mark under them; an embed and the
 * scrollytelling's sticky copies answer too; without JavaScript the chart is as built.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHARTS } from "../../src/charts/index.ts";
import { LOCALES, localePrefix } from "../../src/lib/i18n.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const visibleTip = (scope: Page | Locator) => scope.locator(".chart-tip:not([hidden])");

/** Tabs until the page's first chart has focus; returns how many presses it took. */
async function tabToChart(page: Page): Promise<number> {
  for (let n = 1; n <= 80; n++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.matches("figure.chart .chart-svg svg") ?? false)) return n;
  }
  throw new Error("Tab never reached a chart");
}

describe.each(LOCALES)("keyboard, %s", (locale) => {
  for (const spec of CHARTS) {
    it(`${spec.id}: Tab reaches the chart; arrows, Home, End step through the readouts; Escape hides them`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(new URL(`${localePrefix(locale)}charts/${spec.id}/`, baseUrl).toString());
      await tabToChart(page);
      const svg = page.locator(":focus");
      const figure = page.locator("figure.chart").first();
      const tips = await svg.locator("[data-tip]").evaluateAll((els) => els.map((e) => e.getAttribute("data-tip")!));
      expect(tips.length).toBeGreaterThan(1);
      const live = figure.locator(".chart-tip-live");
      expect(await live.getAttribute("aria-live")).toBe("polite");
      expect(await live.textContent()).toBe(await figure.getAttribute("data-tip-hint"));
      const shows = async (i: number) => {
        expect(await visibleTip(figure).textContent()).toBe(tips[i]);
        expect(await live.textContent()).toBe(tips[i]);
        expect(await svg.locator("[data-tip].is-tipped").getAttribute("data-tip")).toBe(tips[i]);
      };
      await page.keyboard.press("ArrowRight");
      await shows(0);
      await page.keyboard.press("ArrowRight");
      await shows(1);
      await page.keyboard.press("End");
      await shows(tips.length - 1);
      await page.keyboard.press("Home");
      await shows(0);
      await page.keyboard.press("Escape");
      expect(await visibleTip(figure).count()).toBe(0);
      await page.close();
    });
  }
});

describe("pointer and touch", () => {
  it("the pointer over a mark shows that mark's readout, and leaving the chart hides it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL("charts/imports-mainland-vs-japan/", baseUrl).toString());
    const mark = page.locator("figure.chart .chart-svg--wide svg [data-tip]").nth(5);
    await mark.hover();
    expect(await visibleTip(page).textContent()).toBe(await mark.getAttribute("data-tip"));
    await page.mouse.move(5, 5);
    expect(await visibleTip(page).count()).toBe(0);
    await page.close();
  });

  it("a finger's tap on a bar shows its readout on a phone; a tap elsewhere hides it", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(new URL("zh-hk/charts/box-office-2022/", baseUrl).toString());
    const bar = page.locator("figure.chart .chart-svg--narrow svg rect[data-tip]").nth(1);
    const box = (await bar.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    expect(await visibleTip(page).textContent()).toBe(await bar.getAttribute("data-tip"));
    await page.locator(".chart-subtitle").first().tap();
    expect(await visibleTip(page).count()).toBe(0);
    await context.close();
  });

  it("works inside an embed", async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 700 } });
    await page.goto(new URL("embed/exports-mainland-vs-taiwan/", baseUrl).toString());
    await tabToChart(page);
    await page.keyboard.press("ArrowRight");
    const first = await page.locator(":focus [data-tip]").first().getAttribute("data-tip");
    expect(await visibleTip(page).textContent()).toBe(first);
    const mark = page.locator("figure.chart svg [data-tip]:visible").nth(3);
    await mark.hover();
    expect(await visibleTip(page).textContent()).toBe(await mark.getAttribute("data-tip"));
    await page.close();
  });
});

describe("scrollytelling", () => {
  it("the sticky copy answers the pointer, never takes focus, and shows the readouts of the step's chart focused by keyboard", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    await page.waitForSelector(".scrolly.is-enhanced");
    const section = page.locator(".scrolly.is-enhanced").first();
    const step = section.locator(".step").first();
    await step.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await expect.poll(() => section.getAttribute("data-active-step")).toBe("0");
    const layer = section.locator(".scrolly-layer.is-active");
    expect(await page.locator(".scrolly-graphic [tabindex]").count()).toBe(0);
    const mark = layer.locator("svg [data-tip]:visible").nth(2);
    await mark.hover();
    expect(await visibleTip(layer).textContent()).toBe(await mark.getAttribute("data-tip"));
    await page.mouse.move(5, 5);
    // The step's own chart (kept for screen readers, out of sight) takes focus; its readout shows on the copy.
    const own = step.locator(".step-figure svg[tabindex]").first();
    await own.focus();
    await page.keyboard.press("ArrowRight");
    const first = await own.locator("[data-tip]").first().getAttribute("data-tip");
    expect(await visibleTip(layer).textContent()).toBe(first);
    expect(await section.locator(".step-figure .chart-tip-live").first().textContent()).toBe(first);
    await page.close();
  });
});

describe.each(LOCALES)("the story's readouts, from story-tips.json, %s", (locale) => {
  const file = join(distDir, localePrefix(locale), "story-tips.json");

  it("the page's drawings carry their marks without the texts, which the file holds, one for each mark of each figure", async () => {
    const tips = JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(localePrefix(locale), baseUrl).toString());
    expect(await page.locator("article.story").getAttribute("data-tips-src")).toBe(`/${localePrefix(locale)}story-tips.json`);
    const figures = await page.locator("figure.chart[data-tips]").evaluateAll((els) =>
      els.map((f) => ({
        key: (f as HTMLElement).dataset.tips!,
        marks: [...f.querySelectorAll(".chart-svg svg [data-tip]")].map((m) => m.getAttribute("data-tip")),
      })),
    );
    expect(figures.length).toBeGreaterThanOrEqual(15);
    for (const { key, marks } of figures) {
      expect(
        marks.every((m) => m === ""),
        key,
      ).toBe(true);
      expect(tips[key]?.length, key).toBe(marks.length);
    }
    expect(Object.keys(tips).sort()).toEqual([...new Set(figures.map((f) => f.key))].sort());
    expect(await page.locator("figure.chart svg [data-tip]:not([data-tip=''])").count()).toBe(0);
    await context.close();
  });

  it("a phone fetches the file once the page has loaded, and a tap shows a mark's readout from it", async () => {
    const tips = JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>;
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const fetched = page.waitForResponse((r) => r.url().endsWith("/story-tips.json"));
    await page.goto(new URL(localePrefix(locale), baseUrl).toString());
    expect((await fetched).status()).toBe(200);
    const figure = page.locator('figure.chart[data-tips="hk-films-abroad-2022--"]').first();
    // Playwright's own tap: it waits until the bar, in a chapter laid out only near the screen, holds still.
    await figure.locator("svg rect[data-tip]").nth(2).tap();
    await expect.poll(() => visibleTip(page).textContent()).toBe(tips["hk-films-abroad-2022--"]![2]);
    await context.close();
  });

  it("the keyboard's first readout waits for the file when it is not there yet", async () => {
    const tips = JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>;
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    // Held back until the chart has focus, so the readout has to wait for it.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/story-tips.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL(localePrefix(locale), baseUrl).toString());
    const svg = page.locator('figure.chart[data-tips="imports-top-five--"] .chart-svg svg').first();
    await svg.focus();
    await page.keyboard.press("ArrowRight");
    const figure = page.locator('figure.chart[data-tips="imports-top-five--"]').first();
    expect(await visibleTip(figure).count()).toBe(0);
    release();
    await expect.poll(() => visibleTip(figure).textContent()).toBe(tips["imports-top-five--"]![0]);
    expect(await figure.locator(".chart-tip-live").textContent()).toBe(tips["imports-top-five--"]![0]);
    await page.close();
  });
});

describe("without JavaScript", () => {
  it("the built charts take no focus and carry their readouts only as data", () => {
    for (const locale of LOCALES) {
      const html = readFileSync(join(distDir, localePrefix(locale), "index.html"), "utf8");
      expect(html).not.toMatch(/<svg[^>]*tabindex/);
      expect(html).not.toContain('class="chart-tip');
      // The story's marks are there, their texts in story-tips.json (above).
      expect(html.match(/ data-tip=""/g)?.length ?? 0).toBeGreaterThan(100);
    }
  });
});
