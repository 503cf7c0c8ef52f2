/**
 * What any server of the built site must do, asserted the same way against the preview server
 * (preview-server.test.ts) and against Debian's nginx with deploy/nginx.conf (nginx.test.ts):
 * every header of src/lib/http-headers.ts, immutable hashed assets, short-lived pages, CSV as
 * UTF-8 text, a real 404 with the site's 404 page, precompressed gzip, and embeds that another
 * origin can frame while the other pages refuse to be framed.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUnder } from "../../scripts/lib/finish-build.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { CJK_METRICS_SCRIPT_HASH } from "../../src/lib/cjk-metrics-script.ts";
import { COMMON_HEADERS, ERROR_PAGES, ONE_YEAR, PAGE_MAX_AGE, contentSecurityPolicy, kindOfPath } from "../../src/lib/http-headers.ts";

/** A built file's URL path: a/b/index.html -> /a/b/. */
export const urlPath = (file: string) => "/" + file.replace(/(^|\/)index\.html$/, "$1");

/** A CSP's directives: name -> sources. */
export function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

export interface ServingOptions {
  /** Whether the server sends the .br files (nginx-light has no Brotli module). */
  brotli: boolean;
}

/** Registers the checks for the site in `distDir` served at `base()` (a URL ending in /). */
export function describeServing(name: string, distDir: () => string, base: () => string, options: ServingOptions): void {
  const url = (path: string) => new URL(path.replace(/^\//, ""), base()).toString();
  const files = () => filesUnder(distDir()).filter((f) => !/\.(gz|br)$/.test(f) && f !== "_headers");
  // The 404 pages are the answers to missing URLs (checked below), not pages at their own.
  const isErrorPage = (f: string) => ERROR_PAGES.some((e) => e.file === f);
  const pages = () => files().filter((f) => f.endsWith(".html") && !isErrorPage(f));

  describe(`${name}: headers`, () => {
    it("every page, download and asset gets the headers of its kind, the CSP whole with frame-ancestors", async () => {
      const problems: string[] = [];
      // 404.html is the error page, served for missing URLs (checked below), not at its own.
      const sample = files()
        .filter((f) => !isErrorPage(f))
        .filter((f, i) => f.endsWith(".html") || f.endsWith(".csv") || f.includes("_astro/") || f.includes("fonts/") || i % 7 === 0);
      for (const file of sample) {
        const res = await fetch(url(urlPath(file)), { method: "HEAD" });
        const kind = kindOfPath(file);
        if (res.status !== 200) problems.push(`${urlPath(file)}: status ${res.status}`);
        for (const [header, value] of Object.entries(COMMON_HEADERS))
          if (res.headers.get(header) !== value) problems.push(`${urlPath(file)}: ${header}: ${res.headers.get(header)}`);
        if (res.headers.get("content-security-policy") !== contentSecurityPolicy(kind))
          problems.push(`${urlPath(file)}: CSP ${res.headers.get("content-security-policy")}`);
      }
      expect(problems).toEqual([]);
      expect(sample.length).toBeGreaterThan(20);
    });

    it("pages allow scripts only from the site, and only embeds may be framed by other sites", async () => {
      const problems: string[] = [];
      for (const file of pages()) {
        const d = directives((await fetch(url(urlPath(file)), { method: "HEAD" })).headers.get("content-security-policy") ?? "");
        // Our origin, and the one inline script by its hash (src/lib/cjk-metrics-script.ts): never 'unsafe-inline'.
        if (d.get("script-src")?.join(" ") !== `'self' ${CJK_METRICS_SCRIPT_HASH}`)
          problems.push(`${urlPath(file)}: script-src ${d.get("script-src")}`);
        if (!d.get("object-src")?.includes("'none'")) problems.push(`${urlPath(file)}: object-src is not 'none'`);
        const fa = d.get("frame-ancestors")?.join(" ");
        if (fa !== (/(^|\/)embed\//.test(file) ? "*" : "'self'")) problems.push(`${urlPath(file)}: frame-ancestors ${fa}`);
      }
      expect(problems).toEqual([]);
    });

    it("hashed assets are public, immutable and cached for a year; pages and downloads for minutes", async () => {
      const problems: string[] = [];
      const hashed = files().filter((f) => kindOfPath(f) === "hashed");
      expect(hashed.some((f) => f.startsWith("_astro/"))).toBe(true);
      expect(hashed.some((f) => f.startsWith("fonts/"))).toBe(true);
      for (const file of hashed) {
        const cc = (await fetch(url(file), { method: "HEAD" })).headers.get("cache-control") ?? "";
        if (cc !== `public, max-age=${ONE_YEAR}, immutable`) problems.push(`/${file}: ${cc}`);
      }
      for (const file of [
        ...pages(),
        ...files()
          .filter((f) => f.endsWith(".csv"))
          .slice(0, 5),
      ]) {
        const cc = (await fetch(url(urlPath(file)), { method: "HEAD" })).headers.get("cache-control") ?? "";
        if (cc !== `public, max-age=${PAGE_MAX_AGE}`) problems.push(`${urlPath(file)}: ${cc}`);
      }
      expect(problems).toEqual([]);
    });

    it("types: HTML, CSV, JSON and SVG as UTF-8 text; fonts as woff2", async () => {
      const type = async (file: string) =>
        (await fetch(url(urlPath(file)), { method: "HEAD" })).headers.get("content-type")?.replace(/\s+/g, "").toLowerCase();
      const first = (re: RegExp) => files().find((f) => re.test(f))!;
      expect(await type("index.html")).toBe("text/html;charset=utf-8");
      expect(await type(first(/^data\/.*\.csv$/))).toBe("text/csv;charset=utf-8");
      expect(await type(first(/^charts\/[^/]+\/[^/]+\.csv$/))).toBe("text/csv;charset=utf-8");
      expect(await type("charts/index.json")).toBe("application/json;charset=utf-8");
      expect(await type(first(/^charts\/[^/]+\/[^/]+\.svg$/))).toBe("image/svg+xml;charset=utf-8");
      expect(await type(first(/^fonts\/.*\.woff2$/))).toBe("font/woff2");
      expect(await type(first(/^_astro\/.*\.js$/))).toMatch(/^(text|application)\/javascript;charset=utf-8$/);
    });
  });

  describe(`${name}: compression and errors`, () => {
    it("sends the precompressed .gz to a client that accepts gzip, byte for byte", async () => {
      const { readFileSync } = await import("node:fs");
      const { join } = await import("node:path");
      for (const file of [
        "index.html",
        "charts/index.json",
        files().find((f) => f.endsWith(".csv"))!,
        files().find((f) => /_astro\/.*\.js$/.test(f))!,
      ]) {
        const res = await fetch(url(urlPath(file)), { headers: { "Accept-Encoding": "gzip" } });
        expect(res.headers.get("content-encoding"), file).toBe("gzip");
        expect(res.headers.get("vary")?.toLowerCase(), file).toContain("accept-encoding");
        // fetch decodes the body; compare what it decoded with the original file.
        expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(distDir(), file))), file).toBe(true);
      }
    });

    it(`a client that accepts Brotli and gzip gets ${options.brotli ? "the .br" : "the .gz (this server has no Brotli)"}`, async () => {
      const res = await fetch(url("/"), { headers: { "Accept-Encoding": "br, gzip" } });
      expect(res.headers.get("content-encoding")).toBe(options.brotli ? "br" : "gzip");
    });

    it("answers a missing page with status 404, the site's 404 page and the page headers", async () => {
      for (const path of ["/no-such-page/", "/charts/no-such-chart/", "/data/no-such-file.csv"]) {
        const res = await fetch(url(path));
        expect(res.status, path).toBe(404);
        const body = await res.text();
        expect(body, path).toContain("This page does not exist");
        expect(res.headers.get("content-security-policy"), path).toBe(contentSecurityPolicy("page"));
        expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      }
    });

    it("answers a missing page under zh-hk/ with the Chinese 404 page", async () => {
      for (const path of ["/zh-hk/no-such-page/", "/zh-hk/charts/no-such-chart/"]) {
        const res = await fetch(url(path));
        expect(res.status, path).toBe(404);
        const body = await res.text();
        expect(body, path).toMatch(/<html lang="zh-HK"/);
        expect(body, path).not.toContain("This page does not exist");
        expect(res.headers.get("content-security-policy"), path).toBe(contentSecurityPolicy("page"));
      }
    });
  });

  describe(`${name}: framing`, () => {
    let browser: Browser;
    let host: Server;
    let hostUrl = "";
    beforeAll(async () => {
      browser = await launchChromium();
      const embed = files().find((f) => /^embed\/[^/]+\/index\.html$/.test(f))!;
      const chart = files().find((f) => /^charts\/[^/]+\/index\.html$/.test(f))!;
      const html =
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body><iframe id="embed" ` +
        `src="${url(urlPath(embed))}" title="embed"></iframe><iframe id="page" src="${url(urlPath(chart))}" ` +
        `title="page"></iframe></body></html>`;
      host = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
      await new Promise<void>((r) => host.listen(0, "127.0.0.1", r));
      // localhost, not 127.0.0.1: another origin than the site's.
      hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
    });
    afterAll(async () => {
      await browser?.close();
      await new Promise<void>((r) => host?.close(() => r()));
    });

    it("another origin can frame an embed, and cannot frame the other pages", async () => {
      expect(new URL(hostUrl).origin).not.toBe(new URL(base()).origin);
      const page = await browser.newPage();
      await page.goto(hostUrl, { waitUntil: "load" });
      const embed = (await (await page.$("#embed"))!.contentFrame())!;
      await embed.waitForLoadState("load");
      expect(await embed.locator("figure svg, figure table").count()).toBeGreaterThan(0);
      const framed = (await (await page.$("#page"))!.contentFrame())!;
      // A frame refused by frame-ancestors shows Chromium's error page, not the site.
      await expect.poll(() => framed.url()).toMatch(/^chrome-error:/);
      await page.close();
    });
  });
}
