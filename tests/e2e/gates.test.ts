/**
 * Quality gates on the built site: valid HTML on every page, no broken internal link or asset,
 * no request to another origin, a CSP in every page that forbids inline script but the one it
 * allows by its hash (and pages that need no other), hashed asset names, and the files hosts need (404, sitemap, robots.txt, _headers,
 * precompressed copies). How servers serve it is in serving.ts; axe-core runs in a11y.test.ts.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphicByPreviousId } from "../../src/graphics/registry.ts";
import { ERROR_PAGES, contentSecurityPolicy, metaContentSecurityPolicy } from "../../src/lib/http-headers.ts";
import { CJK_METRICS_FAMILY, CJK_METRICS_SCRIPT } from "../../src/lib/cjk-metrics-script.ts";
import { directives, urlPath } from "./serving.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
const distDir = inject("distDir");

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (keep(name)) out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

const htmlFiles = filesUnder(distDir, (n) => n.endsWith(".html"));
/** A page published under a graphic's old id, which sends the reader on to the current one. */
const isRedirect = (file: string) => {
  const m = /(^|\/)charts\/([^/]+)\/index\.html$/.exec(file);
  return !!m && graphicByPreviousId(m[2]!) !== undefined;
};
/** Absolute links to the site use SITE_URL: the served origin (global-setup), and the canonical's to be sure. */
const SITE_ORIGIN = new URL(baseUrl).origin;
const SITE_ORIGINS = new Set([SITE_ORIGIN]);
const documents = new Map<string, Document>();
function documentOf(file: string): Document {
  let doc = documents.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(join(distDir, file), "utf8")).document as unknown as Document;
    documents.set(file, doc);
  }
  return doc;
}

const canonical = htmlFiles.includes("index.html")
  ? documentOf("index.html").querySelector('link[rel="canonical"]')?.getAttribute("href")
  : null;
if (canonical && /^https?:/.test(canonical)) SITE_ORIGINS.add(new URL(canonical).origin);

/** The built file a site path names, or null: /a/ -> a/index.html, /a.csv -> a.csv. */
function fileFor(pathname: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname).replace(/^\//, "");
  } catch {
    return null; // a malformed %-escape names no file
  }
  for (const candidate of [rel, join(rel, "index.html")]) {
    try {
      if (statSync(join(distDir, candidate)).isFile()) return candidate.split("\\").join("/");
    } catch {
      /* not this one */
    }
  }
  return null;
}

/** Every URL a page refers to through an attribute, with where it was found. */
function referencesIn(doc: Document): { url: string; where: string }[] {
  const out: { url: string; where: string }[] = [];
  for (const el of doc.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    for (const attr of ["href", "src", "xlink:href", "poster", "action", "data"]) {
      const v = el.getAttribute(attr);
      if (v === null || (attr === "data" && tag !== "object")) continue;
      out.push({ url: v, where: `<${tag} ${attr}>` });
    }
    for (const attr of ["srcset", "imagesrcset"]) {
      const v = el.getAttribute(attr);
      if (v) for (const part of v.split(",")) out.push({ url: part.trim().split(/\s+/)[0]!, where: `<${tag} ${attr}>` });
    }
    if (
      tag === "meta" &&
      /^(og:(url|image|image:url|image:secure_url|video|video:url|audio|audio:url)|twitter:(image|image:src|player))$/.test(
        el.getAttribute("property") ?? el.getAttribute("name") ?? "",
      )
    ) {
      out.push({ url: el.getAttribute("content") ?? "", where: `<meta ${el.getAttribute("property") ?? el.getAttribute("name")}>` });
    }
  }
  return out;
}

/** Checks one reference made from `fromUrl`; returns a problem or null. */
function checkReference(fromUrl: string, url: string): string | null {
  if (/^(mailto|tel|data):/i.test(url)) return null;
  if (/^javascript:/i.test(url)) return "a javascript: URL";
  let target: URL;
  try {
    target = new URL(url, fromUrl);
  } catch {
    return "not a URL";
  }
  if (!SITE_ORIGINS.has(target.origin)) return null;
  const file = fileFor(target.pathname);
  if (!file) return `no file in dist for ${target.pathname}`;
  let id: string;
  try {
    id = decodeURIComponent(target.hash.slice(1));
  } catch {
    return `a malformed #fragment`;
  }
  if (id && file.endsWith(".html")) {
    const doc = documentOf(file);
    if (!doc.getElementById(id) && ![...doc.querySelectorAll("a[name]")].some((a) => a.getAttribute("name") === id))
      return `no element with id "${id}" in ${file}`;
  }
  return null;
}

describe("HTML", () => {
  it("finds the built pages", () => {
    expect(htmlFiles).toContain("index.html");
    expect(htmlFiles.length).toBeGreaterThan(1);
  });

  it("is valid on every page (html-validate, .htmlvalidate.mjs)", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateFile(join(distDir, file));
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe("links and assets", () => {
  it("every internal href and src on every page names a file in the build, and every #fragment an id", () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const from = SITE_ORIGIN + urlPath(file);
      for (const ref of referencesIn(documentOf(file))) {
        const problem = checkReference(from, ref.url);
        if (problem) broken.push(`${file}: ${ref.where} "${ref.url.slice(0, 120)}": ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("every url() in the built CSS names a file in the build", () => {
    const broken: string[] = [];
    for (const file of filesUnder(distDir, (n) => n.endsWith(".css"))) {
      const css = readFileSync(join(distDir, file), "utf8");
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const problem = checkReference(`${SITE_ORIGIN}/${file}`, m[2]!);
        if (problem) broken.push(`${file}: url(${m[2]}): ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("no request to another origin", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("from any page, loaded and scrolled to the end", async () => {
    const origin = new URL(baseUrl).origin;
    const foreign: string[] = [];
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const visit = async (file: string) => {
      const page = await context.newPage();
      page.on("request", (r) => {
        const u = new URL(r.url());
        if ((/^https?:$/.test(u.protocol) && u.origin !== origin) || /^(wss?|ftp):$/.test(u.protocol))
          foreign.push(`${urlPath(file)} -> ${r.url()}`);
      });
      await page.goto(new URL(urlPath(file).slice(1), baseUrl).toString(), { waitUntil: "load" });
      // A redirect page goes on to the current page at once, which the queue visits in its turn.
      if (isRedirect(file)) await page.waitForURL((u) => u.pathname !== urlPath(file));
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
          scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 10));
        }
      });
      await page.waitForLoadState("networkidle");
      await page.close();
    };
    // Four pages at a time: most of each visit is waiting for the network to be idle.
    const queue = [...htmlFiles];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let file = queue.shift(); file; file = queue.shift()) await visit(file);
      }),
    );
    await context.close();
    expect(foreign).toEqual([]);
  });
});

describe("Content-Security-Policy", () => {
  it("every page carries the policy in a <meta>, before anything it governs, with the server's directives but frame-ancestors", () => {
    const problems: string[] = [];
    const server = directives(contentSecurityPolicy("page"));
    server.delete("frame-ancestors");
    for (const file of htmlFiles) {
      const head = documentOf(file).head;
      const metas = [...head.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
      if (metas.length !== 1) {
        problems.push(`${file}: ${metas.length} CSP <meta> elements`);
        continue;
      }
      const meta = metas[0]!;
      if ([...directives(meta.getAttribute("content") ?? "")].join("|") !== [...server].join("|"))
        problems.push(`${file}: <meta> policy “${meta.getAttribute("content")}”`);
      // Only the charset may come first: a style, link or script before it would escape the policy.
      const before = [...head.children].slice(0, [...head.children].indexOf(meta)).filter((el) => !el.hasAttribute("charset"));
      if (before.length) problems.push(`${file}: <${before[0]!.tagName.toLowerCase()}> before the CSP <meta>`);
    }
    expect(problems).toEqual([]);
    expect(metaContentSecurityPolicy()).not.toMatch(/frame-ancestors/);
  });

  it("no built page has an inline <script> but the Chinese pages' blank-face installer, an on* attribute or a javascript: URL", () => {
    // JSON data blocks are never executed, so a CSP does not govern them; anything else is script.
    const DATA_BLOCK = /^(application\/(ld\+)?json|importmap)$/i;
    const problems: string[] = [];
    let installers = 0;
    for (const file of htmlFiles) {
      const doc = documentOf(file);
      for (const s of doc.querySelectorAll("script")) {
        if (s.getAttribute("type") === "importmap") problems.push(`${file}: an import map needs an inline script`);
        if (s.hasAttribute("src") || DATA_BLOCK.test(s.getAttribute("type") ?? "")) continue;
        // The one the policy allows by its hash: byte for byte, in the head, on Chinese pages only.
        const chinese = doc.documentElement.lang === "zh-HK";
        if (chinese && s.textContent === CJK_METRICS_SCRIPT && s.parentElement === doc.head) installers++;
        else problems.push(`${file}: inline <script>${(s.textContent ?? "").trim().slice(0, 60)}`);
      }
      // Every page that declares the blank face installs it before its first layout.
      const face = `@font-face{font-family:"${CJK_METRICS_FAMILY}"`;
      const declares = [...doc.querySelectorAll("head style")].some((st) => st.textContent?.includes(face));
      const installs = [...doc.head.querySelectorAll("script:not([src])")].some((sc) => sc.textContent === CJK_METRICS_SCRIPT);
      if (declares !== installs) problems.push(`${file}: declares the blank face: ${declares}, installs it: ${installs}`);
      for (const el of doc.querySelectorAll("*")) {
        for (const name of el.getAttributeNames()) {
          if (/^on/i.test(name)) problems.push(`${file}: <${el.tagName.toLowerCase()} ${name}="${el.getAttribute(name)?.slice(0, 40)}">`);
          if (/^\s*javascript:/i.test(el.getAttribute(name) ?? "") && /href|src|action/i.test(name))
            problems.push(`${file}: <${el.tagName.toLowerCase()} ${name}="javascript:...">`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(installers).toBe(htmlFiles.filter((f) => documentOf(f).documentElement.lang === "zh-HK").length);
  });
});

describe("font stacks", () => {
  it("no page names one of the site's own families in a font stack without declaring its face on that page", () => {
    // Every family in a stack costs a look-up per size and weight in the first layout; one of the
    // site's families (a face some page declares) that this page does not declare is looked up
    // among the system's fonts and never found (bench/README.md, "First chart"). Read as text:
    // the Chinese pages' Hong Kong face is declared inside a <noscript>. Not the pages of old
    // addresses (isRedirect; src/layouts/Redirect.astro), which move the reader on at once and declare no Latin face.
    const texts = new Map(htmlFiles.map((f) => [f, readFileSync(join(distDir, f), "utf8")]));
    const text = (file: string) => texts.get(file)!;
    const pages = htmlFiles.filter((f) => !isRedirect(f));
    const declared = new Map(
      htmlFiles.map((f) => [f, new Set([...text(f).matchAll(/@font-face\{font-family:"([^"]+)"/g)].map((m) => m[1]!))]),
    );
    const named = (f: string) =>
      new Set([...text(f).matchAll(/--font-[a-z-]+:([^;}]+)/g)].flatMap((m) => [...m[1]!.matchAll(/"([^"]+)"/g)].map((n) => n[1]!)));
    const siteFamilies = new Set([...declared.values()].flatMap((families) => [...families]));
    const problems = pages.flatMap((f) =>
      [...named(f)].filter((family) => siteFamilies.has(family) && !declared.get(f)!.has(family)).map((family) => `${f}: ${family}`),
    );
    // The serif, the sans, their six size-adjusted fallbacks, the Hong Kong, Simplified and blank faces.
    expect(siteFamilies.size).toBeGreaterThanOrEqual(11);
    expect(pages.length).toBeGreaterThan(htmlFiles.length / 2);
    expect(problems).toEqual([]);
  });
});

describe("hashed assets", () => {
  it("every file under _astro/ and fonts/ is named with its content hash", () => {
    const hashed = filesUnder(distDir, () => true).filter((f) => /^(_astro|fonts)\//.test(f) && !/\.(gz|br)$/.test(f));
    expect(hashed.length).toBeGreaterThan(0);
    expect(hashed.filter((a) => !/[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(a))).toEqual([]);
  });
});

describe("files for hosts", () => {
  it("dist/ has a 404 page, a sitemap that robots.txt names, and _headers", () => {
    const files = filesUnder(distDir, () => true);
    expect(files).toContain("404.html");
    expect(documentOf("404.html").querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(documentOf("404.html").querySelector(`a[href="${new URL(baseUrl).pathname}"]`)).not.toBeNull();
    const robots = readFileSync(join(distDir, "robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toBe(new URL("sitemap-index.xml", baseUrl).toString());
    const index = readFileSync(join(distDir, "sitemap-index.xml"), "utf8");
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(maps.length).toBeGreaterThan(0);
    const locs = maps.flatMap((m) =>
      [...readFileSync(join(distDir, new URL(m).pathname), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]!).pathname),
    );
    // Every page a reader should find, and no embed, error page, redirect or copy pinned to a data edition (editions/).
    const expected = htmlFiles
      .filter((f) => !/(^|\/)(embed|editions)\//.test(f) && !ERROR_PAGES.some((e) => e.file === f) && !isRedirect(f))
      .map(urlPath)
      .sort();
    expect([...locs].sort()).toEqual(expected);
    expect(files).toContain("_headers");
  });

  it("a .gz and a .br beside every text file, each decompressing to it", async () => {
    const { gunzipSync, brotliDecompressSync } = await import("node:zlib");
    const texts = filesUnder(distDir, (n) => /\.(html|css|js|svg|json|csv|xml|txt)$/.test(n));
    const problems: string[] = [];
    for (const f of texts) {
      const original = readFileSync(join(distDir, f));
      try {
        if (!gunzipSync(readFileSync(join(distDir, `${f}.gz`))).equals(original)) problems.push(`${f}.gz differs`);
        if (!brotliDecompressSync(readFileSync(join(distDir, `${f}.br`))).equals(original)) problems.push(`${f}.br differs`);
      } catch (e) {
        problems.push(`${f}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(texts.length).toBeGreaterThan(50);
  });
});
