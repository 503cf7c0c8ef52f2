/**
 * The Chinese pages do not move when the Hong Kong face arrives, on a device with no Chinese
 * font (this Chromium has none): until then the blank CJK Metrics face (src/lib/cjk-metrics-font.ts)
 * holds each character's place at its final width and height. Each page is loaded with the face's
 * file held back for a second, and the layout shifts are summed as Lighthouse's CLS counts them.
 * Without the blank face the Chinese story shifted by 0.18 at 375 px.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ["zh-hk/", "zh-hk/charts/imports-mainland-vs-japan/", "zh-hk/charts/", "zh-hk/data/"];

describe("the Chinese pages while the Hong Kong face loads", () => {
  for (const path of PAGES)
    for (const width of [375, 1280])
      it(`/${path} at ${width} px: no layout shift when the face arrives a second late`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        let held = 0;
        await page.route(/\/fonts\/hk-[0-9a-f]+\.woff2$/, async (route) => {
          held++;
          await new Promise((r) => setTimeout(r, 1000));
          await route.continue();
        });
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: [number, string][] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node }[];
            })[])
              if (!e.hadRecentInput) w.shifts.push([e.value, (e.sources ?? []).map((s) => s.node?.nodeName ?? "?").join(",")]);
          }).observe({ type: "layout-shift", buffered: true });
        });
        await page.goto(new URL(path, baseUrl).toString());
        await page.waitForLoadState("networkidle");
        // The face really was held back and then drew the text.
        expect(held).toBeGreaterThan(0);
        await expect.poll(() => page.evaluate(() => document.fonts.check('16px "HK Sans"', "香港"))).toBe(true);
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: [number, string][] }).shifts);
        const total = shifts.reduce((s, [v]) => s + v, 0);
        expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
        await page.close();
      });
});
