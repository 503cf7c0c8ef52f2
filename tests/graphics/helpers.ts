/**
 * What the graphics tests share: the real data, the site URL the snippets are built under, the
 * graphics modules loaded under a given `base` (paths.ts reads it once, when first imported),
 * a copy of a graphic whose title needs escaping, and the width estimate the exports wrap by.
 */
import { parseHTML } from "linkedom";
import { vi } from "vitest";
import type { Graphic } from "../../src/graphics/registry.ts";
import type { Localized } from "../../src/lib/i18n.ts";

export { siteData, parseSvg, type SvgElement } from "../charts/helpers.ts";

/** The `site` every URL is built under. */
export const SITE = new URL("https://example.org/");

/** The bases the URL tests run under: the root, and a sub-path as on a shared host. */
export const BASES = ["/", "/screens/"] as const;

/**
 * The graphics modules as the build sees them with BASE_URL = `base`: the module graph is
 * reloaded, since src/lib/paths.ts reads the base once, when it is first imported.
 */
export async function graphicsAt(base: string) {
  vi.resetModules();
  vi.stubEnv("BASE_URL", base);
  try {
    const embed = await import("../../src/graphics/embed-code.ts");
    const oembed = await import("../../src/graphics/oembed.ts");
    const registry = await import("../../src/graphics/registry.ts");
    const paths = await import("../../src/views/graphic-paths.ts");
    return { ...embed, ...oembed, ...registry, ...paths };
  } finally {
    vi.unstubAllEnvs();
  }
}

/** The URL of `path` (written from the site's root, without the base) under `base`. */
export const under = (base: string, path: string) => new URL(base + path, SITE).toString();

/** A title that breaks markup unless escaped: an ampersand, quotes that would close an attribute, a tag. */
export const HOSTILE_TITLE: Localized = {
  en: `Imports & "exports" <b>bold</b> x" onload="alert(1)`,
  "zh-hk": `進口 & 「出口」 "引號" <b>粗體</b> x" onload="alert(1)`,
};

/** A copy of `g` with the hostile title, the rest unchanged. */
export function withHostileTitle(g: Graphic): Graphic {
  return { ...g, title: HOSTILE_TITLE };
}

/** The elements of an HTML fragment, parsed as a browser would parse the pasted snippet. */
export function parseFragment(html: string): {
  querySelector(s: string): HtmlElement | null;
  querySelectorAll(s: string): HtmlElement[];
} {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body as unknown as { querySelector(s: string): HtmlElement | null; querySelectorAll(s: string): HtmlElement[] };
}

export interface HtmlElement {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getAttributeNames(): string[];
  querySelector(s: string): HtmlElement | null;
  parentElement: HtmlElement | null;
}

/** CJK characters, CJK punctuation and full-width forms: one em wide. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u{20000}-\u{3134f}]/u;

/** Estimated width of a text in em: a CJK character is 1 em, anything else 0.56 em (as the brief for exports says). */
export function ems(text: string): number {
  return [...text].reduce((n, ch) => n + (WIDE.test(ch) ? 1 : 0.56), 0);
}

/** Text with every whitespace character removed, to compare wrapped lines with what they wrap. */
export const squeeze = (s: string) => s.replace(/\s+/gu, "");
