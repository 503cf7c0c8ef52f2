/**
 * Chinese text renders from the fonts the site ships. The test browser has no CJK system fonts
 * (scripts/lib/browser.ts), like many readers' devices: a Han character drawn by any font but a
 * web font of ours is an empty box on their screen. Chromium tells which fonts drew a node's
 * text (CSS.getPlatformFontsForNode); every text node with Han characters, on every page of both
 * editions (every HTML file in dist/), in HTML and in SVG, is checked after scrolling it into
 * view as a reader would. Text in Hong Kong Chinese (lang="zh-HK", the whole Chinese edition but
 * what is marked otherwise) must have its Han characters drawn by the edition's Hong Kong font,
 * Noto Sans HK, not by the Simplified fallback that draws the paper's printed titles
 * (lang="zh-Hans"): Hong Kong glyph forms, and a subset that covers every character the edition
 * uses. Latin letters and digits in it are the site's Latin faces' (Source Sans 3, Source Serif 4). The pages an old chart id
 * keeps are checked as they read, with their refresh held.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { gotoWithFaces, launchChromium } from "../../scripts/lib/browser.ts";
import { familiesDrawing } from "./drawn-fonts.ts";
import { at, holdRefresh, sitePages } from "./site-pages.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/gu;
const HAS_HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;
/** The family name in Noto Sans HK's own name table: what Chromium reports for the edition's font. */
const HK_FONT = /^Noto Sans HK\b/;
/**
 * The site's Latin faces (src/lib/latin-fonts.ts): they draw the Latin letters, digits and signs of
 * a line in either edition, never a Han character (their subsets hold none), so their glyphs count
 * neither for nor against the Chinese faces.
 */
const LATIN_FONT = /^Source (Sans 3|Serif 4)\b/;

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  contentDocument?: DomNode;
}

interface Checked {
  problems: string[];
  /** Han text nodes drawn, in HTML and in SVG, and those in Hong Kong Chinese. */
  html: number;
  svg: number;
  zhHk: number;
}

/** Checks the page's Han text nodes: every glyph from a web font, and zh-HK text from the Hong Kong font. */
async function check(page: Page, cdp: CDPSession): Promise<Checked> {
  const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
  const nodes: { parentId: number; text: string; lang: string; inSvg: boolean }[] = [];
  const walk = (n: DomNode, parent: DomNode | undefined, lang: string, inSvg: boolean) => {
    const attrs = n.attributes ?? [];
    const i = attrs.indexOf("lang");
    const own = i >= 0 && i % 2 === 0 ? attrs[i + 1]! : lang;
    const svg = inSvg || n.nodeName.toLowerCase() === "svg";
    if (n.nodeType === 3 && parent && HAS_HAN.test(n.nodeValue))
      nodes.push({ parentId: parent.nodeId, text: n.nodeValue.trim(), lang, inSvg });
    for (const c of n.children ?? []) walk(c, n, own, svg);
  };
  walk(root, undefined, "", false);
  const out: Checked = { problems: [], html: 0, svg: 0, zhHk: 0 };
  for (const { parentId, text, lang, inSvg } of nodes) {
    const han = text.match(HAN)?.length ?? 0;
    let fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[] = [];
    try {
      // Element.scrollIntoView, as a reader's scrolling does, lays out a chapter that content-visibility
      // skips; CDP's DOM.scrollIntoViewIfNeeded measures it unlaid and can leave it skipped.
      const { object } = (await cdp.send("DOM.resolveNode", { nodeId: parentId })) as { object: { objectId: string } };
      await cdp.send("Runtime.callFunctionOn", {
        objectId: object.objectId,
        functionDeclaration: "function () { this.scrollIntoView({ block: 'center' }); }",
      });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      fonts = ((await cdp.send("CSS.getPlatformFontsForNode", { nodeId: parentId })) as { fonts: typeof fonts }).fonts;
    } catch {
      continue; // not rendered (a <title>, <desc> or <template>): nothing is drawn
    }
    if (fonts.length === 0) continue; // not laid out: hidden, so nothing is drawn
    out[inSvg ? "svg" : "html"]++;
    const list = fonts.map((f) => `${f.familyName}${f.isCustomFont ? " (web font)" : ""} ${f.glyphCount}`).join(", ");
    const where = `${inSvg ? "SVG " : ""}“${text.slice(0, 30)}”`;
    const cjk = fonts.filter((f) => f.isCustomFont && !LATIN_FONT.test(f.familyName));
    const fromWeb = cjk.reduce((n, f) => n + f.glyphCount, 0);
    if (fromWeb < han) out.problems.push(`${where}: ${list}`);
    if (lang.toLowerCase() === "zh-hk") {
      out.zhHk++;
      // Any web font but the Hong Kong one and the Latin faces drawing zh-HK text is the Simplified
      // fallback (Mainland glyph forms).
      const other = cjk.filter((f) => !HK_FONT.test(f.familyName));
      const fromHk = cjk.filter((f) => HK_FONT.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
      if (fromWeb >= han && (other.length || fromHk < han)) out.problems.push(`${where} (zh-HK, not all in Noto Sans HK): ${list}`);
    }
  }
  return out;
}

describe("Chinese text", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const all = sitePages(distDir);
  it("the build has both editions' pages to check", () => {
    expect(all.map((p) => p.path)).toContain("/");
    expect(all.map((p) => p.path)).toContain("/zh-hk/");
    expect(all.filter((p) => p.locale === "zh-hk").length).toBeGreaterThan(20);
  });

  for (const locale of ["en", "zh-hk"] as const) {
    describe.concurrent(locale === "en" ? "English edition" : "Chinese edition", () => {
      for (const page of all.filter((p) => p.locale === locale)) {
        const chart = ["chart", "embed", "pinned-chart", "pinned-embed"].includes(page.kind) && page.graphic?.kind === "chart";
        const what =
          locale === "zh-hk"
            ? "every Han character drawn by a font the site ships, zh-HK text by Noto Sans HK"
            : "every Han character drawn by a font the site ships";
        // The Chinese story has thousands of Han text nodes, each scrolled to and drawn, beside the
        // other pages checked at once: over 120 s on a shared 2-core machine.
        const timeout = page.kind === "story" ? 400_000 : undefined;
        it(`${page.path}: ${what}`, { timeout }, async ({ expect }) => {
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          const tab = await context.newPage();
          const url = at(baseUrl, page.path);
          if (page.kind === "redirect") await holdRefresh(tab, url);
          await tab.goto(url, { waitUntil: "networkidle" });
          const cdp = await context.newCDPSession(tab);
          await cdp.send("DOM.enable");
          await cdp.send("CSS.enable");
          const result = await check(tab, cdp);
          await context.close();
          expect(result.problems).toEqual([]);
          // Nothing was skipped: every Chinese page has Chinese text drawn and checked, a Chinese chart (page or
          // embed) its SVG's labels; in English, the story and the pages of Tables 4 and 7 the printed titles.
          if (locale === "zh-hk") expect(result.zhHk, "zh-HK text nodes drawn").toBeGreaterThan(0);
          if (locale === "zh-hk" && chart) expect(result.svg, "Chinese SVG text nodes drawn").toBeGreaterThan(0);
          if (["/", "/charts/table-4-mainland-films-hk-2022/", "/charts/table-7-hk-films-2022/"].includes(page.path))
            expect(result.html, "Chinese titles drawn").toBeGreaterThan(10);
        });
      }
    });
  }
});

/**
 * Text nodes of the page drawn, in whole or part, by a font the site does not ship. Code (embed
 * snippets, file names) is left to the reader's monospace font: the site ships none.
 */
async function notOurs(cdp: CDPSession): Promise<{ problems: string[]; families: Set<string> }> {
  const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode & { nodeName: string } };
  const nodes: { parentId: number; text: string; code: boolean }[] = [];
  const CODE = new Set(["CODE", "PRE", "KBD", "SAMP"]);
  type Node = DomNode & { nodeName?: string; children?: Node[] };
  const walk = (n: Node, parent?: Node) => {
    if (n.nodeName && CODE.has(n.nodeName)) return;
    if (n.nodeType === 3 && parent !== undefined && n.nodeValue.trim())
      // The fonts of a node are those of all its element's text: code beside it brings its monospace font.
      nodes.push({
        parentId: parent.nodeId,
        text: n.nodeValue.trim(),
        code: ((parent.children ?? []) as Node[]).some((c) => CODE.has(c.nodeName ?? "")),
      });
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(root);
  const problems: string[] = [];
  const families = new Set<string>();
  for (const { parentId, text, code } of nodes) {
    let fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[] = [];
    try {
      fonts = ((await cdp.send("CSS.getPlatformFontsForNode", { nodeId: parentId })) as { fonts: typeof fonts }).fonts;
    } catch {
      continue; // not rendered (<title>, <desc>, <template>)
    }
    for (const f of fonts) if (f.isCustomFont) families.add(f.familyName);
    const other = fonts.filter((f) => !f.isCustomFont && f.glyphCount > 0 && !(code && /mono/i.test(f.familyName)));
    if (other.length) problems.push(`“${text.slice(0, 40)}”: ${other.map((f) => `${f.familyName} ${f.glyphCount}`).join(", ")}`);
  }
  return { problems, families };
}

describe("Latin text", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Each kind of page in each edition, and the families its text must be drawn in.
  const PAGES: [string, string[]][] = [
    ["", ["Source Serif 4", "Source Sans 3"]],
    ["zh-hk/", ["Source Sans 3", "Noto Sans HK"]],
    ["charts/imports-mainland-vs-japan/", ["Source Serif 4", "Source Sans 3"]],
    ["zh-hk/charts/imports-mainland-vs-japan/", ["Source Sans 3", "Noto Sans HK"]],
    ["embed/imports-mainland-vs-japan/", ["Source Sans 3"]],
    ["zh-hk/embed/imports-mainland-vs-japan/", ["Source Sans 3", "Noto Sans HK"]],
    ["charts/", ["Source Serif 4", "Source Sans 3"]],
    ["data/", ["Source Serif 4", "Source Sans 3"]],
  ];
  it.each(PAGES)("/%s: every glyph is drawn by a face the site ships (%j among them)", async (path, want) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoWithFaces(page, new URL(path, baseUrl).toString(), "networkidle");
    const cdp = await context.newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { problems, families } = await notOurs(cdp);
    expect(problems).toEqual([]);
    expect([...families]).toEqual(expect.arrayContaining(want));
    // An embed ships the sans alone: its prose, notes and credit are set in it too.
    if (path.includes("embed/")) expect([...families]).not.toContain("Source Serif 4");
    await context.close();
  });

  /**
   * With the fonts held back 1.5 s, past the block period of font-display: optional, the page is
   * drawn in the size-adjusted fallbacks and keeps them: when the faces arrive, nothing moves (with
   * swap, the gallery's lede took one more line in Source Serif 4 and its cards moved: CLS 0.22).
   * The reader's next page finds the faces cached and is drawn in them from the start (the test
   * above loads each page so, with gotoWithFaces).
   */
  it("fonts that arrive late are not swapped in: the page keeps its fallbacks and nothing moves", async () => {
    for (const path of ["", "charts/", "charts/imports-mainland-vs-japan/", "embed/imports-mainland-vs-japan/"]) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.route("**/fonts/*.woff2", async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await page.addInitScript(() => {
        (window as unknown as { shifts: number[] }).shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            (window as unknown as { shifts: number[] }).shifts.push((e as unknown as { value: number }).value);
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family));
      expect(loaded, `/${path}: the faces did arrive`).toContain("Source Sans 3");
      expect(await familiesDrawing(page, "h1, .chart-title"), `/${path}: still drawn in a fallback`).not.toEqual(
        expect.arrayContaining([expect.stringMatching(LATIN_FONT)]),
      );
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(
        shifts.reduce((a, b) => a + b, 0),
        `/${path}`,
      ).toBe(0);
      await context.close();
    }
  });
});
