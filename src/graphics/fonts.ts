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
import { LANGUAGE_NAME, type Locale } from "../lib/i18n.ts";
import { LATIN_FACES, SANS_FAMILY, SERIF_FAMILY, fallbackFaceCss, fallbackFamilies, latinFace, type FaceId } from "../lib/latin-fonts.ts";
import { CJK_UNICODE_RANGE, cjkCharactersOf, subsetNotoSansHk, unicodeRange } from "../lib/hk-font.ts";
import { cjkMetricsFont } from "../lib/cjk-metrics-font.ts";
import { CJK_METRICS_FAMILY } from "../lib/cjk-metrics-script.ts";
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
    css: (url) => fontFace(CJK_FAMILY, url, CJK_FONT_RANGE),
  };
  return cached;
}

/**
 * The range of the Simplified face on a page: the build's last step (scripts/lib/finish-build.ts)
 * writes there the characters of the page's Simplified text (lang="zh-Hans"), and drops the face
 * from pages that have none: the face comes first in every font list, so its range decides which
 * pages fetch it, and listing the whole subset on every page cost each about 0.5 kB (gzip).
 */
export const CJK_FONT_RANGE = "__CJK_FONT_RANGE__";

/** The Chinese edition's font family: Noto Sans HK, cut to the characters the edition's pages use. */
export const HK_FAMILY = "HK Sans";
/**
 * The Chinese pages' @font-face names these placeholders; the build's last step
 * (scripts/lib/finish-build.ts) cuts the font to the characters of the built pages and writes its
 * file name and unicode-range in their place, since only the finished pages know every character.
 */
export const HK_FONT_FILE = "__HK_FONT_FILE__";
/** A page's own cut, of its characters alone: 17 kB for Figure 1's embed, against 141 kB for the edition's. */
export const HK_FONT_PAGE_FILE = "__HK_FONT_PAGE_FILE__";
export const HK_FONT_RANGE = "__HK_FONT_RANGE__";

/**
 * The blank face that holds the Chinese text's place while the Hong Kong face loads on a device
 * with no Chinese font (src/lib/cjk-metrics-font.ts): last in the Chinese stacks, after the
 * reader's own Chinese fonts, and inline (760 bytes); src/lib/cjk-metrics-script.ts installs it
 * before the first layout.
 */
export { CJK_METRICS_FAMILY };
export const CJK_METRICS_FACE =
  `@font-face{font-family:"${CJK_METRICS_FAMILY}";` +
  `src:url(data:font/ttf;base64,${Buffer.from(cjkMetricsFont(CJK_METRICS_FAMILY)).toString("base64")}) format("truetype");` +
  `font-display:block;unicode-range:${CJK_UNICODE_RANGE};}\n`;

/**
 * The Hong Kong face's @font-face, with placeholders for its file and range; pages put it in the
 * <noscript> that src/components/HongKongFace.astro writes (the blank face, CJK_METRICS_FACE, goes
 * in the page's style). "site": the edition's one cut, cached from page to page; "page":
 * a cut of the page's own characters, for embeds, which other sites show one at a time, and graphic
 * pages, where readers from other sites land (as the Latin faces' scopes, latinPlaceholder below).
 */
export function hkFontFace(fontsUrl: string, scope: LatinScope = "site"): string {
  return fontFace(HK_FAMILY, `${fontsUrl}${scope === "site" ? HK_FONT_FILE : HK_FONT_PAGE_FILE}`, HK_FONT_RANGE);
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
      css: (url: string) => fontFace(HK_FAMILY, url, unicodeRange(chars)),
    };
  })();
  return switchFont;
}

/**
 * The Latin faces a page declares (src/lib/latin-fonts.ts). Their files and unicode-ranges are
 * placeholders, filled by the build's last step from the characters of the built pages, like the
 * Chinese edition's font. "site": one cut shared by every page that asks (cached once for all);
 * "page": a cut of the page's own characters (embeds, which other sites show one at a time and
 * whose budget, bench/budgets.json, counts every byte).
 */
export type LatinScope = "site" | "page";

export function latinPlaceholder(face: FaceId, scope: LatinScope, what: "FILE" | "RANGE"): string {
  return `__LATIN_${face}_${scope}_${what}__`;
}

/** Finds the placeholders in a built page: face, scope and which. */
export const LATIN_PLACEHOLDER = /__LATIN_([a-z0-9-]+)_(site|page)_(FILE|RANGE)__/g;

/** The faces of each kind of page: all of them, or for embeds the sans alone, at its regular weight (bold is synthesized). */
export const PAGE_FACES: readonly FaceId[] = LATIN_FACES.map((f) => f.id);
export const EMBED_FACES: readonly FaceId[] = ["sans-400"];

/**
 * @font-face rules for these Latin faces and their size-adjusted local fallbacks. font-display
 * optional, not swap: a face that is not there within the browser's short block period (about
 * 100 ms) is not swapped in later, so a page never moves when its fonts arrive. The size-adjusted
 * fallbacks match the faces' average width but not every line break: with swap, the gallery's
 * lede wrapped to one more line in Source Serif 4 and every card below moved (Lighthouse: CLS
 * 0.22). A first visit on a slow line reads in the fallback; the faces are cached for the next page.
 */
export async function latinFontCss(fontsUrl: string, faces: readonly FaceId[], scope: LatinScope): Promise<string> {
  const list = faces.map(latinFace);
  const web = list
    .map(
      (f) =>
        `@font-face{font-family:"${f.family}";src:url("${fontsUrl}${latinPlaceholder(f.id, scope, "FILE")}") format("woff2");` +
        `font-weight:${f.weight};font-style:${f.style};font-display:optional;unicode-range:${latinPlaceholder(f.id, scope, "RANGE")};}\n`,
    )
    .join("");
  return web + (await fallbackFaceCss(list));
}

const quote = (families: readonly string[]) => families.map((f) => `"${f}"`).join(", ");

/**
 * The font stacks, as CSS custom properties that global.css uses. The CJK faces come first where
 * they are named: a unicode-range face placed after an installed font (DejaVu Sans on Linux) was
 * seen to leave the first Chinese text of a page in empty boxes in Chromium
 * (tests/e2e/fonts.test.ts); their ranges hold only CJK characters, so Latin text never uses them.
 * The English prose and sans stacks do not name the Simplified face: its range is the text of the
 * page's lang="zh-Hans" elements (CJK_FONT_RANGE), which take --font-zh-hans, and every other
 * family in a stack costs a look-up per size and weight on the first screen (bench/README.md,
 * "First chart"); the build fails on Chinese text of an English page outside a lang="zh-..."
 * element (checkChineseIsMarked, scripts/lib/finish-build.ts). The Chinese edition sets its prose in
 * the sans, Latin and digits in Source Sans 3. An embed sets everything in the sans. Code (embed
 * codes, citations) keeps the reader's monospace font (the site ships none), with the edition's
 * Chinese faces first for the same reason: a Chinese graphic's embed code carries its title.
 */
export function fontStacks(locale: Locale, { embed = false }: { embed?: boolean } = {}): string {
  const serif = [SERIF_FAMILY, ...fallbackFamilies("serif")];
  const sans = [SANS_FAMILY, ...fallbackFamilies("sans")];
  const hkSystem = ["PingFang HK", "Noto Sans CJK TC", "Microsoft JhengHei"];
  const en = { serif: `${quote(serif)}, serif`, sans: `${quote(sans)}, sans-serif` };
  // The blank face is declared on Chinese pages only; named where it is not, it is one more system look-up that fails.
  const metrics = locale === "en" ? [] : [CJK_METRICS_FAMILY];
  const zhHk = `${quote([HK_FAMILY, CJK_FAMILY, ...sans, ...hkSystem, ...metrics])}, sans-serif`;
  const zhHans = `${quote([CJK_FAMILY, ...sans])}, sans-serif`;
  const sansStack = locale === "en" ? en.sans : zhHk;
  const serifStack = embed ? sansStack : locale === "en" ? en.serif : zhHk;
  const mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "DejaVu Sans Mono"];
  const monoFamilies = locale === "en" ? [CJK_FAMILY, ...mono] : [HK_FAMILY, CJK_FAMILY, ...mono, ...metrics];
  const monoStack = `${quote(monoFamilies)}, monospace`;
  return (
    `:root{--font-serif:${serifStack};--font-sans:${sansStack};--font-mono:${monoStack};` +
    `--font-zh-hk:${zhHk};--font-zh-hans:${zhHans}}\n`
  );
}
