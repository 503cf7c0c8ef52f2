/**
 * Quality gates on the built site: valid HTML on every page, no broken internal link or asset,
 * no request to another origin, a CSP that forbids inline script (and pages that need none),
 * and hashed assets served as immutable for a year. axe-core runs in a11y.test.ts.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/lib/static-server.ts";
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
/** Absolute links to the site use SITE_URL: the served origin (global-setup), and the canonical's to be sure. */
const SITE_ORIGIN = new URL(baseUrl).origin;
const SITE_ORIGINS = new Set([SITE_ORIGIN]);
/** A built file's URL path: a/b/index.html -> /a/b/. */
const urlPath = (file: string) => "/" + file.replace(/(^|\/)index\.html$/, "$1");
const documents = new Map<string, Document>();
function documentOf(file: string): Document {
  let doc = documents.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(join(distDir, file), "utf8")).document as unknown as Document;
    documents.set(file, doc);
  }
  return doc;
}

const canonical = htmlFiles.includes("index.html") ? documentOf("index.html").querySelector('link[rel="canonical"]')?.getAttribute("href") : null;
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
    if (tag === "meta" && /^(og:(url|image|image:url|image:secure_url|video|video:url|audio|audio:url)|twitter:(image|image:src|player))$/.test(el.getAttribute("property") ?? el.getAttribute("name") ?? "")) {
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
    if (!doc.getElementById(id) && ![...doc.querySelectorAll("a[name]")].some((a) => a.getAttribute("name") === id)) return `no element with id "${id}" in ${file}`;
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
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
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
        if ((/^https?:$/.test(u.protocol) && u.origin !== origin) || /^(wss?|ftp):$/.test(u.protocol)) foreign.push(`${urlPath(file)} -> ${r.url()}`);
      });
      await page.goto(new URL(urlPath(file).slice(1), baseUrl).toString(), { waitUntil: "load" });
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
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await visit(file);
    }));
    await context.close();
    expect(foreign).toEqual([]);
  });
});

/** A CSP's directives: name -> sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe("Content-Security-Policy", () => {
  it("the server sends one on every page, allowing scripts only from the site: no 'unsafe-inline', no 'unsafe-eval'", async () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const res = await fetch(new URL(urlPath(file).slice(1), baseUrl));
      const csp = res.headers.get("content-security-policy");
      if (!csp) {
        problems.push(`${urlPath(file)}: no Content-Security-Policy header`);
        continue;
      }
      const d = directives(csp);
      const script = d.get("script-src-elem") ?? d.get("script-src") ?? d.get("default-src");
      if (!script) problems.push(`${urlPath(file)}: neither script-src nor default-src`);
      for (const name of ["script-src", "script-src-elem", "script-src-attr", "default-src"]) {
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "http:", "https:"]) {
          if (d.get(name)?.includes(bad)) problems.push(`${urlPath(file)}: ${name} allows ${bad}`);
        }
      }
      if (!d.get("object-src")?.includes("'none'")) problems.push(`${urlPath(file)}: object-src is not 'none'`);
    }
    expect(problems).toEqual([]);
    expect(directives(CONTENT_SECURITY_POLICY).get("script-src")).toEqual(["'self'"]);
  });

  it("no built page has an inline <script>, an on* event attribute or a javascript: URL", () => {
    // JSON data blocks are never executed, so a CSP does not govern them; anything else is script.
    const DATA_BLOCK = /^(application\/(ld\+)?json|importmap)$/i;
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const doc = documentOf(file);
      for (const s of doc.querySelectorAll("script")) {
        if (!s.hasAttribute("src") && !DATA_BLOCK.test(s.getAttribute("type") ?? "")) problems.push(`${file}: inline <script>${(s.textContent ?? "").trim().slice(0, 60)}`);
        if (s.getAttribute("type") === "importmap") problems.push(`${file}: an import map needs an inline script`);
      }
      for (const el of doc.querySelectorAll("*")) {
        for (const name of el.getAttributeNames()) {
          if (/^on/i.test(name)) problems.push(`${file}: <${el.tagName.toLowerCase()} ${name}="${el.getAttribute(name)?.slice(0, 40)}">`);
          if (/^\s*javascript:/i.test(el.getAttribute(name) ?? "") && /href|src|action/i.test(name)) problems.push(`${file}: <${el.tagName.toLowerCase()} ${name}="javascript:...">`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("caching", () => {
  const assets = filesUnder(join(distDir, "_astro"), () => true);

  it("the build has hashed assets, each named with its content hash", () => {
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((a) => !/\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(a))).toEqual([]);
  });

  it("every /_astro/* response is public, immutable and cached for at least a year", async () => {
    const problems: string[] = [];
    for (const asset of assets) {
      const res = await fetch(new URL(`_astro/${asset}`, baseUrl));
      const cc = res.headers.get("cache-control") ?? "";
      const maxAge = Number(/(?:^|,)\s*max-age=(\d+)/.exec(cc)?.[1] ?? 0);
      if (res.status !== 200 || maxAge < 31_536_000 || !/\bimmutable\b/.test(cc) || /\b(no-store|no-cache|private)\b/.test(cc)) problems.push(`/_astro/${asset}: ${res.status} Cache-Control: ${cc || "(none)"}`);
    }
    expect(problems).toEqual([]);
  });

  it("pages, whose URLs never change, are not immutable", async () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const cc = (await fetch(new URL(urlPath(file).slice(1), baseUrl))).headers.get("cache-control") ?? "";
      if (/\bimmutable\b/.test(cc) || Number(/max-age=(\d+)/.exec(cc)?.[1] ?? 0) > 3600) problems.push(`${urlPath(file)}: ${cc}`);
    }
    expect(problems).toEqual([]);
  });
});

