/**
 * The Hong Kong edition's Chinese font: Noto Sans HK (Hong Kong glyph forms), from the full static
 * TrueType files of @expo-google-fonts/noto-sans-hk, cut at build time down to the characters a
 * page or image uses. One family serves both outputs:
 * - the web: a WOFF2 subset (`subsetNotoSansHk(chars)`), served with a unicode-range;
 * - PNG images: resvg reads TrueType/OpenType only (a WOFF2 file renders as no font at all), so
 *   images take an sfnt subset (`{ format: "sfnt" }`) written to a file, as export-image.ts does.
 * Why this source: @fontsource/noto-sans-hk ships the same family only as ~110 unicode-range
 * slices per weight (its single "chinese-hongkong" file lacks 咗, 嘅, 綫, 羣, 峯, 衞, 着), which
 * cannot be merged into one subset; @embedpdf/fonts-tc is Noto Sans CJK TC (Taiwan glyph forms)
 * in CFF, whose WOFF2 subsets are about 45% larger.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import subsetFont from "subset-font";
import { cachedFile } from "./file-cache.ts";

const require = createRequire(import.meta.url);

/** The family name in the font files' name table, which resvg matches `font-family` against. */
export const HK_FONT_FAMILY = "Noto Sans HK";

export type HkFontWeight = "Regular" | "Bold";

const FILES: Record<HkFontWeight, string> = {
  Regular: join("400Regular", "NotoSansHK_400Regular.ttf"),
  Bold: join("700Bold", "NotoSansHK_700Bold.ttf"),
};

/** Path of Noto Sans HK Regular or Bold (full TrueType, about 7 MB each); the package has no exports map, so resolve its package.json. */
export function notoSansHk(weight: HkFontWeight = "Regular"): string {
  return join(dirname(require.resolve("@expo-google-fonts/noto-sans-hk/package.json")), FILES[weight]);
}

/** Han characters, CJK punctuation and full-width forms: what the font is for. Not the middle dot, which Latin text uses too. */
export const CJK_BLOCKS: readonly (readonly [number, number])[] = [
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
  [0x20000, 0x3134f],
];
const CJK = new RegExp(`[${CJK_BLOCKS.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join("")}]`, "gu");

/**
 * The unicode-range of the Chinese edition's face: the blocks, not each character. The face comes
 * first on every Chinese page and holds every character those pages use, so the browser needs it
 * for any of them; listing its thousand characters one by one cost each page 2.7 kB (gzip).
 */
export const CJK_UNICODE_RANGE = CJK_BLOCKS.map(([a, b]) => `U+${a.toString(16).toUpperCase()}-${b.toString(16).toUpperCase()}`).join(", ");

/** The distinct CJK characters of a text, sorted by code point: the subset a page needs. */
export function cjkCharactersOf(text: string): string[] {
  return [...new Set(text.match(CJK) ?? [])].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** A CSS unicode-range for exactly these characters: "U+4E2D, U+6E2F". */
export function unicodeRange(chars: Iterable<string>): string {
  return [...new Set(chars)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(", ");
}

const sources = new Map<HkFontWeight, Buffer>();

/**
 * Noto Sans HK cut down to the given characters (each distinct character once; anything the
 * font lacks is simply absent). WOFF2 for the web by default; `format: "sfnt"` gives TrueType for resvg.
 */
export async function subsetNotoSansHk(chars: string, options: { weight?: HkFontWeight; format?: "woff2" | "sfnt" } = {}): Promise<Buffer> {
  const weight = options.weight ?? "Regular";
  const format = options.format ?? "woff2";
  let source = sources.get(weight);
  if (!source) sources.set(weight, (source = readFileSync(notoSansHk(weight))));
  const text = [...new Set(chars)].join("");
  // Each cut of the 7 MB font takes about 0.3 s, and a build makes dozens (a page's own cut for
  // every Chinese graphic page and embed, scripts/lib/finish-build.ts), nearly all the same as the
  // last build's: kept under the hash of what makes them, as the PNGs are (file-cache.ts).
  const key = createHash("sha256").update(`${SUBSET_FONT_VERSION}|${weight}|${source.length}|${format}|${text}`).digest("hex");
  return cachedFile(SUBSET_CACHE, `${key}.${format}`, () => subsetFont(source, text, { targetFormat: format }));
}

const SUBSET_CACHE = "screens-font-cache";
const SUBSET_FONT_VERSION = (JSON.parse(readFileSync(require.resolve("subset-font/package.json"), "utf8")) as { version: string }).version;
