/**
 * Journalists' embeds in real Chromium, in both editions: a host page on another origin embeds
 * three charts with the snippet copied from /charts/<id>/ or /zh-hk/charts/<id>/, then with
 * pym.js's parent library, then as static images; ?theme=dark; the Chinese snippets and citation
 * are Chinese and point to /zh-hk/ (the snippets, like the oEmbed, pinned to the latest data
 * edition); downloads are valid in both editions (the Chinese CSV the same bytes as the English,
 * the SVG and PNG drawn with Chinese text); the catalogue lists both editions; oEmbed and cards
 * exist and resolve.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { getSiteData, latestEdition } from "../../src/data/index.ts";
import { attestedForms } from "../../src/data/glossary.ts";
import { pinnedLabel } from "../../src/graphics/embed-code.ts";
import { GRAPHICS } from "../../src/graphics/registry.ts";
import { nonHongKongChars } from "../../src/lib/hant.ts";
import { LANG, type Locale } from "../../src/lib/i18n.ts";
import { PAPER, SITE_NAME } from "../../src/site.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { pathIn } from "./site-pages.ts";

const baseUrl = inject("baseUrl");
const EMBEDDED = ["imports-mainland-vs-japan", "exports-mainland-vs-taiwan", "table-3-box-office-2022"];
const EDITIONS = [
  { locale: "en", name: "English" },
  { locale: "zh-hk", name: "Chinese" },
] as const;
/** A page or file of an edition on the test server: ("zh-hk", "charts/x/") -> http://127.0.0.1:…/zh-hk/charts/x/. */
const url = (locale: Locale, inEdition: string) => new URL(pathIn(locale, inEdition).slice(1), baseUrl).toString();
/** What a chart page's snippets point to: the graphic pinned to the latest data edition (data/README.md, "Editions"). */
const LATEST = latestEdition().name;
const PINNED = `editions/${LATEST}/`;
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

/** The snippet a journalist would copy from a chart page of an edition. */
async function snippet(page: Page, id: string, which: "embed-code" | "image-code", locale: Locale = "en"): Promise<string> {
  await page.goto(url(locale, `charts/${id}/`));
  return (await page.locator(`#${which}`).textContent())!.trim();
}

function article(body: string, head = "", lang = "en"): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" ` +
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

/**
 * Every iframe of the host page shows the edition's embed: its language, and its graphic's title in that language;
 * `pinned` is the embeds' place within the edition ("editions/<edition>/" for pinned ones, "" for the latest).
 */
async function expectEdition(page: Page, locale: Locale, pinned: string): Promise<void> {
  const frames = page.locator("iframe");
  for (let i = 0; i < (await frames.count()); i++) {
    const frame = (await (await frames.nth(i).elementHandle())!.contentFrame())!;
    const shown = await frame.evaluate(() => ({
      lang: document.documentElement.lang,
      path: location.pathname,
      h1: document.querySelector("h1")?.textContent,
    }));
    const g = GRAPHICS.find((x) => shown.path.endsWith(`/embed/${x.id}/`));
    expect(shown.path).toBe(pathIn(locale, `${pinned}embed/${g?.id}/`));
    expect(shown.lang).toBe(LANG[locale]);
    expect(shown.h1).toContain(g!.title[locale]);
  }
}

describe("embeds on a page of another origin", () => {
  for (const { locale, name } of EDITIONS) {
    const from = pathIn(locale, "charts/<id>/");
    it(`${name}: the snippet from ${from} resizes three graphics to their content at 320, 768 and 1280 px`, async () => {
      const page = await browser.newPage();
      const snippets = [];
      for (const id of EMBEDDED) snippets.push(await snippet(page, id, "embed-code", locale));
      // The snippets embed this edition, pinned to the latest data edition.
      for (const [i, s] of snippets.entries()) expect(s).toContain(`src="${url(locale, `${PINNED}embed/${EMBEDDED[i]}/`)}"`);
      // Keep one copy of the script, as a CMS would after the first paste.
      const body = snippets.map((s, i) => (i === 0 ? s : s.replace(/<script[^>]*><\/script>/, ""))).join("\n<p>Between charts.</p>\n");
      hostPages.set(`/ours-${locale}.html`, article(body, "", LANG[locale]));
      for (const width of [320, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${hostUrl}/ours-${locale}.html`);
        await page.locator("iframe").last().scrollIntoViewIfNeeded();
        await expectFitted(page, EMBEDDED.length);
        await expectEdition(page, locale, PINNED);
      }
      await page.close();
    });

    it(`${name}: pym.js's parent library resizes the same embeds of ${pathIn(locale, "embed/<id>/")}`, async () => {
      const page = await browser.newPage();
      const urls = EMBEDDED.map((id) => url(locale, `embed/${id}/`));
      const parents = urls.map((u, i) => `new pym.Parent("c${i}", ${JSON.stringify(u)}, {});`).join("");
      const body =
        urls.map((u, i) => `<div id="c${i}"></div>`).join("\n") + `<script src="/pym.v1.min.js"></script><script>${parents}</script>`;
      hostPages.set(`/pym-${locale}.html`, article(body, "", LANG[locale]));
      for (const width of [320, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${hostUrl}/pym-${locale}.html`);
        await expectFitted(page, EMBEDDED.length);
        await expectEdition(page, locale, "");
      }
      await page.close();
    });

    it(`${name}: the static-image snippet from ${from} shows the ${name} image where iframes are stripped`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
      const img = await snippet(page, EMBEDDED[0]!, "image-code", locale);
      expect(img).not.toContain("<iframe");
      expect(img).toContain(`src="${url(locale, `${PINNED}charts/${EMBEDDED[0]}/${EMBEDDED[0]}.png`)}"`);
      hostPages.set(`/image-${locale}.html`, article(img, "", LANG[locale]));
      await page.goto(`${hostUrl}/image-${locale}.html`);
      const size = await page.locator("img").evaluate(async (el) => {
        const i = el as HTMLImageElement;
        await i.decode();
        return { natural: i.naturalWidth, shown: i.getBoundingClientRect().width, alt: i.alt, link: el.closest("a")?.href };
      });
      expect(size.natural).toBeGreaterThan(1000);
      expect(size.shown).toBeLessThanOrEqual(375);
      expect(size.alt.length).toBeGreaterThan(locale === "en" ? 40 : 20);
      expect(size.link).toBe(url(locale, `${PINNED}charts/${EMBEDDED[0]}/`));
      await page.close();
    });

    it(`${name}: ${pathIn(locale, "embed/<id>/")} takes ?theme=dark and defaults to light`, async () => {
      const page = await browser.newPage({ colorScheme: "dark" });
      for (const id of EMBEDDED) {
        const u = new URL(url(locale, `embed/${id}/`));
        await page.goto(u.toString());
        const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        u.searchParams.set("theme", "dark");
        await page.goto(u.toString());
        const dark = await page.evaluate(() => ({
          bg: getComputedStyle(document.body).backgroundColor,
          lang: document.documentElement.lang,
        }));
        expect(light, id).toBe("rgb(253, 252, 249)");
        expect(dark, id).toEqual({ bg: "rgb(22, 24, 29)", lang: LANG[locale] });
      }
      await page.close();
    });
  }

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

describe("the Chinese edition's snippets, downloads and catalogue entries", () => {
  const data = getSiteData();
  const allow = attestedForms(data.glossary);
  // TVB's dramas have only English titles in the sources (the tables say so); the Chinese text names them as printed.
  const englishOnlyNames = [...data["tvb-schedule-2024"], ...data["tvb-mainland-dramas-prime-time"]]
    .map((r) => r.title)
    .sort((a, b) => b.length - a.length);
  /**
   * A run of three or more English words: untranslated text, once URLs, the paper's own English
   * reference and the names the sources give only in English are taken out.
   */
  const englishRun = (text: string, g: (typeof GRAPHICS)[number]) =>
    /[A-Za-z]{2,}(?:[\s,'’-]+[A-Za-z]{2,}){2,}/.exec(
      englishOnlyNames
        .reduce((t, name) => t.split(name).join(" "), text)
        .replace(/https?:\/\/\S+?(?=["\s]|$)/g, " ")
        .split(PAPER.citation)
        .join(" ")
        .split(`doi:${PAPER.doi}`)
        .join(" ")
        .split(g.paperRef.en)
        .join(" "),
    )?.[0];

  for (const g of GRAPHICS) {
    const page = url("zh-hk", `charts/${g.id}/`);
    const path = pathIn("zh-hk", `charts/${g.id}/`);
    const pinnedPage = url("zh-hk", `${PINNED}charts/${g.id}/`);
    it(`${path}: the embed code, static-image snippet and citation are Chinese and point to /zh-hk/ (pinned)`, async () => {
      const html = await (await fetch(page)).text();
      const { document } = parseHTML(html);
      const text = (id: string) => document.getElementById(id)?.textContent?.trim() ?? "";
      const [embed, image, cite] = [text("embed-code"), text("image-code"), text("citation")];
      const label = `${g.paperRef["zh-hk"]}：${g.title["zh-hk"]}`;

      const code = parseHTML(`<!doctype html><html><body>${embed}</body></html>`).document;
      const iframe = code.querySelector("iframe");
      expect(iframe?.getAttribute("src")).toBe(url("zh-hk", `${PINNED}embed/${g.id}/`));
      expect(iframe?.getAttribute("title")).toBe(label);
      expect(code.querySelector("script")?.getAttribute("src")).toBe(new URL("embed.js", baseUrl).toString());

      const snippetDoc = parseHTML(`<!doctype html><html><body>${image}</body></html>`).document;
      expect(snippetDoc.querySelector("a")?.getAttribute("href")).toBe(pinnedPage);
      expect(snippetDoc.querySelector("img")?.getAttribute("src")).toBe(url("zh-hk", `${PINNED}charts/${g.id}/${g.id}.png`));
      const alt = snippetDoc.querySelector("img")?.getAttribute("alt") ?? "";
      expect(alt.startsWith(`${pinnedLabel(g, "zh-hk", LATEST)}。`), alt.slice(0, 60)).toBe(true);

      // The citation: the Chinese title and site name, the paper's English reference kept so it can be found, and the Chinese page.
      expect(cite).toContain(`〈${g.title["zh-hk"]}〉`);
      expect(cite).toContain(SITE_NAME["zh-hk"]);
      expect(cite).toContain(PAPER.citation);
      expect(cite.endsWith(pinnedPage)).toBe(true);

      for (const [what, t] of [
        ["embed code", iframe?.getAttribute("title") ?? ""],
        ["image alt", alt],
        ["citation", cite],
      ] as const) {
        expect(englishRun(t, g), `${what}: English words`).toBeUndefined();
        expect(nonHongKongChars(t, allow), `${what}: characters Hong Kong does not write`).toEqual([]);
        expect(t, what).not.toContain(g.title.en);
      }
    });

    it(`${path}: downloads: CSV the English bytes, SVG and PNG in Chinese, Chinese card and oEmbed`, async () => {
      const get = async (u: string) => {
        const res = await fetch(u);
        expect(res.status, u).toBe(200);
        return Buffer.from(await res.arrayBuffer());
      };
      const file = (locale: Locale, name: string) => url(locale, `charts/${g.id}/${name}`);
      expect((await get(file("zh-hk", `${g.id}.csv`))).equals(await get(file("en", `${g.id}.csv`)))).toBe(true);

      const svg = (await get(file("zh-hk", `${g.id}.svg`))).toString("utf8");
      const tab = await browser.newPage();
      const check = await tab.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const root = doc.documentElement;
        // Text outside the printed Simplified titles and the English quoted.
        const texts = [...doc.querySelectorAll("text, title, desc")]
          .filter((t) => !/^(zh-hans|en)$/i.test(t.closest("[lang]")?.getAttribute("lang") ?? ""))
          .map((t) => t.textContent ?? "");
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: root.nodeName,
          width: Number(root.getAttribute("width")),
          height: Number(root.getAttribute("height")),
          title: root.querySelector(":scope > title")?.textContent ?? "",
          drawn: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "").join(""),
          texts,
        };
      }, svg);
      await tab.close();
      expect(check.error).toBeNull();
      expect(check.root).toBe("svg");
      expect(svg).not.toContain("currentColor");
      expect(check.title).toContain(g.title["zh-hk"]);
      // The title is drawn in Chinese (wrapped over lines, so its characters in order), and not the English one.
      expect(check.drawn.replace(/\s/g, "")).toContain(g.title["zh-hk"].replace(/\s/g, "").slice(0, 8));
      expect(check.drawn).not.toContain(g.title.en);
      expect(check.texts.flatMap((t) => nonHongKongChars(t, allow))).toEqual([]);

      const png = await get(file("zh-hk", `${g.id}.png`));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([check.width * 2, check.height * 2]);
      expect(png.equals(await get(file("en", `${g.id}.png`)))).toBe(false);
      const card = await get(file("zh-hk", "card.png"));
      expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(card.equals(await get(file("en", "card.png")))).toBe(false);

      const oembed = JSON.parse((await get(file("zh-hk", "oembed.json"))).toString("utf8")) as Record<string, string>;
      // A chart page's oEmbed is pinned to its data edition, like its embed code.
      expect(oembed.title).toBe(pinnedLabel(g, "zh-hk", LATEST));
      expect(oembed.title!.startsWith(`${g.paperRef["zh-hk"]}：${g.title["zh-hk"]}`)).toBe(true);
      expect(oembed.provider_name).toBe(SITE_NAME["zh-hk"]);
      expect(oembed.html).toContain(`src="${url("zh-hk", `${PINNED}embed/${g.id}/`)}"`);
      expect(oembed.thumbnail_url).toBe(url("zh-hk", `${PINNED}charts/${g.id}/card.png`));
    });
  }

  it("an old id's Chinese downloads are the graphic's own", async () => {
    const old = GRAPHICS.flatMap((g) => (g.previousIds ?? []).map((id) => ({ g, id })));
    expect(old.length).toBeGreaterThan(0);
    for (const { g, id } of old) {
      for (const [was, now] of [
        [`${id}.csv`, `${g.id}.csv`],
        [`${id}.svg`, `${g.id}.svg`],
      ]) {
        const a = Buffer.from(await (await fetch(url("zh-hk", `charts/${id}/${was}`))).arrayBuffer());
        const b = Buffer.from(await (await fetch(url("zh-hk", `charts/${g.id}/${now}`))).arrayBuffer());
        expect(a.equals(b), `${id}/${was}`).toBe(true);
      }
      expect((await fetch(url("zh-hk", `embed/${id}/`))).status).toBe(200);
    }
  });

  it("/charts/index.json lists both editions' URLs and words for every graphic, each URL resolving", async () => {
    type Entry = {
      lang: string;
      title: string;
      paperRef: string;
      description: string;
      page: string;
      embed: string;
      oembed: string;
      image: string;
    };
    type Edition = Entry & { downloads: Record<string, string> };
    const cat = (await (await fetch(new URL("charts/index.json", baseUrl))).json()) as {
      charts: (Edition & { id: string; editions: Record<string, Edition> })[];
    };
    expect(cat.charts.map((c) => c.id)).toEqual(GRAPHICS.map((g) => g.id));
    for (const c of cat.charts) {
      const g = GRAPHICS.find((x) => x.id === c.id)!;
      expect(Object.keys(c.editions).sort(), c.id).toEqual(["en", "zh-hk"]);
      for (const locale of ["en", "zh-hk"] as const) {
        const e = c.editions[locale]!;
        expect(e.lang).toBe(LANG[locale]);
        expect(e.title).toBe(g.title[locale]);
        expect(e.paperRef).toBe(g.paperRef[locale]);
        expect({ page: e.page, embed: e.embed, oembed: e.oembed, image: e.image, ...e.downloads }).toEqual({
          page: url(locale, `charts/${c.id}/`),
          embed: url(locale, `embed/${c.id}/`),
          oembed: url(locale, `charts/${c.id}/oembed.json`),
          image: url(locale, `charts/${c.id}/card.png`),
          csv: url(locale, `charts/${c.id}/${c.id}.csv`),
          svg: url(locale, `charts/${c.id}/${c.id}.svg`),
          png: url(locale, `charts/${c.id}/${c.id}.png`),
        });
        for (const u of [e.page, e.embed, e.oembed, e.image, ...Object.values(e.downloads)])
          expect((await fetch(u, { method: "HEAD" })).status, u).toBe(200);
      }
      expect(nonHongKongChars(c.editions["zh-hk"]!.description, allow), c.id).toEqual([]);
      // The top-level fields stay the English edition's, for tools written before the Chinese edition.
      expect({ page: c.page, title: c.title }).toEqual({ page: c.editions.en!.page, title: c.editions.en!.title });
    }
  });
});
