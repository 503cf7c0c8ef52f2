/**
 * The story in real Chromium: complete without JavaScript, steps drive the sticky graphic,
 * linear under reduced motion, sensible keyboard order, no request leaves the origin.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TABLES } from "../../src/tables/index.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The chart ids and states the story's steps and standalone charts use, read from the page. */
async function storyCharts(page: Page): Promise<{ id: string; step: string }[]> {
  return page.$$eval("figure.chart[data-chart-id]", (figs) =>
    figs.map((f) => ({ id: f.getAttribute("data-chart-id")!, step: f.getAttribute("data-step") ?? "" })),
  );
}

describe("the story without JavaScript", () => {
  it("shows every figure of the paper and every table, as static SVG and HTML", async () => {
    const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    await page.goto(baseUrl);
    const charts = await storyCharts(page);
    const ids = new Set(charts.map((c) => c.id));
    for (const id of ["imports-mainland-vs-japan", "animation-exports-2016", "origin-of-releases-2022", "exports-mainland-vs-taiwan"]) {
      expect(ids.has(id), `figure ${id}`).toBe(true);
    }
    // Every chart has a visible SVG with a title and description (the narrow one at 375 px).
    const visibleSvgs = await page.$$eval("figure.chart", (figs) =>
      figs.map((f) => [...f.querySelectorAll("svg[role=img]")].filter((s) => (s as SVGElement).getBoundingClientRect().width > 0).length),
    );
    expect(visibleSvgs.every((n) => n === 1)).toBe(true);
    for (const t of TABLES) {
      const table = page.locator(`figure[data-table-id="${t.id}"] table`);
      expect(await table.count(), t.id).toBe(1);
      expect(await table.locator("caption").textContent()).toContain(t.paperRef.en);
      expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    }
    // Linear reading: no sticky layout, each step's chart follows its text.
    expect(await page.locator(".scrolly.is-enhanced").count()).toBe(0);
    expect(await page.locator(".step .step-figure svg").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("fits a 320 px phone: no sideways scrolling of the page (wide tables scroll in their own box)", async () => {
    for (const path of ["", "data/", "charts/", "charts/table-4-mainland-films-hk-2022/", "embed/imports-mainland-vs-japan/"]) {
      const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
      await page.goto(new URL(path, baseUrl).toString());
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `/${path}`).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

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
  for (const width of [1280, 375]) {
    it(`at ${width} px, scrolling to each step puts the graphic in that step's state`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(baseUrl);
      await page.waitForSelector(".scrolly.is-enhanced");
      const sections = await page.locator(".scrolly").count();
      expect(sections).toBeGreaterThan(3);
      for (let s = 0; s < sections; s++) {
        const section = page.locator(".scrolly").nth(s);
        const steps = section.locator(".step");
        const n = await steps.count();
        for (let i = 0; i < n; i++) {
          const step = steps.nth(i);
          await step.evaluate((el) => el.scrollIntoView({ block: "center" }));
          await expect.poll(() => section.getAttribute("data-active-step"), { timeout: 3000 }).toBe(String(i));
          const want = { chart: await step.getAttribute("data-chart"), state: await step.getAttribute("data-state") };
          const layer = section.locator(".scrolly-layer.is-active");
          expect(await layer.count()).toBe(1);
          expect({ chart: await layer.getAttribute("data-chart"), state: await layer.getAttribute("data-state") }).toEqual(want);
          await expect.poll(() => layer.evaluate((el) => getComputedStyle(el).opacity), { timeout: 3000 }).toBe("1");
        }
      }
      await page.close();
    });
  }

  it("the sticky graphic does not shift the layout when the step changes", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    await page.waitForSelector(".scrolly.is-enhanced");
    const section = page.locator(".scrolly").first();
    const heights: number[] = [];
    const steps = section.locator(".step");
    for (let i = 0; i < (await steps.count()); i++) {
      await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => section.getAttribute("data-active-step")).toBe(String(i));
      heights.push(await section.locator(".scrolly-graphic").evaluate((el) => el.getBoundingClientRect().height));
    }
    expect(new Set(heights).size).toBe(1);
    await page.close();
  });

  it("stays linear under prefers-reduced-motion", async () => {
    const page = await browser.newPage({ reducedMotion: "reduce" });
    await page.goto(baseUrl);
    await page.waitForLoadState("load");
    expect(await page.locator(".scrolly.is-enhanced").count()).toBe(0);
    await page.close();
  });
});

describe("keyboard and network", () => {
  it("tabs from the skip link through the navigation and chapters in reading order", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    const stops: { text: string; top: number }[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      stops.push(
        await page.evaluate(() => ({
          text: (document.activeElement?.textContent ?? "").trim(),
          top: document.activeElement!.getBoundingClientRect().top + window.scrollY,
        })),
      );
    }
    expect(stops[0]!.text).toBe("Skip to content");
    expect(stops.slice(1, 5).map((s) => s.text)).toEqual(["Screens across the border", "Story", "Charts", "Data"]);
    // After the header, focus moves down the page, never back up.
    const tops = stops.slice(5).map((s) => s.top);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    await page.close();
  });

  it("makes no request outside its own origin", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const urls: string[] = [];
    page.on("request", (r) => urls.push(r.url()));
    await page.goto(baseUrl, { waitUntil: "networkidle" });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    const origin = new URL(baseUrl).origin;
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"))).toEqual([]);
    await page.close();
  });
});
