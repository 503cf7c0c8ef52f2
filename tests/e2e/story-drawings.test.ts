/**
 * One drawing per chart in the story, in real Chromium: without JavaScript, and on a phone, every
 * chart is its phone drawing (340 px wide) and story-wide.json is never asked for; at 1280 px the
 * sticky graphic gets the desktop drawing (680 px) of each step from story-wide.json, in a box
 * already shaped for it, so the graphic does not change height and nothing shifts when it arrives.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RENDER_WIDTHS } from "../../src/charts/render.ts";
import { LOCALES, localePrefix } from "../../src/lib/i18n.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
const WIDE_FILE = "story-wide.json";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the story of an edition, counting requests for its wide drawings. */
async function openStory(
  locale: (typeof LOCALES)[number],
  options: { width: number; javaScriptEnabled?: boolean; hold?: (route: Route) => void },
): Promise<{ page: Page; wideRequests: string[] }> {
  const page = await browser.newPage({
    viewport: { width: options.width, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const wideRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith(WIDE_FILE)) wideRequests.push(r.url());
  });
  if (options.hold) await page.route(`**/${WIDE_FILE}`, options.hold);
  await page.goto(new URL(localePrefix(locale), baseUrl).toString(), { waitUntil: "load" });
  return { page, wideRequests };
}

/** The width of each story figure's drawings, outside the sticky graphic's copies: [chart--step, widths]. */
function drawings(page: Page): Promise<[string, number[]][]> {
  return page.$$eval("main figure.chart", (figs) =>
    figs
      .filter((f) => !f.closest(".scrolly-graphic"))
      .map((f) => [
        `${f.getAttribute("data-chart-id")}--${f.getAttribute("data-step")}`,
        [...f.querySelectorAll("svg[viewBox]")].map((s) => Number(s.getAttribute("viewBox")!.split(" ")[2])),
      ]),
  );
}

for (const locale of LOCALES) {
  describe(`the story's drawings, ${locale}`, () => {
    for (const width of [375, 1280]) {
      it(`without JavaScript at ${width} px: one drawing per chart, the phone's, and no wide drawings fetched`, async () => {
        const { page, wideRequests } = await openStory(locale, { width, javaScriptEnabled: false });
        const shown = await drawings(page);
        expect(shown.length).toBeGreaterThan(10);
        expect(shown.filter(([, ws]) => ws.length !== 1 || ws[0] !== RENDER_WIDTHS.narrow)).toEqual([]);
        // Each is drawn, at a legible size: never narrower than the phone drawing's own width when there is room.
        const boxes = await page.$$eval("main figure.chart svg", (svgs) => svgs.map((s) => s.getBoundingClientRect().width));
        expect(boxes.every((w) => w >= Math.min(RENDER_WIDTHS.narrow, width - 40))).toBe(true);
        expect(wideRequests).toEqual([]);
        await page.close();
      });
    }

    it("with JavaScript at 375 px: the sticky graphic keeps the phone drawings and never asks for the wide ones", async () => {
      const { page, wideRequests } = await openStory(locale, { width: 375 });
      await page.waitForSelector(".scrolly.is-enhanced");
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(1500);
      const layerWidths = await page.$$eval(".scrolly-layer svg[viewBox]", (svgs) =>
        svgs.map((s) => Number(s.getAttribute("viewBox")!.split(" ")[2])),
      );
      // A layer for each step of the sections that stay sticky (scrolly.ts's fit keeps the others linear).
      expect(layerWidths.length).toBeGreaterThan(0);
      expect(layerWidths.length).toBe(await page.locator(".scrolly.is-enhanced .step").count());
      expect(new Set(layerWidths)).toEqual(new Set([RENDER_WIDTHS.narrow]));
      expect(wideRequests).toEqual([]);
      await page.close();
    });

    it("with JavaScript at 1280 px: each step's sticky graphic shows the desktop drawing, in a box that held its height", async () => {
      // Hold the wide drawings back until the box they go into has been measured.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const { page, wideRequests } = await openStory(locale, {
        width: 1280,
        hold: (route) => void held.then(() => route.continue()),
      });
      await page.waitForSelector(".scrolly.is-enhanced");
      await expect.poll(() => page.locator(".scrolly:not(.is-enhanced):not(.is-linear)").count(), { timeout: 5000 }).toBe(0);
      const first = page.locator(".scrolly.is-enhanced").first();
      await first
        .locator(".step")
        .first()
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => first.locator(".scrolly-graphic .chart-svg.is-awaiting-wide").count()).toBeGreaterThan(0);
      // Shifts counted from here: once the fonts the scroll brought in have drawn (their swap is not the drawing's doing).
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(200);
      await page.evaluate(() => {
        (window as unknown as { shifts: number[] }).shifts = [];
        new PerformanceObserver((l) =>
          l.getEntries().forEach((e) => (window as unknown as { shifts: number[] }).shifts.push((e as unknown as { value: number }).value)),
        ).observe({ type: "layout-shift" });
      });
      const before = await first.locator(".scrolly-graphic").evaluate((el) => el.getBoundingClientRect().height);
      expect(wideRequests.length).toBe(1);
      release();
      await expect.poll(() => first.locator(".scrolly-graphic .chart-svg.is-wide").count()).toBeGreaterThan(0);
      const after = await first.locator(".scrolly-graphic").evaluate((el) => el.getBoundingClientRect().height);
      expect(after).toBe(before);
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0))).toBe(0);

      // Every step of each sticky section, scrolled to as a reader would: the active layer is the step's chart and
      // state, drawn wide. (A section whose graphic does not fit the screen keeps the linear reading: scrolly.ts's fit.)
      const wide = JSON.parse(readFileSync(join(distDir, localePrefix(locale), WIDE_FILE), "utf8")) as Record<string, string>;
      const sections = await page.locator(".scrolly.is-enhanced").count();
      let checked = 0;
      for (let s = 0; s < sections; s++) {
        const section = page.locator(".scrolly.is-enhanced").nth(s);
        const steps = section.locator(".step");
        for (let i = 0; i < (await steps.count()); i++) {
          const step = steps.nth(i);
          await step.evaluate((el) => el.scrollIntoView({ block: "center" }));
          await expect.poll(() => section.getAttribute("data-active-step"), { timeout: 3000 }).toBe(String(i));
          const key = `${await step.getAttribute("data-chart")}--${await step.getAttribute("data-state")}`;
          const layer = section.locator(".scrolly-layer.is-active");
          await expect.poll(() => layer.locator(".chart-svg.is-wide svg").count(), { timeout: 3000 }).toBe(1);
          const viewBox = await layer.locator(".chart-svg svg").getAttribute("viewBox");
          expect(viewBox, key).toBe(/viewBox="([^"]+)"/.exec(wide[key]!)![1]);
          expect(Number(viewBox!.split(" ")[2]), key).toBe(RENDER_WIDTHS.wide);
          // The box was shaped from data-wide-size: the drawing fills it exactly.
          const [boxH, svgH] = await layer
            .locator(".chart-svg")
            .evaluate((box) => [box.getBoundingClientRect().height, box.querySelector("svg")!.getBoundingClientRect().height]);
          expect(Math.abs(boxH - svgH), key).toBeLessThan(1);
          checked++;
        }
      }
      // story-wide.json holds every step's drawing (which sections fit depends on the screen's height).
      expect(checked).toBeGreaterThan(0);
      expect(checked).toBe(await page.locator(".scrolly.is-enhanced .step").count());
      expect(Object.keys(wide).length).toBe(await page.locator(".scrolly .step").count());
      expect(wideRequests.length).toBe(1);
      // The copies are hidden from assistive technology; the steps' own figures keep their phone drawing for it.
      expect(await page.locator(".scrolly-layer svg:not([aria-hidden='true'])").count()).toBe(0);
      expect(await page.locator(".step-figure svg[role=img][aria-labelledby]").count()).toBe(await page.locator(".scrolly .step").count());
      await page.close();
    });
  });
}
