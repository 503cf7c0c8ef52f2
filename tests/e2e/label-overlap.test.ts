/**
 * No two labels of a chart overlap, and none leaves its drawing: every chart and step, at the
 * two widths the site draws (340 and 680 px), in both editions, laid out by Chromium with the
 * site's own fonts (the head of the built edition's story: its @font-face rules, font stacks and
 * CSS). Each line of text is measured, not estimated: its position from the layout
 * (getBoundingClientRect), its ink from the font (canvas measureText with the line's computed
 * font: actualBoundingBox*), so two lines set one line-height apart do not count as touching
 * while any two glyphs that would overlap do.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RENDER_WIDTHS, renderChartSvg } from "../../src/charts/render.ts";
import { LOCALES, localePrefix, type Locale } from "../../src/lib/i18n.ts";
import { gotoWithFaces, launchChromium } from "../../scripts/lib/browser.ts";
import { allRenders, siteData } from "../charts/helpers.ts";

const baseUrl = inject("baseUrl");
/** Overlaps and overhangs smaller than this (px) are rounding. */
const TOLERANCE = 0.5;

interface Box {
  text: string;
  /** Index of the <text> element: lines of one element may touch each other. */
  element: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Drawing {
  name: string;
  width: number;
  svg: string;
}

/** Draws `drawings` into a page of the edition's site and measures the ink box of every line of text. */
export async function measureLabels(page: Page, drawings: Drawing[]): Promise<{ name: string; width: number; frame: Box; boxes: Box[] }[]> {
  await page.evaluate((list) => {
    document.body.innerHTML = list
      .map(
        (d, i) =>
          `<div class="chart-svg" data-render="${i}" style="width:${d.width}px;font-family:var(--font-sans);margin-bottom:24px">` +
          `${d.svg}</div>`,
      )
      .join("");
  }, drawings);
  return page.evaluate(async (list) => {
    document.body.getBoundingClientRect();
    await document.fonts.ready;
    const ctx = document.createElement("canvas").getContext("2d")!;
    return list.map((d, i) => {
      const svg = document.querySelector(`[data-render="${i}"] svg`)!;
      const f = svg.getBoundingClientRect();
      const boxes: Box[] = [];
      [...svg.querySelectorAll("text")].forEach((t, element) => {
        const lines = t.querySelectorAll("tspan").length ? [...t.querySelectorAll("tspan")] : [t];
        for (const line of lines) {
          const text = line.textContent ?? "";
          if (!text.trim()) continue;
          const r = line.getBoundingClientRect();
          const cs = getComputedStyle(line);
          ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          const m = ctx.measureText(text);
          // The layout box starts at the text's origin and its top is the font's ascent above the baseline.
          const baseline = r.top + m.fontBoundingBoxAscent;
          boxes.push({
            text,
            element,
            left: r.left - m.actualBoundingBoxLeft,
            right: r.left + m.actualBoundingBoxRight,
            top: baseline - m.actualBoundingBoxAscent,
            bottom: baseline + m.actualBoundingBoxDescent,
          });
        }
      });
      return {
        name: d.name,
        width: d.width,
        frame: { text: "", element: -1, left: f.left, right: f.right, top: f.top, bottom: f.bottom },
        boxes,
      };
    });
  }, drawings);
}

/** Every pair of lines from different texts whose ink overlaps, and every line that leaves the frame. */
export function labelProblems({ frame, boxes }: { frame: Box; boxes: Box[] }): string[] {
  const out: string[] = [];
  const px = (n: number) => n.toFixed(1);
  for (let a = 0; a < boxes.length; a++) {
    const A = boxes[a]!;
    const over = {
      left: frame.left - A.left,
      right: A.right - frame.right,
      top: frame.top - A.top,
      bottom: A.bottom - frame.bottom,
    };
    for (const [side, by] of Object.entries(over))
      if (by > TOLERANCE) out.push(`“${A.text}” leaves the drawing at the ${side} by ${px(by)} px`);
    for (let b = a + 1; b < boxes.length; b++) {
      const B = boxes[b]!;
      if (A.element === B.element) continue;
      const w = Math.min(A.right, B.right) - Math.max(A.left, B.left);
      const h = Math.min(A.bottom, B.bottom) - Math.max(A.top, B.top);
      if (w > TOLERANCE && h > TOLERANCE) out.push(`“${A.text}” overlaps “${B.text}” (${px(w)} × ${px(h)} px)`);
    }
  }
  return out;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LOCALES)("chart labels, %s", (locale: Locale) => {
  it("no two labels overlap and none leaves the drawing, in any chart or step, at 340 and 680 px", async () => {
    const page = await browser.newPage();
    // The edition's story page gives the fonts and CSS every chart is drawn with.
    await gotoWithFaces(page, new URL(localePrefix(locale), baseUrl).toString());
    const drawings = allRenders().flatMap(({ spec, step, name }) =>
      Object.values(RENDER_WIDTHS).map((width) => ({ name, width, svg: renderChartSvg(spec, siteData(), { width, step, locale }) })),
    );
    const measured = await measureLabels(page, drawings);
    // The site's faces drew the labels: a fallback font would measure another chart than readers see.
    const families = await page.evaluate(() => [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family));
    expect(families).toContain(locale === "en" ? "Source Sans 3" : "HK Sans");
    const problems = measured.flatMap((m) => labelProblems(m).map((p) => `${m.name} at ${m.width} px: ${p}`));
    expect(measured.reduce((n, m) => n + m.boxes.length, 0)).toBeGreaterThan(drawings.length * 5);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the overlap check", () => {
  it("finds two labels drawn over each other and a label past the edge", async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl, { waitUntil: "load" });
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60" font-size="12">` +
      `<text x="10" y="20">Mainland China</text><text x="40" y="24">Japan</text><text x="170" y="50">Taiwan</text>` +
      `<text x="10" y="50">one</text><text x="10" y="64.4">two</text></svg>`;
    const [m] = await measureLabels(page, [{ name: "test", width: 200, svg }]);
    const problems = labelProblems(m!);
    expect(problems).toEqual([
      expect.stringMatching(/^“Mainland China” overlaps “Japan”/),
      expect.stringMatching(/^“Taiwan” leaves the drawing at the right/),
      expect.stringMatching(/^“two” leaves the drawing at the bottom/),
    ]);
    await page.close();
  });
});
