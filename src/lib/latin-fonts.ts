/**
 * The site's Latin type: Source Serif 4 for prose and Source Sans 3 for the interface, the charts
 * and the image exports (Source Sans is the Latin of Noto Sans CJK, so it sits well beside the
 * Chinese faces). Both come as full static TrueType files from @expo-google-fonts, like Noto Sans
 * HK (src/lib/hk-font.ts), and are cut at build time to the characters the built pages use:
 * WOFF2 for the web (scripts/lib/finish-build.ts writes them), TrueType for resvg
 * (src/graphics/export-image.ts).
 *
 * Each web face has size-adjusted local fallbacks (size-adjust, ascent-, descent- and
 * line-gap-override computed from the fonts' metrics as Capsize does), so text drawn before the
 * font arrives takes about the same room. They are declared font-display: optional
 * (src/graphics/fonts.ts), since the same average width still breaks some lines elsewhere.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fromFile } from "@capsizecss/unpack/fs";
// harfbuzzjs comes with subset-font (the tests read cmaps with it too).
import { Blob, Face } from "harfbuzzjs";
import subsetFont from "subset-font";
import { decodeCharacterReferences } from "./character-references.ts";

const require = createRequire(import.meta.url);

export const SERIF_FAMILY = "Source Serif 4";
export const SANS_FAMILY = "Source Sans 3";

export type FaceId = "serif-400" | "serif-400-italic" | "sans-400" | "sans-700" | "sans-400-italic";

/** The vertical and horizontal measures a fallback needs, in font units (Capsize's names). */
export interface FontMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** Average advance of lowercase Latin, weighted by letter frequency. */
  xWidthAvg: number;
}

type Variant = "normal" | "bold" | "italic";

interface LocalFont {
  /** Suffix of the fallback family's name: "Source Sans 3 Arial". */
  name: string;
  /** Names the local font goes by (full name, then PostScript name), tried in order. */
  local: Partial<Record<Variant, string[]>>;
  metrics: Partial<Record<Variant, FontMetrics>>;
}

const m = (ascent: number, descent: number, lineGap: number, unitsPerEm: number, xWidthAvg: number): FontMetrics => ({
  ascent,
  descent,
  lineGap,
  unitsPerEm,
  xWidthAvg,
});

/**
 * The installed fonts a reader most likely has, per kind: macOS, Windows and iOS have Georgia
 * and Arial; Android has Noto Serif and Roboto; Linux desktops DejaVu. Metrics of Georgia,
 * Arial, Roboto and Noto Serif from Capsize's collection (@capsizecss/metrics 4.3.0), those of
 * DejaVu read from its files with @capsizecss/unpack. An italic the collection lacks takes its
 * upright's metrics (the same advances, slanted). The serif has no bold face (prose sets no bold
 * in the serif), so no bold fallback.
 */
const LOCAL_FONTS: Record<"serif" | "sans", LocalFont[]> = {
  serif: [
    {
      name: "Georgia",
      local: { normal: ["Georgia"], italic: ["Georgia Italic", "Georgia-Italic"] },
      metrics: { normal: m(1878, -449, 0, 2048, 913), italic: m(1878, -449, 0, 2048, 931) },
    },
    {
      name: "Noto Serif",
      local: { normal: ["Noto Serif", "NotoSerif-Regular"], italic: ["Noto Serif Italic", "NotoSerif-Italic"] },
      metrics: { normal: m(1069, -293, 0, 1000, 481), italic: m(1069, -293, 0, 1000, 481) },
    },
    {
      name: "DejaVu Serif",
      local: { normal: ["DejaVu Serif", "DejaVuSerif"], italic: ["DejaVu Serif Italic", "DejaVuSerif-Italic"] },
      metrics: { normal: m(1901, -483, 0, 2048, 1058), italic: m(1901, -483, 0, 2048, 1058) },
    },
  ],
  sans: [
    {
      name: "Arial",
      local: { normal: ["Arial", "ArialMT"], bold: ["Arial Bold", "Arial-BoldMT"], italic: ["Arial Italic", "Arial-ItalicMT"] },
      metrics: { normal: m(1854, -434, 67, 2048, 913), bold: m(1854, -434, 67, 2048, 983), italic: m(1854, -434, 67, 2048, 913) },
    },
    {
      name: "Roboto",
      local: { normal: ["Roboto", "Roboto-Regular"], bold: ["Roboto Bold", "Roboto-Bold"], italic: ["Roboto Italic", "Roboto-Italic"] },
      metrics: { normal: m(1900, -500, 0, 2048, 911), bold: m(1900, -500, 0, 2048, 926), italic: m(1900, -500, 0, 2048, 911) },
    },
    {
      name: "DejaVu Sans",
      local: { normal: ["DejaVu Sans", "DejaVuSans"], bold: ["DejaVu Sans Bold", "DejaVuSans-Bold"], italic: ["DejaVu Sans Oblique"] },
      metrics: { normal: m(1901, -483, 0, 2048, 1041), bold: m(1901, -483, 0, 2048, 1176), italic: m(1901, -483, 0, 2048, 1041) },
    },
  ],
};

export interface LatinFace {
  id: FaceId;
  family: string;
  kind: "serif" | "sans";
  weight: 400 | 700;
  style: "normal" | "italic";
  /** Path of the full TrueType file. */
  path: () => string;
  /**
   * OpenType features kept in the cut: kerning, ligatures, and the composition and localized
   * forms shaping needs. The rest (small caps, old-style figures, stylistic alternates) would
   * triple the file for nothing drawn. Source Sans 3's default figures are tabular already, which
   * the tables and chart labels want.
   */
  features: string[];
}

const pkg = (name: string, file: string) => () => join(dirname(require.resolve(`${name}/package.json`)), file);
const SERIF_PKG = "@expo-google-fonts/source-serif-4";
const SANS_PKG = "@expo-google-fonts/source-sans-3";
const TEXT_FEATURES = ["kern", "liga", "ccmp", "locl"];

export const LATIN_FACES: readonly LatinFace[] = [
  {
    id: "serif-400",
    family: SERIF_FAMILY,
    kind: "serif",
    weight: 400,
    style: "normal",
    path: pkg(SERIF_PKG, "400Regular/SourceSerif4_400Regular.ttf"),
    features: TEXT_FEATURES,
  },
  {
    id: "serif-400-italic",
    family: SERIF_FAMILY,
    kind: "serif",
    weight: 400,
    style: "italic",
    path: pkg(SERIF_PKG, "400Regular_Italic/SourceSerif4_400Regular_Italic.ttf"),
    features: TEXT_FEATURES,
  },
  {
    id: "sans-400",
    family: SANS_FAMILY,
    kind: "sans",
    weight: 400,
    style: "normal",
    path: pkg(SANS_PKG, "400Regular/SourceSans3_400Regular.ttf"),
    features: TEXT_FEATURES,
  },
  {
    id: "sans-700",
    family: SANS_FAMILY,
    kind: "sans",
    weight: 700,
    style: "normal",
    path: pkg(SANS_PKG, "700Bold/SourceSans3_700Bold.ttf"),
    features: TEXT_FEATURES,
  },
  {
    id: "sans-400-italic",
    family: SANS_FAMILY,
    kind: "sans",
    weight: 400,
    style: "italic",
    path: pkg(SANS_PKG, "400Regular_Italic/SourceSans3_400Regular_Italic.ttf"),
    features: TEXT_FEATURES,
  },
];

export function latinFace(id: string): LatinFace {
  const face = LATIN_FACES.find((f) => f.id === id);
  if (!face) throw new Error(`No Latin face “${id}”; the faces are ${LATIN_FACES.map((f) => f.id).join(", ")}.`);
  return face;
}

/** Han characters, CJK punctuation and full-width forms: the Chinese faces' part (src/lib/hk-font.ts). */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u{20000}-\u{3134f}]/u;

/**
 * The characters of `text` a Latin face may draw: everything but CJK, control characters and
 * whitespace other than the space, with each letter's capital too (kickers are set in capitals by
 * CSS, text-transform: uppercase). Sorted by code point.
 */
export function latinCharactersOf(text: string): string[] {
  const chars = new Set<string>([" "]);
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || CJK.test(ch) || (/\s/u.test(ch) && ch !== "\u00a0")) continue;
    chars.add(ch);
    const upper = ch.toUpperCase();
    if (upper !== ch && [...upper].length === 1) chars.add(upper);
  }
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/**
 * The text a built page can show: its text content (scripts and styles left out), the text its
 * scripts show, which they take from data-* attributes (the charts' readouts, the copy buttons'
 * "Copied"), and the text CSS generates (content: "▲"). Markup, class names and URLs are not drawn, so a cut for one page
 * holds only the letters it uses.
 */
export function shownText(html: string): string {
  const parts: string[] = [];
  for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi))
    for (const [, content] of css!.matchAll(/content:\s*"([^"]*)"/g)) parts.push(content!);
  for (const [, value] of html.matchAll(/\sdata-[a-z-]+="([^"]*)"/g)) parts.push(value!);
  const body = html
    .replace(/<head[\s\S]*?<\/head>/i, " ")
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ");
  parts.push(body);
  return decodeCharacterReferences(parts.join(" "));
}

/** A compact CSS unicode-range: consecutive code points as spans, "U+20-7E, U+B7, U+2013-2014". */
export function compactUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const cp of sorted) {
    const last = spans.at(-1);
    if (last && cp === last[1] + 1) last[1] = cp;
    else spans.push([cp, cp]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase();
  return spans.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(", ");
}

const sources = new Map<FaceId, Buffer>();

/** A face cut down to `chars`: WOFF2 for the web by default, `sfnt` (TrueType) for resvg. */
export async function subsetLatinFace(face: LatinFace, chars: string, format: "woff2" | "sfnt" = "woff2"): Promise<Buffer> {
  let source = sources.get(face.id);
  if (!source) sources.set(face.id, (source = readFileSync(face.path())));
  return subsetFont(source, [...new Set(chars)].join(""), { targetFormat: format, keepFeatures: face.features, noHinting: true });
}

const metrics = new Map<FaceId, Promise<FontMetrics>>();

/** The face's own metrics, read from its file. */
export function faceMetrics(face: LatinFace): Promise<FontMetrics> {
  let got = metrics.get(face.id);
  if (!got) metrics.set(face.id, (got = fromFile(face.path())));
  return got;
}

const pct = (n: number) => `${Math.round(n * 10000) / 100}%`;

/**
 * The overrides that make `local` take the room `web` takes (Capsize's createFontStack): scale
 * the fallback so its average letter is as wide as the web font's, then give it the web font's
 * ascent, descent and line gap in the scaled em.
 */
export function fallbackOverrides(web: FontMetrics, local: FontMetrics): Record<string, string> {
  const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
  const em = web.unitsPerEm * sizeAdjust;
  return {
    "size-adjust": pct(sizeAdjust),
    "ascent-override": pct(web.ascent / em),
    "descent-override": pct(Math.abs(web.descent) / em),
    "line-gap-override": pct(web.lineGap / em),
  };
}

/** The family names of a kind's fallbacks, in the order of the stack. */
export function fallbackFamilies(kind: "serif" | "sans"): string[] {
  const family = kind === "serif" ? SERIF_FAMILY : SANS_FAMILY;
  return LOCAL_FONTS[kind].map((l) => `${family} ${l.name}`);
}

/** The @font-face rules of the fallbacks of these faces, one per installed font and face. */
export async function fallbackFaceCss(faces: readonly LatinFace[]): Promise<string> {
  let css = "";
  for (const face of faces) {
    const web = await faceMetrics(face);
    const variant = face.style === "italic" ? "italic" : face.weight === 700 ? "bold" : "normal";
    for (const local of LOCAL_FONTS[face.kind]) {
      const names = local.local[variant];
      const localMetrics = local.metrics[variant];
      if (!names || !localMetrics) throw new Error(`No ${variant} fallback in ${local.name} for ${face.family} (${face.id}).`);
      const src = names.map((n) => `local("${n}")`).join(",");
      const overrides = Object.entries(fallbackOverrides(web, localMetrics))
        .map(([k, v]) => `${k}:${v}`)
        .join(";");
      css +=
        `@font-face{font-family:"${face.family} ${local.name}";src:${src};font-weight:${face.weight};` +
        `font-style:${face.style};${overrides}}\n`;
    }
  }
  return css;
}

const cmaps = new Map<FaceId, Set<number>>();

/** The code points the face's full file has: a cut can hold no others, so its unicode-range names no others. */
export function faceCodePoints(face: LatinFace): Set<number> {
  let got = cmaps.get(face.id);
  if (!got) cmaps.set(face.id, (got = new Set(new Face(new Blob(readFileSync(face.path()))).collectUnicodes())));
  return got;
}
