/**
 * Chinese text renders from the fonts the site ships. The test browser has no CJK system fonts
 * (scripts/lib/browser.ts), like many readers' devices: a Han character drawn by any font but a
 * web font of ours is an empty box on their screen. Chromium tells which fonts drew a node's
 * text (CSS.getPlatformFontsForNode); every text node with Han characters, on every page, in
 * HTML and in SVG, is checked after scrolling it into view as a reader would.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/gu;
const HAS_HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;

function pages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".html"))
        out.push(
          "/" +
            relative(dir, p)
              .split("\\")
              .join("/")
              .replace(/(^|\/)index\.html$/, "$1"),
        );
    }
  };
  walk(dir);
  return out.sort();
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeValue: string;
  parentId?: number;
  children?: DomNode[];
  contentDocument?: DomNode;
}

/** Han text nodes of the page whose glyphs did not all come from a web font. */
async function tofu(page: Page, cdp: CDPSession): Promise<string[]> {
  const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
  const nodes: { parentId: number; text: string }[] = [];
  const walk = (n: DomNode, parentId?: number) => {
    if (n.nodeType === 3 && parentId !== undefined && HAS_HAN.test(n.nodeValue)) nodes.push({ parentId, text: n.nodeValue.trim() });
    for (const c of n.children ?? []) walk(c, n.nodeId);
  };
  walk(root);
  const problems: string[] = [];
  for (const { parentId, text } of nodes) {
    const han = text.match(HAN)?.length ?? 0;
    let fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[] = [];
    try {
      await cdp.send("DOM.scrollIntoViewIfNeeded", { nodeId: parentId });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      fonts = ((await cdp.send("CSS.getPlatformFontsForNode", { nodeId: parentId })) as { fonts: typeof fonts }).fonts;
    } catch {
      continue; // not rendered (a <title>, <desc> or <template>): nothing is drawn
    }
    if (fonts.length === 0) continue; // not laid out: hidden, so nothing is drawn
    const fromWeb = fonts.filter((f) => f.isCustomFont).reduce((n, f) => n + f.glyphCount, 0);
    if (fromWeb < han)
      problems.push(
        `“${text.slice(0, 30)}”: ${fonts.map((f) => `${f.familyName}${f.isCustomFont ? " (web font)" : ""} ${f.glyphCount}`).join(", ")}`,
      );
  }
  return problems;
}

describe("Chinese text", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const all = pages(distDir);
  it("the build has pages to check", () => {
    expect(all).toContain("/");
  });

  it("every Han character on every page is drawn by a font the site ships", async () => {
    const problems: string[] = [];
    let checked = 0;
    const queue = [...all];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        for (let path = queue.shift(); path; path = queue.shift()) {
          const page = await context.newPage();
          await page.goto(new URL(path.slice(1), baseUrl).toString(), { waitUntil: "networkidle" });
          const cdp = await context.newCDPSession(page);
          await cdp.send("DOM.enable");
          await cdp.send("CSS.enable");
          const html = await page.content();
          if (HAS_HAN.test(html)) checked++;
          for (const p of await tofu(page, cdp)) problems.push(`${path}: ${p}`);
          await page.close();
        }
        await context.close();
      }),
    );
    expect(problems).toEqual([]);
    // The story, Tables 4 and 7 (page and embed) at least hold Chinese titles.
    expect(checked).toBeGreaterThanOrEqual(5);
  });
});
