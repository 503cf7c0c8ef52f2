/**
 * The checks page (/checks/, /zh-hk/checks/) and what the story's checking chapter keeps, in real
 * Chromium against the built site: every tested sentence of the inventory on the checks page with
 * its computed verdict; the chapter's summary with exactly the sentences that do not hold; every
 * #claim-<id> and #finding-<id> anchor of the story still names an element there, and with
 * JavaScript takes the reader on to the sentence on the checks page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { computeFindings } from "../../src/data/findings.ts";
import { loadSiteData } from "../../src/data/load.ts";
import { LANG, LOCALES, localePrefix, type Locale } from "../../src/lib/i18n.ts";
import { checkingOf } from "../../src/story/checking.ts";
import { checkingTally } from "../../src/story/claims.ts";
import { readPaperSentences } from "../../src/data/paper-sentences.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
const root = process.cwd();
const data = loadSiteData(root);
const inventory = readPaperSentences(root).rows;
const tested = inventory.filter((r) => r.status === "tested");
const findings = computeFindings(data).filter((f) => !f.id.startsWith("trade-") || f.verdict !== "holds");
const url = (locale: Locale, path: string) => new URL(`${localePrefix(locale)}${path}`, baseUrl).toString();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(address: string, javaScriptEnabled = false): Promise<Page> {
  const page = await browser.newPage({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const res = await page.goto(address, { waitUntil: "load" });
  expect(res?.status(), address).toBe(200);
  return page;
}

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

for (const locale of LOCALES) {
  const checking = checkingOf(root, data, locale);

  describe(`the checks page, ${locale}`, () => {
    it("lists every tested sentence of the inventory, in its order, with the verdict its claim computes", async () => {
      const page = await open(url(locale, "checks/"));
      const items = await page.$$eval("ol.claims > li.claim", (lis) =>
        lis.map((li) => ({
          id: li.id,
          verdict: li.getAttribute("data-verdict"),
          badge: li.querySelector(":scope > p .verdict")?.className ?? "",
          quoted: [...li.querySelectorAll("blockquote")].map((b) => b.textContent ?? ""),
          translation: li.querySelector(".translation")?.textContent ?? "",
        })),
      );
      expect(items.map((i) => i.id)).toEqual(tested.map((r) => `claim-${r.id}`));
      expect(items.map((i) => i.verdict)).toEqual(checking.tested.map((t) => t.result.verdict));
      for (const [i, item] of items.entries()) {
        const t = checking.tested[i]!;
        expect(item.badge, item.id).toContain(`verdict--${t.result.verdict}`);
        // The sentence as the paper prints it, in English in both editions; the Chinese translation beside it.
        expect(normalise(item.quoted.join(" ")), item.id).toContain(normalise(t.row.sentence));
        if (locale !== "en") expect(normalise(item.translation), item.id).toContain(normalise(t.translation!.sentence_zh_hk));
      }
      await page.close();
    });

    it("prints the tally the inventory gives, the reading policy, and every cross-table check", async () => {
      const page = await open(url(locale, "checks/"));
      const t = checkingTally(inventory, data);
      const tally = page.locator("p.tally");
      expect(await tally.getAttribute("data-sentences")).toBe(String(t.sentences));
      expect(await tally.getAttribute("data-tested")).toBe(String(t.tested));
      expect(await tally.getAttribute("data-does-not-hold")).toBe(String(t.doesNotHold));
      expect(await page.locator(".policy li").count()).toBe(4);
      const listed = await page.$$eval("ul.findings > li", (lis) => lis.map((li) => [li.id, li.getAttribute("data-verdict")]));
      expect(listed).toEqual(findings.map((f) => [`finding-${f.id}`, f.verdict]));
      await page.close();
    });

    it("pairs with its counterpart (canonical, hreflang) and is in the sitemap with it", async () => {
      const page = await open(url(locale, "checks/"));
      expect(await page.locator("html").getAttribute("lang")).toBe(LANG[locale]);
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(url(locale, "checks/"));
      for (const l of LOCALES)
        expect(await page.locator(`link[rel="alternate"][hreflang="${LANG[l]}"]`).getAttribute("href"), l).toBe(url(l, "checks/"));
      await page.close();
      const sitemap = readFileSync(join(distDir, "sitemap-0.xml"), "utf8");
      const entry = sitemap.split("<url>").find((u) => u.includes(`<loc>${url(locale, "checks/")}</loc>`));
      expect(entry, "sitemap entry").toBeDefined();
      for (const l of LOCALES) expect(entry).toContain(`hreflang="${LANG[l]}" href="${url(l, "checks/")}"`);
    });
  });

  describe(`the story's checking chapter, ${locale}`, () => {
    const failing = checking.tested.filter((t) => t.result.verdict === "does-not-hold");

    it("lists exactly the sentences that do not hold, each linking to it on the checks page, and counts the rest", async () => {
      const page = await open(url(locale, ""));
      const chapter = page.locator("#checking");
      const items = await chapter
        .locator("ol.claims > li.claim")
        .evaluateAll((lis) =>
          lis.map((li) => ({ id: li.id, verdict: li.getAttribute("data-verdict"), link: li.querySelector("a")?.getAttribute("href") })),
        );
      expect(failing.length).toBeGreaterThan(0);
      expect(items).toEqual(
        failing.map((t) => ({
          id: `claim-${t.claim.id}`,
          verdict: "does-not-hold",
          link: `/${localePrefix(locale)}checks/#claim-${t.claim.id}`,
        })),
      );
      // Each sentence of several statements is quoted by the statements that fail, with their evidence.
      for (const t of failing.filter((x) => x.result.parts)) {
        const quotes = await chapter.locator(`#claim-${t.claim.id} blockquote`).allTextContents();
        expect(quotes.map(normalise)).toEqual(
          t.result
            .parts!.filter((p) => p.verdict === "does-not-hold")
            .map((p) => normalise(locale === "en" ? `“${p.statement}”` : `「${p.statement}」`)),
        );
      }
      const counts = normalise((await chapter.locator(".claims-rest").textContent()) ?? "");
      for (const [verdict, n] of [
        ["holds", checking.tested.filter((t) => t.result.verdict === "holds").length],
        ["depends-on-reading", checking.tested.filter((t) => t.result.verdict === "depends-on-reading").length],
        ["cannot-check", checking.tested.filter((t) => t.result.verdict === "cannot-check").length],
      ] as const)
        expect(normalise((await chapter.locator(`.verdict-count--${verdict}`).textContent()) ?? ""), verdict).toMatch(
          new RegExp(`^${n}\\D`),
        );
      expect(counts).toContain(String(checking.tested.length - failing.length));
      expect(await chapter.locator(`a[href="/${localePrefix(locale)}checks/"]`).count()).toBeGreaterThan(0);
      // The footer links to the checks page too, on every page (here, the story's).
      expect(await page.locator(`footer a[href="/${localePrefix(locale)}checks/"]`).count()).toBe(1);
      await page.close();
    });

    it("without JavaScript, every #claim- and #finding- anchor the story had still names an element of the chapter", async () => {
      const page = await open(url(locale, ""));
      const ids = [...tested.map((r) => `claim-${r.id}`), ...findings.map((f) => `finding-${f.id}`)];
      const where = await page.evaluate((all) => all.map((id) => document.getElementById(id)?.closest("section.chapter")?.id ?? null), ids);
      expect(Object.fromEntries(ids.map((id, i) => [id, where[i]]))).toEqual(Object.fromEntries(ids.map((id) => [id, "checking"])));
      await page.close();
    });

    it("with JavaScript, an anchor of a sentence listed only on the checks page takes the reader to it there", async () => {
      const moved = checking.tested.find((t) => t.result.verdict === "holds")!;
      const page = await open(`${url(locale, "")}#claim-${moved.claim.id}`, true);
      await page.waitForURL((u) => u.pathname.endsWith("/checks/"), { timeout: 10_000 });
      expect(new URL(page.url()).hash).toBe(`#claim-${moved.claim.id}`);
      const target = page.locator(`#claim-${moved.claim.id}`);
      expect(await target.getAttribute("data-verdict")).toBe("holds");
      // A sentence the chapter itself lists stays where it is.
      const kept = failing[0]!;
      await page.goto(`${url(locale, "")}#claim-${kept.claim.id}`, { waitUntil: "load" });
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toBe(`/${localePrefix(locale)}`);
      await page.close();
    });
  });
}
