/**
 * No character Hong Kong writing never uses, on any Chinese page: every text of every page under
 * /zh-hk/, as Chromium has it after load, is checked with nonHongKongChars (src/lib/hant.ts)
 * against the glossary's attested forms, except inside elements marked lang="zh-Hans" (the
 * paper's printed titles) or lang="en" (the paper's English). Text is checked a block at a time
 * (a paragraph, a cell, an SVG <text>), so OpenCC reads each word in its context. This covers the
 * text on screen, the text only screen readers get (visually hidden headings, SVG titles and
 * descriptions) and the words in attributes (alt, aria-label, title) and in the <head>.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { loadSiteData } from "../../src/data/load.ts";
import { attestedForms } from "../../src/data/glossary.ts";
import { nonHongKongChars } from "../../src/lib/hant.ts";
import { at, holdRefresh, sitePages } from "./site-pages.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
const allow = attestedForms(loadSiteData(process.cwd()).glossary);
const chinese = sitePages(distDir).filter((p) => p.locale === "zh-hk");
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;

interface Block {
  text: string;
  where: string;
  shown: boolean;
}

/** The page's zh-HK text, a block at a time: text nodes joined within their block, and the attributes and head texts that speak. */
function zhHkBlocks(): Block[] {
  const isZhHk = (el: Element | null) => (el?.closest("[lang]")?.getAttribute("lang") ?? "").toLowerCase() === "zh-hk";
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : "";
    const cls = el.getAttribute("class")?.split(/\s+/)[0];
    return `<${el.tagName.toLowerCase()}${id}${cls ? `.${cls}` : ""}>`;
  };
  const BLOCK_TAGS = new Set(["text", "title", "desc", "caption", "summary", "button", "option", "label", "pre"]);
  const blockOf = (el: Element): Element => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      if (BLOCK_TAGS.has(a.tagName.toLowerCase())) return a;
      if (a instanceof SVGElement) continue;
      const display = getComputedStyle(a).display;
      if (!/^(inline|contents)$/.test(display) || a === document.body) return a;
    }
    return document.body;
  };
  const blocks = new Map<Element, { parts: string[]; shown: boolean }>();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || /^(script|style|noscript|template)$/i.test(parent.tagName) || !n.textContent?.trim()) continue;
    const block = blockOf(parent);
    const entry = blocks.get(block) ?? { parts: [], shown: false };
    // Text in another language is left out, and breaks the run (the words on either side are not one word).
    entry.parts.push(isZhHk(parent) ? n.textContent : "\n");
    entry.shown ||= isZhHk(parent) && parent.checkVisibility?.({ visibilityProperty: true, opacityProperty: false }) === true;
    blocks.set(block, entry);
  }
  const out: Block[] = [...blocks].map(([el, b]) => ({ text: b.parts.join(""), where: describe(el), shown: b.shown }));
  for (const el of document.querySelectorAll("[alt], [aria-label], [title], meta[name=description], meta[property^='og:']")) {
    for (const attr of ["alt", "aria-label", "title", "content"]) {
      const v = el.getAttribute(attr);
      if (v && isZhHk(el) && !(attr === "content" && /^(https?:|[a-z_]+$)/i.test(v)))
        out.push({ text: v, where: `${describe(el)} ${attr}`, shown: false });
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

describe("Chinese pages use only characters Hong Kong writing uses", () => {
  it("there are Chinese pages, and the glossary's attested forms to allow", () => {
    expect(chinese.length).toBeGreaterThan(20);
    expect(allow.length).toBeGreaterThan(0);
  });

  for (const page of chinese) {
    it(`${page.path}: its text outside lang="zh-Hans" and lang="en" passes nonHongKongChars`, async () => {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // An old id's page is checked as it reads, not the page it sends readers to.
      if (page.kind === "redirect") await holdRefresh(tab, at(baseUrl, page.path));
      const res = await tab.goto(at(baseUrl, page.path), { waitUntil: "load" });
      expect(res?.status()).toBe(200);
      const blocks = await tab.evaluate(zhHkBlocks);
      await tab.close();
      // Something was read: every Chinese page has Chinese text (an old id's page says where it went).
      expect(blocks.filter((b) => HAN.test(b.text)).length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const b of blocks) {
        const bad = nonHongKongChars(b.text, allow);
        if (bad.length) {
          const i = b.text.indexOf(bad[0]!);
          const context = b.text.slice(Math.max(0, i - 12), i + 12).replace(/\s+/g, " ");
          problems.push(`${b.where}${b.shown ? "" : " (not on screen)"}: ${bad.map((c) => `“${c}”`).join(", ")} in “…${context}…”`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
