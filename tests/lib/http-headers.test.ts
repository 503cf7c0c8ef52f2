/** The one statement of the site's headers, and the files generated from it. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  cacheControl,
  contentSecurityPolicy,
  errorPageFor,
  headersFor,
  kindOfPath,
  metaContentSecurityPolicy,
  netlifyHeaders,
  netlifyRedirects,
  nginxServerBlock,
} from "../../src/lib/http-headers.ts";

describe("kinds of files", () => {
  it.each([
    ["_astro/Base.a1b2c3d4.css", "hashed"],
    ["fonts/cjk-90f34fdeaa.woff2", "hashed"],
    ["zh-hk/_astro/x.12345678.js", "hashed"],
    ["embed/imports-top-five/index.html", "embed"],
    ["zh-hk/embed/imports-top-five/index.html", "embed"],
    ["index.html", "page"],
    ["charts/imports-top-five/imports-top-five.csv", "page"],
    ["charts/embed-codes/index.html", "page"],
    ["data/trade/imports/2022.csv", "page"],
  ] as const)("%s is %s", (path, kind) => {
    expect(kindOfPath(path)).toBe(kind);
  });
});

describe("policies", () => {
  it("only embeds may be framed by other sites", () => {
    expect(contentSecurityPolicy("embed")).toMatch(/frame-ancestors \*$/);
    expect(contentSecurityPolicy("page")).toMatch(/frame-ancestors 'self'$/);
  });
  it("the meta policy is the header policy without what a meta cannot carry", () => {
    expect(contentSecurityPolicy("page").replace(/; frame-ancestors [^;]+$/, "")).toBe(metaContentSecurityPolicy());
    expect(metaContentSecurityPolicy()).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });
  it("hashed files are immutable for a year; pages are not", () => {
    expect(cacheControl("hashed")).toBe("public, max-age=31536000, immutable");
    expect(cacheControl("page")).not.toMatch(/immutable/);
    expect(Object.keys(headersFor("page")).sort()).toEqual([
      "Cache-Control",
      "Content-Security-Policy",
      "Referrer-Policy",
      "X-Content-Type-Options",
    ]);
  });
});

/** Which rules of a _headers file match a path, by Netlify's and Cloudflare's splat rules. */
function matching(file: string, path: string): { rule: string; headers: string[] }[] {
  return file
    .split(/\n\n+/)
    .filter((b) => !b.startsWith("#"))
    .map((b) => {
      const [rule, ...lines] = b.trim().split("\n");
      return { rule: rule!, headers: lines.map((l) => l.trim().split(":")[0]!) };
    })
    .filter(({ rule }) => (rule.endsWith("*") ? path.startsWith(rule.slice(0, -1)) : path === rule));
}

describe("dist/_headers", () => {
  const files = [
    "index.html",
    "404.html",
    "robots.txt",
    "_astro/a.12345678.js",
    "fonts/cjk-0123456789.woff2",
    "charts/index.html",
    "charts/x/index.html",
    "charts/x/x.csv",
    "embed/x/index.html",
    "data/index.html",
    "data/places.csv",
    "zh-hk/index.html",
    "zh-hk/embed/x/index.html",
    "zh-hk/charts/x/index.html",
  ];
  const text = netlifyHeaders(files);

  it("gives every URL each header exactly once, with the value of its kind", () => {
    const urls = [
      ...files.map((f) => "/" + f),
      ...files.filter((f) => f.endsWith("index.html")).map((f) => "/" + f.replace(/index\.html$/, "")),
    ];
    for (const url of urls) {
      const rules = matching(text, url);
      const all = rules.flatMap((r) => r.headers);
      expect(all.sort(), url).toEqual(["Cache-Control", "Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options"]);
      const csp = text.split(/\n\n+/).find((b) => rules.some((r) => b.startsWith(r.rule + "\n")) && b.includes("Content-Security-Policy"))!;
      expect(csp, url).toContain(contentSecurityPolicy(kindOfPath(url.slice(1) || "index.html")));
    }
  });

  it("prefixes every rule with the base path of a sub-path build", () => {
    const sub = netlifyHeaders(files, "/news/hk/");
    const rules = sub
      .split(/\n\n+/)
      .filter((b) => !b.startsWith("#"))
      .map((b) => b.split("\n")[0]!);
    expect(rules.every((r) => r.startsWith("/news/hk/"))).toBe(true);
  });
});

describe("deploy/nginx.conf", () => {
  it("is what src/lib/http-headers.ts generates (run `npm run deploy:nginx` after changing it)", () => {
    expect(readFileSync("deploy/nginx.conf", "utf8")).toBe(nginxServerBlock());
  });
  it("has only the placeholders __ROOT__ and __PORT__", () => {
    expect([...new Set(nginxServerBlock().match(/__[A-Z]+__/g))].sort()).toEqual(["__PORT__", "__ROOT__"]);
  });
});

describe("each edition's 404 page", () => {
  it.each([
    ["no-such-page/", "404.html"],
    ["charts/zh-hk/", "404.html"],
    ["zh-hk/no-such-page/", "zh-hk/404.html"],
    ["zh-hk/charts/x/", "zh-hk/404.html"],
    ["zh-hkx/", "404.html"],
  ])("a missing %s gets %s", (path, page) => {
    expect(errorPageFor(path)).toBe(page);
  });
  it("_redirects sends what is missing under zh-hk/ to its 404 page, under any base", () => {
    expect(
      netlifyRedirects("/")
        .split("\n")
        .filter((l) => l && !l.startsWith("#")),
    ).toEqual(["/zh-hk/* /zh-hk/404.html 404"]);
    expect(netlifyRedirects("/news/hk")).toContain("/news/hk/zh-hk/* /news/hk/zh-hk/404.html 404");
  });
});
