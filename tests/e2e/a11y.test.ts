/**
 * axe-core on every page of both editions, at a phone (375 px) and a desktop (1280 px) width,
 * in light and dark: four cases a page, each named for its page, width and colour scheme, so
 * a failure says which. Embeds are light whatever the reader's scheme (they must not clash with
 * a light host page), so their dark case is ?theme=dark, the dark the host asks for. The pages
 * an old chart id keeps (they send readers on at once, by <meta http-equiv="refresh">) are
 * checked as a browser that does not follow the refresh shows them, once (375 px, light): they
 * have no style, so neither width nor scheme changes them. Cases run five at a time (about
 * 110 s for the 381 cases, measured).
 */
import axe from "axe-core";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { at, holdRefresh, sitePages, type SitePage } from "./site-pages.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
const WIDTHS = [375, 1280] as const;
const SCHEMES = ["light", "dark"] as const;
type Scheme = (typeof SCHEMES)[number];
/** --bg in light and dark (src/styles/global.css). */
const LIGHT_BG = "rgb(253, 252, 249)";
const DARK_BG = "rgb(22, 24, 29)";

let browser: Browser;
const contexts = new Map<string, BrowserContext>();
beforeAll(async () => {
  browser = await launchChromium();
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      // bypassCSP lets the test inject axe; the site itself runs no inline script but the one its CSP allows by hash.
      contexts.set(
        `${width} ${scheme}`,
        await browser.newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width, height: 900 } }),
      );
    }
  }
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/** The URL a case loads: an embed's dark case asks for the dark theme, as a host page would. */
function caseUrl(page: SitePage, scheme: Scheme): string {
  const url = new URL(at(baseUrl, page.path));
  if ((page.kind === "embed" || page.kind === "pinned-embed") && scheme === "dark") url.searchParams.set("theme", "dark");
  return url.toString();
}

function caseName(page: SitePage, width: number, scheme: Scheme): string {
  const url = new URL(caseUrl(page, scheme));
  const what = page.kind === "redirect" ? " (an old id's page, refresh held)" : "";
  return `${url.pathname}${url.search}${what} at ${width} px, ${scheme}`;
}

/** The page's axe violations, with its background colour and language: what shows the case ran as named. */
async function check(
  page: SitePage,
  width: number,
  scheme: Scheme,
): Promise<{ violations: Violation[]; background: string; lang: string }> {
  const tab = await contexts.get(`${width} ${scheme}`)!.newPage();
  try {
    const url = caseUrl(page, scheme);
    if (page.kind === "redirect") await holdRefresh(tab, url);
    const res = await tab.goto(url, { waitUntil: "load" });
    if (res?.status() !== 200) throw new Error(`${url}: status ${res?.status()}`);
    await tab.evaluate(axe.source);
    const found = await tab.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v: { id: string; help: string; nodes: { target: string[]; failureSummary: string }[] }) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
      }));
    });
    const state = await tab.evaluate(() => ({
      lang: document.documentElement.lang,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    return { violations: found, ...state };
  } finally {
    await tab.close();
  }
}

const pages = sitePages(distDir);

describe("axe-core", () => {
  it("finds every kind of page in both editions", () => {
    for (const prefix of ["/", "/zh-hk/"]) {
      for (const inEdition of ["", "charts/", "data/", "corrections/", "charts/imports-top-five/", "embed/imports-top-five/"])
        expect(
          pages.map((p) => p.path),
          prefix + inEdition,
        ).toContain(prefix + inEdition);
    }
    expect(pages.filter((p) => p.kind === "unknown").map((p) => p.path)).toEqual([]);
    // Graphics pinned to a data edition: a chart page and an embed of the frozen editions.
    expect(pages.filter((p) => p.kind === "pinned-chart").length).toBeGreaterThanOrEqual(2);
    expect(pages.filter((p) => p.kind === "pinned-embed").length).toBeGreaterThanOrEqual(2);
    expect(pages.filter((p) => p.kind === "404").length).toBeGreaterThanOrEqual(1);
  });

  for (const locale of ["en", "zh-hk"] as const) {
    describe.concurrent(locale === "en" ? "English edition" : "Chinese edition", () => {
      for (const page of pages.filter((p) => p.locale === locale)) {
        for (const width of page.kind === "redirect" ? [375] : WIDTHS) {
          for (const scheme of page.kind === "redirect" ? (["light"] as const) : SCHEMES) {
            it(caseName(page, width, scheme), async ({ expect }) => {
              const result = await check(page, width, scheme);
              expect(result.violations).toEqual([]);
              // The case ran in the scheme it is named for (the redirect pages have no style of their own).
              if (page.kind !== "redirect") expect(result.background).toBe(scheme === "dark" ? DARK_BG : LIGHT_BG);
              expect(result.lang).toBe(locale === "en" ? "en" : "zh-HK");
            });
          }
        }
      }
    });
  }
});
