/**
 * Lighthouse's accessibility, best-practices and SEO categories at 100 on the pages the bench
 * measures (the story, a chart page and an embed) and the gallery, in both editions, in this Chromium (mobile
 * preset), against the test build. Performance is left to `npm run bench`: one run cannot tell
 * 99 from 100 on a busy machine (bench/README.md). A failure names each failing audit and up to
 * three of the nodes or URLs it found.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LOCALES, localePrefix } from "../../src/lib/i18n.ts";
import { launchChromeForLighthouse, runLighthouse, type Chrome } from "../../scripts/bench/lighthouse.ts";

const baseUrl = inject("baseUrl");
const CATEGORIES = ["accessibility", "best-practices", "seo"] as const;
let chrome: Chrome;
beforeAll(async () => {
  chrome = await launchChromeForLighthouse();
});
afterAll(async () => {
  await chrome?.close();
});

describe.each(LOCALES)("Lighthouse, %s", (locale) => {
  for (const path of ["", "charts/", "charts/imports-mainland-vs-japan/", "embed/imports-mainland-vs-japan/"])
    it(`/${localePrefix(locale)}${path}: accessibility, best practices and SEO 100`, { timeout: 180_000 }, async () => {
      const m = await runLighthouse(new URL(localePrefix(locale) + path, baseUrl).toString(), chrome.port, 170_000, CATEGORIES);
      const failing = m.failing.filter((a) => a.weight > 0).map((a) => `${a.category}: ${a.id} (${a.title}) ${a.items.join(" | ")}`);
      expect({ scores: m.scores, failing }).toEqual({
        scores: { performance: null, accessibility: 100, "best-practices": 100, seo: 100 },
        failing: [],
      });
    });
});
