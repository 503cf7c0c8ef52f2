/**
 * The built site's pages, read from dist/, each with its edition, its kind and the path it
 * shares with its counterpart in the other edition: what the tests of both editions iterate over.
 * Kinds are named from the URL (src/pages/ and src/pages/zh-hk/ mirror each other), so a page of
 * an unknown kind is reported rather than skipped.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { GRAPHICS, graphicByPreviousId, type Graphic } from "../../src/graphics/registry.ts";
import { localePrefix, type Locale } from "../../src/lib/i18n.ts";

export type PageKind =
  | "story"
  | "charts"
  | "chart"
  | "redirect"
  | "embed"
  | "pinned-chart"
  | "pinned-embed"
  | "data"
  | "checks"
  | "corrections"
  | "404"
  | "unknown";

export interface SitePage {
  /** The built file, relative to dist/: "zh-hk/charts/x/index.html". */
  file: string;
  /** Its URL path: "/zh-hk/charts/x/". */
  path: string;
  locale: Locale;
  /** The path within its edition, which its counterpart shares: "charts/x/". */
  inEdition: string;
  kind: PageKind;
  /** The graphic of a chart page, redirect or embed (the current one, for an old id). */
  graphic?: Graphic;
  /** The data edition a pinned page (editions/<edition>/charts|embed/<id>/) is pinned to. */
  edition?: string;
}

const ZH = localePrefix("zh-hk");

/** A built file's URL path: a/b/index.html -> /a/b/, 404.html -> /404.html. */
export const urlPathOf = (file: string) => "/" + file.replace(/(^|\/)index\.html$/, "$1");

function kindOf(inEdition: string): { kind: PageKind; graphic?: Graphic; edition?: string } {
  if (inEdition === "") return { kind: "story" };
  if (inEdition === "charts/") return { kind: "charts" };
  if (inEdition === "data/") return { kind: "data" };
  if (inEdition === "checks/") return { kind: "checks" };
  if (inEdition === "corrections/") return { kind: "corrections" };
  // A graphic pinned to a data edition (only current ids are pinned).
  const pinned = /^editions\/([^/]+)\/(charts|embed)\/([^/]+)\/$/.exec(inEdition);
  if (pinned) {
    const graphic = GRAPHICS.find((g) => g.id === pinned[3]);
    if (graphic) return { kind: pinned[2] === "charts" ? "pinned-chart" : "pinned-embed", graphic, edition: pinned[1] };
    return { kind: "unknown" };
  }
  // The error page: 404.html, or 404/ (where a build writes it as a directory, which the pairs test reports).
  if (inEdition === "404.html" || inEdition === "404/") return { kind: "404" };
  const m = /^(charts|embed)\/([^/]+)\/$/.exec(inEdition);
  if (m) {
    const current = GRAPHICS.find((g) => g.id === m[2]);
    const old = graphicByPreviousId(m[2]!);
    if (current) return { kind: m[1] === "charts" ? "chart" : "embed", graphic: current };
    // An old id's page sends readers on; its embed is still the graphic itself.
    if (old) return { kind: m[1] === "charts" ? "redirect" : "embed", graphic: old };
  }
  return { kind: "unknown" };
}

/** Every HTML page in `distDir`, sorted by URL path. */
export function sitePages(distDir: string): SitePage[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".html")) files.push(relative(distDir, p).split("\\").join("/"));
    }
  };
  walk(distDir);
  return files
    .map((file) => {
      const path = urlPathOf(file);
      const locale: Locale = path.startsWith(`/${ZH}`) ? "zh-hk" : "en";
      const inEdition = path.slice(1 + localePrefix(locale).length);
      return { file, path, locale, inEdition, ...kindOf(inEdition) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The URL path of a page's counterpart in the other edition: the same path in the edition's prefix. */
export function counterpartPath(page: SitePage): string {
  const other: Locale = page.locale === "en" ? "zh-hk" : "en";
  return `/${localePrefix(other)}${page.inEdition}`;
}

/** The URL path of the same page in a given edition. */
export function pathIn(locale: Locale, inEdition: string): string {
  return `/${localePrefix(locale)}${inEdition}`;
}

/** A site path as an absolute URL on the test server. */
export const at = (baseUrl: string, path: string) => new URL(path.replace(/^\//, ""), baseUrl).toString();

/**
 * Serves an old id's page (kind "redirect") to `tab` without its <meta http-equiv="refresh">, so
 * a test sees the page itself, as a browser that does not follow the refresh shows it, rather
 * than the page it sends readers to.
 */
export async function holdRefresh(tab: Page, url: string): Promise<void> {
  await tab.route(url, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const held = html.replace(/<meta http-equiv="refresh"[^>]*>/i, "");
    if (held === html) throw new Error(`${url}: no <meta http-equiv="refresh"> to hold`);
    await route.fulfill({ response, body: held });
  });
}
