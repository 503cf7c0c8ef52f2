/**
 * The site's Chinese font: Noto Sans (Simplified Chinese), cut at build time down to exactly the
 * characters the data use, so every page can show the Chinese titles as printed without a font
 * from outside and without shipping megabytes. New data with new characters get a new subset.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import subsetFont from "subset-font";
import { LANGUAGE_NAME } from "../lib/i18n.ts";
import { cjkCharactersOf, subsetNotoSansHk, unicodeRange as unicodeRangeOf } from "../lib/hk-font.ts";
import type { SiteData } from "../data/load.ts";

const require = createRequire(import.meta.url);
export const CJK_FAMILY = "CJK Fallback";

/**
 * Han characters and CJK punctuation in the data. Not the middle dot (U+00B7) of “童话·世界”:
 * Latin text uses it too, and the face comes first in the font lists (global.css), so a “·” in
 * an English line would fetch the Chinese font on pages that show no Chinese.
 */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/gu;

/** The characters of the printed titles, in one data or (for pinned pages of older editions) several. */
export function cjkCharacters(data: SiteData | readonly SiteData[]): string[] {
  const all: readonly SiteData[] = Array.isArray(data) ? data : [data as SiteData];
  const text = all
    .flatMap((d) => [...d["mainland-films-hk-2022"].map((f) => f.title_zh), ...d["hk-films-2022"].map((f) => f.title_zh)])
    .join("");
  return [...new Set(text.match(CJK) ?? [])].sort();
}

function unicodeRange(chars: string[]): string {
  return chars.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(", ");
}

/** Path of Noto Sans (Simplified Chinese) Regular; the package exports no subpaths, so go from its entry point. */
export function notoSansSc(weight: "Regular" | "Bold" = "Regular"): string {
  return join(dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts", `NotoSansHans-${weight}.otf`);
}

let cached: { woff2: Buffer; file: string; css: (url: string) => string } | undefined;

/**
 * One @font-face for a cut of a regular (400) font. Its weight is 400, not a range: a face
 * that claims 100-900 stops the browser from emboldening it, so a bold heading mixed its
 * Latin (bold) with its Chinese (regular) glyphs. Declared as 400, bold text gets a
 * synthesized bold. unicode-range: browsers fetch the file only for pages that show one of
 * its characters.
 */
function fontFace(family: string, url: string, range: string): string {
  const src = `src:url("${url}") format("woff2")`;
  return `@font-face{font-family:"${family}";${src};font-weight:400;font-display:swap;unicode-range:${range};}\n`;
}

/** The face every page names; made once per build, so `data` must be every data any page shows (allSiteData). */
export async function cjkFont(
  data: SiteData | readonly SiteData[],
): Promise<{ woff2: Buffer; file: string; css: (url: string) => string }> {
  if (cached) return cached;
  const chars = cjkCharacters(data);
  const source = readFileSync(notoSansSc());
  const woff2 = await subsetFont(source, chars.join(""), { targetFormat: "woff2" });
  const hash = createHash("sha256").update(woff2).digest("hex").slice(0, 10);
  const file = `cjk-${hash}.woff2`;
  cached = {
    woff2,
    file,
    css: (url) => fontFace(CJK_FAMILY, url, unicodeRange(chars)),
  };
  return cached;
}

/** The Chinese edition's font family: Noto Sans HK, cut to the characters the edition's pages use. */
export const HK_FAMILY = "HK Sans";
/**
 * The Chinese pages' @font-face names these placeholders; the build's last step
 * (scripts/lib/finish-build.ts) cuts the font to the characters of the built pages and writes its
 * file name and unicode-range in their place, since only the finished pages know every character.
 */
export const HK_FONT_FILE = "__HK_FONT_FILE__";
export const HK_FONT_RANGE = "__HK_FONT_RANGE__";

/** The @font-face of the Chinese edition, with placeholders for its file and range. */
export function hkFontFace(fontsUrl: string): string {
  return fontFace(HK_FAMILY, `${fontsUrl}${HK_FONT_FILE}`, HK_FONT_RANGE);
}

let switchFont: Promise<{ woff2: Buffer; file: string; css: (url: string) => string }> | undefined;

/**
 * On English pages, the language switch names the Chinese edition in Chinese: a few characters
 * of the same family, cut to just those, so English pages do not fetch the edition's whole font.
 * (Its label for screen readers is an aria-label, never drawn.)
 */
export function languageNameFont(): Promise<{ woff2: Buffer; file: string; css: (url: string) => string }> {
  switchFont ??= (async () => {
    const chars = cjkCharactersOf(LANGUAGE_NAME["zh-hk"]);
    const woff2 = await subsetNotoSansHk(chars.join(""));
    const file = `hk-name-${createHash("sha256").update(woff2).digest("hex").slice(0, 10)}.woff2`;
    return {
      woff2,
      file,
      css: (url: string) => fontFace(HK_FAMILY, url, unicodeRangeOf(chars)),
    };
  })();
  return switchFont;
}
