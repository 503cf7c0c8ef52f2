/**
 * Journalists' embeds in real Chromium: a host page on another origin embeds three charts with
 * our snippet, then with pym.js's parent library, then as static images; downloads are valid;
 * the catalogue, oEmbed and cards exist and resolve.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getSiteData } from "../../src/data/index.ts";
import { GRAPHICS } from "../../src/graphics/registry.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
const EMBEDDED = ["imports-mainland-vs-japan", "exports-mainland-vs-taiwan", "table-3-box-office-2022"];
let browser: Browser;
let host: Server;
let hostUrl = "";
const hostPages = new Map<string, string>();

beforeAll(async () => {
  browser = await launchChromium();
  const pym = readFileSync(join(process.cwd(), "node_modules/pym.js/dist/pym.v1.min.js"));
  host = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/pym.v1.min.js") res.writeHead(200, { "Content-Type": "text/javascript" }).end(pym);
    else if (hostPages.has(path)) res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(hostPages.get(path));
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => host.listen(0, "127.0.0.1", r));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => host?.close(() => r()));
});

/** The snippet a journalist would copy from a chart page. */
async function snippet(page: Page, id: string, which: "embed-code" | "image-code"): Promise<string> {
  await page.goto(new URL(`charts/${id}/`, baseUrl).toString());
  return (await page.locator(`#${which}`).textContent())!.trim();
}

function article(body: string, head = ""): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" ` +
    `content="width=device-width,initial-scale=1"><title>Host article</title>${head}<style>body{margin:0;font:16px ` +
    `Georgia,serif}main{max-width:46rem;margin:0 auto;padding:0 12px}</style></head><body><main><h1>A newspaper article</h1><p>Some ` +
    `text.</p>${body}<p>More text.</p></main></body></html>`
  );
}

/** Waits until every iframe's height matches its document's content and nothing scrolls inside. */
async function expectFitted(page: Page, count: number): Promise<void> {
  const frames = page.locator("iframe");
  await expect.poll(() => frames.count()).toBe(count);
  for (let i = 0; i < count; i++) {
    const frameEl = frames.nth(i);
    const handle = await frameEl.elementHandle();
    const frame = (await handle!.contentFrame())!;
    await frame.waitForLoadState("load");
    await expect
      .poll(
        async () => {
          const outer = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
          const inner = await frame.evaluate(() => ({
            scroll: document.documentElement.scrollHeight,
            client: document.documentElement.clientHeight,
            content: Math.ceil(document.querySelector("[data-embed-root]")!.getBoundingClientRect().height),
          }));
          return Math.abs(outer - inner.content) <= 2 && inner.scroll <= inner.client + 1;
        },
        { timeout: 8000, message: `iframe ${i} fitted to its content` },
      )
      .toBe(true);
    const hasHorizontalScroll = await frame.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
    expect(hasHorizontalScroll).toBe(false);
  }
}

describe("embeds on a page of another origin", () => {
  it("our snippet: three charts resize to their content at 320, 768 and 1280 px", async () => {
    const page = await browser.newPage();
    const snippets = [];
    for (const id of EMBEDDED) snippets.push(await snippet(page, id, "embed-code"));
    // Keep one copy of the script, as a CMS would after the first paste.
    const body = snippets.map((s, i) => (i === 0 ? s : s.replace(/<script[^>]*><\/script>/, ""))).join("\n<p>Between charts.</p>\n");
    hostPages.set("/ours.html", article(body));
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${hostUrl}/ours.html`);
      await page.locator("iframe").last().scrollIntoViewIfNeeded();
      await expectFitted(page, EMBEDDED.length);
    }
    await page.close();
  });

  it("pym.js's parent library resizes the same embeds", async () => {
    const page = await browser.newPage();
    const urls = EMBEDDED.map((id) => new URL(`embed/${id}/`, baseUrl).toString());
    const body =
      urls.map((u, i) => `<div id="c${i}"></div>`).join("\n") +
      `<script ` +
      `src="/pym.v1.min.js"></script><script>${urls.map((u, i) => `new pym.Parent("c${i}", ${JSON.stringify(u)}, {});`).join("")}</script>`;
    hostPages.set("/pym.html", article(body));
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${hostUrl}/pym.html`);
      await expectFitted(page, EMBEDDED.length);
    }
    await page.close();
  });

  it("the static-image snippet shows the chart where iframes are stripped", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
    const img = await snippet(page, EMBEDDED[0]!, "image-code");
    expect(img).not.toContain("<iframe");
    hostPages.set("/image.html", article(img));
    await page.goto(`${hostUrl}/image.html`);
    const size = await page.locator("img").evaluate(async (el) => {
      const i = el as HTMLImageElement;
      await i.decode();
      return { natural: i.naturalWidth, shown: i.getBoundingClientRect().width, alt: i.alt };
    });
    expect(size.natural).toBeGreaterThan(1000);
    expect(size.shown).toBeLessThanOrEqual(375);
    expect(size.alt.length).toBeGreaterThan(40);
    await page.close();
  });

  it("the resizer ignores messages from anything but its own iframe", async () => {
    const page = await browser.newPage();
    const s = await snippet(page, EMBEDDED[0]!, "embed-code");
    hostPages.set("/spoof.html", article(s));
    await page.goto(`${hostUrl}/spoof.html`);
    await expectFitted(page, 1);
    const before = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
    await page.evaluate(() => window.postMessage({ type: "screens-embed:height", height: 5000 }, "*"));
    await page.waitForTimeout(200);
    expect(await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height)).toBe(before);
    await page.close();
  });

  it("takes ?theme=dark and defaults to light", async () => {
    const page = await browser.newPage({ colorScheme: "dark" });
    const url = new URL(`embed/${EMBEDDED[0]}/`, baseUrl);
    await page.goto(url.toString());
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    url.searchParams.set("theme", "dark");
    await page.goto(url.toString());
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(light).toBe("rgb(253, 252, 249)");
    expect(dark).toBe("rgb(22, 24, 29)");
    await page.close();
  });
});

describe("downloads", () => {
  const data = getSiteData();
  for (const g of GRAPHICS) {
    it(`${g.id}: CSV equals the rows shown, SVG parses, PNG is 2x`, async () => {
      const bytes = Buffer.from(await (await fetch(new URL(`charts/${g.id}/${g.id}.csv`, baseUrl))).arrayBuffer());
      // A UTF-8 byte-order mark, so spreadsheets read Chinese titles correctly.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
      const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
      expect(parsed.errors).toEqual([]);
      const rows = g.rows(data);
      expect(parsed.data.length).toBe(rows.length);
      expect(parsed.meta.fields).toEqual(Object.keys(rows[0]!));
      rows.forEach((r, i) => {
        for (const [k, v] of Object.entries(r))
          expect(parsed.data[i]![k], `${g.id} row ${i} ${k}`).toBe(v === null || v === undefined ? "" : String(v));
      });

      const svg = await (await fetch(new URL(`charts/${g.id}/${g.id}.svg`, baseUrl))).text();
      const page = await browser.newPage();
      const svgCheck = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          width: Number(doc.documentElement.getAttribute("width")),
          root: doc.documentElement.nodeName,
          currentColor: text.includes("currentColor"),
        };
      }, svg);
      await page.close();
      expect(svgCheck.error).toBeNull();
      expect(svgCheck.root).toBe("svg");
      expect(svgCheck.currentColor).toBe(false);

      const png = Buffer.from(await (await fetch(new URL(`charts/${g.id}/${g.id}.png`, baseUrl))).arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(svgCheck.width * 2);
    });
  }
});

describe("catalogue, oEmbed and cards", () => {
  it("lists every chart and table, and every URL in it resolves", async () => {
    const cat = (await (await fetch(new URL("charts/index.json", baseUrl))).json()) as { charts: Record<string, unknown>[] };
    expect(cat.charts.map((c) => c.id)).toEqual(GRAPHICS.map((g) => g.id));
    for (const c of cat.charts) {
      const urls = [c.page, c.embed, c.oembed, c.image, ...Object.values(c.downloads as Record<string, string>)] as string[];
      for (const u of urls) {
        expect(u.startsWith(baseUrl), u).toBe(true);
        expect((await fetch(u)).status, u).toBe(200);
      }
      const oembed = (await (await fetch(c.oembed as string)).json()) as { type: string; html: string; thumbnail_url: string };
      expect(oembed.type).toBe("rich");
      expect(oembed.html).toContain(`embed/${c.id}/`);
      const card = Buffer.from(await (await fetch(oembed.thumbnail_url)).arrayBuffer());
      expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it("each chart page links its oEmbed and card, and its copy buttons copy and say so", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl).origin });
    const page = await context.newPage();
    await page.goto(new URL(`charts/${EMBEDDED[0]}/`, baseUrl).toString());
    expect(await page.locator('link[type="application/json+oembed"]').getAttribute("href")).toBe(
      new URL(`charts/${EMBEDDED[0]}/oembed.json`, baseUrl).toString(),
    );
    expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toBe(
      new URL(`charts/${EMBEDDED[0]}/card.png`, baseUrl).toString(),
    );
    const button = page.locator('button[data-copy="embed-code"]');
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator('[data-copy-status="embed-code"]').textContent()).toContain("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator("#embed-code").textContent())!);
    await context.close();
  });
});
