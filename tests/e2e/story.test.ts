/**
 * The story of both editions (/ and /zh-hk/) in real Chromium: steps drive the sticky graphic at
 * 1280 and 375 px, the graphic does not shift the layout, linear under reduced motion, sensible
 * keyboard order, no request leaves the origin. Every figure without JavaScript, and the 320 px
 * phone, are checked on every page in pages.test.ts.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { placedFigures } from "./figures.ts";

const baseUrl = inject("baseUrl");
const EDITIONS = [
  { locale: "en", name: "English", url: () => baseUrl },
  { locale: "zh-hk", name: "Chinese", url: () => new URL("zh-hk/", baseUrl).toString() },
] as const;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the story without JavaScript", () => {
  it("marks Chinese titles with their language", async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(baseUrl);
    const zh = await page.$$eval('[lang="zh-Hans"]', (els) => els.map((e) => e.textContent));
    expect(zh).toContain("长津湖之水门桥");
    expect(zh).toContain("明日战记");
    await page.close();
  });
});

describe("scrollytelling", () => {
  for (const edition of EDITIONS) {
    for (const width of [1280, 375]) {
      it(`${edition.name} story at ${width} px: each step puts the sticky graphic in its chart and state`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(edition.url());
        await page.waitForSelector(".scrolly.is-enhanced");
        const sections = await page.locator(".scrolly").count();
        expect(sections).toBeGreaterThan(3);
        // Every section enhanced (one per idle slice), with one layer per step, or kept linear because
        // its graphic would not fit the room the sticky layout leaves it (which it records).
        await expect.poll(() => page.locator(".scrolly:not(.is-enhanced):not(.is-linear)").count(), { timeout: 5000 }).toBe(0);
        for (const why of await page.locator(".scrolly.is-linear").evaluateAll((els) => els.map((e) => e.getAttribute("data-linear")))) {
          const [graphic, room] = (/^graphic (\d+) px, room (\d+) px$/.exec(why ?? "") ?? []).slice(1).map(Number);
          expect(graphic, why ?? "no reason").toBeGreaterThan(room!);
          expect(room).toBeGreaterThan(0);
        }
        // On a wide screen only the film lists (Tables 4 and 7), drawn taller than the screen, may stay linear.
        const linearCharts = await page
          .locator(".scrolly.is-linear .step")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-chart")));
        if (width === 1280)
          for (const chart of linearCharts) expect(["mainland-films-hk-2022-box-office", "hk-films-2022-box-office"]).toContain(chart);
        // The steps are the ones the edition's chapters place, in order.
        const placed = placedFigures(process.cwd(), edition.locale).flatMap((p) =>
          p.kind === "step" ? [{ chart: p.chart, state: p.state }] : [],
        );
        const onPage = await page.$$eval(".scrolly .step", (els) =>
          els.map((e) => ({ chart: e.getAttribute("data-chart"), state: e.getAttribute("data-state") })),
        );
        expect(onPage).toEqual(placed);
        const enhanced = await page.locator(".scrolly.is-enhanced").count();
        expect(enhanced).toBeGreaterThanOrEqual(3);
        for (let s = 0; s < enhanced; s++) {
          const section = page.locator(".scrolly.is-enhanced").nth(s);
          const steps = section.locator(".step");
          const n = await steps.count();
          expect(await section.locator(".scrolly-layer").count()).toBe(n);
          for (let i = 0; i < n; i++) {
            const step = steps.nth(i);
            await step.evaluate((el) => el.scrollIntoView({ block: "center" }));
            await expect.poll(() => section.getAttribute("data-active-step"), { timeout: 3000 }).toBe(String(i));
            const want = { chart: await step.getAttribute("data-chart"), state: await step.getAttribute("data-state") };
            const layer = section.locator(".scrolly-layer.is-active");
            expect(await layer.count()).toBe(1);
            expect({ chart: await layer.getAttribute("data-chart"), state: await layer.getAttribute("data-state") }).toEqual(want);
            // The layer shows that chart in that state, drawn, and it alone is visible once the cross-fade ends.
            const figure = layer.locator("figure.chart");
            expect({ chart: await figure.getAttribute("data-chart-id"), state: await figure.getAttribute("data-step") }).toEqual(want);
            expect(
              await figure.evaluate((f) => [...f.querySelectorAll("svg")].filter((s) => s.getBoundingClientRect().width > 0).length),
            ).toBe(1);
            await expect.poll(() => layer.evaluate((el) => getComputedStyle(el).opacity), { timeout: 3000 }).toBe("1");
            await expect
              .poll(
                () => section.locator(".scrolly-layer:not(.is-active)").evaluateAll((ls) => ls.map((l) => getComputedStyle(l).opacity)),
                {
                  timeout: 3000,
                },
              )
              .toEqual(Array(n - 1).fill("0"));
            expect(await step.evaluate((el) => el.classList.contains("is-active"))).toBe(true);
            // The graphic leaves the text room: beside it on a wide screen; on a phone, the whole card
            // fits below the graphic stuck at the top, so there is a moment the reader sees all of it.
            const room = await step.evaluate((el, phone) => {
              const g = el.closest(".scrolly")!.querySelector(".scrolly-graphic")!.getBoundingClientRect();
              const c = el.querySelector(".step-text")!.getBoundingClientRect();
              return phone
                ? { ok: c.height <= innerHeight - g.height, text: `card ${c.height} px, graphic ${g.height} px of ${innerHeight}` }
                : { ok: g.right <= c.left || c.right <= g.left, text: `graphic ${g.left}-${g.right}, card ${c.left}-${c.right}` };
            }, width < 900);
            expect(room.ok, `section ${s}, step ${i}: ${room.text}`).toBe(true);
          }
        }
        await page.close();
      });
    }

    it(`${edition.name} story at 375 px: a section whose graphic is taller than the room on a phone keeps the linear reading`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
      await page.goto(edition.url());
      await expect.poll(() => page.locator(".scrolly:not(.is-enhanced):not(.is-linear)").count(), { timeout: 5000 }).toBe(0);
      // Chapter 2's film lists (Tables 4 and 7) are drawn taller than a phone's screen.
      const linear = page.locator(".scrolly.is-linear");
      expect(await linear.count()).toBeGreaterThan(0);
      for (const section of await linear.all()) {
        expect(await section.locator(".scrolly-layer").count()).toBe(0);
        expect(await section.locator(".scrolly-graphic").isVisible()).toBe(false);
        for (const figure of await section.locator(".step-figure figure.chart").all()) expect(await figure.isVisible()).toBe(true);
      }
      await page.close();
    });

    it(`${edition.name} story: the sticky graphic does not shift the layout when the step changes`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(edition.url());
      await page.waitForSelector(".scrolly.is-enhanced");
      const section = page.locator(".scrolly").first();
      const heights: number[] = [];
      const steps = section.locator(".step");
      for (let i = 0; i < (await steps.count()); i++) {
        await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: "center" }));
        await expect.poll(() => section.getAttribute("data-active-step")).toBe(String(i));
        heights.push(await section.locator(".scrolly-graphic").evaluate((el) => el.getBoundingClientRect().height));
      }
      expect(heights.length).toBeGreaterThan(1);
      expect(new Set(heights).size).toBe(1);
      await page.close();
    });

    it(`${edition.name} story: stays linear under prefers-reduced-motion`, async () => {
      const page = await browser.newPage({ reducedMotion: "reduce" });
      await page.goto(edition.url());
      await page.waitForLoadState("load");
      await page.waitForTimeout(300);
      expect(await page.locator(".scrolly").count()).toBeGreaterThan(3);
      expect(await page.locator(".scrolly.is-enhanced").count()).toBe(0);
      await page.close();
    });
  }
});

describe("keyboard and network", () => {
  const HEADER = {
    en: ["Skip to content", "Screens across the border", "Story", "Charts", "Data"],
    "zh-hk": ["跳到內容", "跨境銀幕", "報道", "圖表", "數據"],
  };
  for (const edition of EDITIONS) {
    it(`${edition.name} story: tabs from the skip link through the navigation and chapters in reading order`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(edition.url());
      const stops: { text: string; top: number; inLead: boolean }[] = [];
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press("Tab");
        stops.push(
          await page.evaluate(() => ({
            text: (document.activeElement?.textContent ?? "").trim(),
            top: document.activeElement!.getBoundingClientRect().top + window.scrollY,
            inLead: document.activeElement!.closest(".story-head .lead") !== null,
          })),
        );
      }
      expect(stops.slice(0, 5).map((s) => s.text)).toEqual(HEADER[edition.locale]);
      // After the header, focus moves down the page, never back up. The story's head is two columns on a
      // wide screen, the lead graphic beside the headline: each column is read top to bottom, the lead's
      // stops in one run (it comes after the headline in the source, as it does on a phone).
      const rest = stops.slice(5);
      const down = (xs: typeof rest) => expect(xs.map((s) => s.top)).toEqual(xs.map((s) => s.top).sort((a, b) => a - b));
      const lead = rest.filter((s) => s.inLead);
      expect(lead.length).toBeGreaterThan(0);
      down(lead);
      down(rest.filter((s) => !s.inLead));
      const first = rest.findIndex((s) => s.inLead);
      expect(rest.slice(first, first + lead.length).every((s) => s.inLead)).toBe(true);
      await page.close();
    });

    it(`${edition.name} story: makes no request outside its own origin`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      const urls: string[] = [];
      page.on("request", (r) => urls.push(r.url()));
      await page.goto(edition.url(), { waitUntil: "networkidle" });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(300);
      const origin = new URL(baseUrl).origin;
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"))).toEqual([]);
      await page.close();
    });
  }
});
