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
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import subsetFont from "subset-font";

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
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u{20000}-\u{3134f}]/gu;

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
  let source = sources.get(weight);
  if (!source) sources.set(weight, (source = readFileSync(notoSansHk(weight))));
  const text = [...new Set(chars)].join("");
  return subsetFont(source, text, { targetFormat: options.format ?? "woff2" });
}
