/** axe-core on every page of the built site, in light and dark, at phone and desktop widths. */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import axe from "axe-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
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

/** Every HTML page in the build, as a path relative to the site root. */
function pages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === "index.html") out.push(relative(dir, d).split("\\").join("/") + (relative(dir, d) ? "/" : ""));
    }
  };
  walk(dir);
  return out.sort();
}

describe("axe-core", () => {
  const all = pages(distDir);
  it("finds the pages", () => {
    expect(all).toContain("");
    expect(all).toContain("data/");
  });
  for (const path of all) {
    for (const scheme of ["light", "dark"] as const) {
      it(`/${path} has no violations (${scheme})`, async () => {
        // bypassCSP lets the test inject axe; the site itself never runs inline scripts.
        const context = await browser.newContext({
          colorScheme: scheme,
          bypassCSP: true,
          viewport: { width: scheme === "light" ? 1280 : 375, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "load" });
        await page.evaluate(axe.source);
        const result = await page.evaluate(async () => {
          // @ts-expect-error axe is injected above
          const r = await window.axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v: { id: string; help: string; nodes: { target: string[]; failureSummary: string }[] }) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
          }));
        });
        expect(result).toEqual([]);
        await context.close();
      });
    }
  }
});
