/**
 * Images of a chart or table for use outside the site: a standalone SVG with its title, source
 * and credit (explicit colours and fonts, so Illustrator and Figma open it as drawn), a PNG of
 * it at 2x, and a 1200x630 social card, in each edition's language. Rendered at build time with
 * resvg and the site's own fonts from npm (Source Sans 3, as on the page; Noto Sans SC for the
 * printed Simplified titles; Noto Sans HK for the Chinese edition), so a downloaded chart looks
 * like the site and Chinese text renders on any machine.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import subsetFont from "subset-font";
import { cachedFile } from "../lib/file-cache.ts";
import { IMAGE_WIDTH, SITE_NAME } from "../site.ts";
import type { SiteData } from "../data/load.ts";
import { GRAPHICS, graphicSubtitle, type Graphic } from "./registry.ts";
import type { Locale } from "../lib/i18n.ts";
import { notoSansHk } from "../lib/hk-font.ts";
import { messagesFor } from "../lib/messages.ts";
import { SANS_FAMILY, latinFace, subsetLatinFace } from "../lib/latin-fonts.ts";
import { wordsFor, type Words } from "../data/words.ts";
import { notoSansSc } from "./fonts.ts";
import { graphicLabel } from "./embed-code.ts";
import { RENDER_WIDTHS, renderChartSvg } from "../charts/render.ts";
import { HALO_CLASS } from "../charts/layout.ts";
import type { Cell, TableSpec } from "../tables/types.ts";

/**
 * resvg matches these against the font files' names; a viewer without them falls back to the
 * next. English as on the page, in Source Sans 3; Chinese in Noto Sans HK, whose Latin is Source
 * Sans's design (Noto Sans CJK took its Latin from it), so a mixed line keeps one voice.
 */
const FONT: Record<Locale, string> = {
  en: `'${SANS_FAMILY}', 'Noto Sans S Chinese', 'Noto Sans SC', 'Helvetica Neue', Helvetica, Arial, sans-serif`,
  "zh-hk": `'Noto Sans HK', '${SANS_FAMILY}', 'Noto Sans S Chinese', 'PingFang HK', 'Microsoft JhengHei', sans-serif`,
};
const INK = "#1d1d1f";
const MUTED = "#5c5a55";
const RULE = "#dcd8cf";
const ACCENT = "#a4262c";
const PAD = 20;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** Width of a text in em: a CJK character is one em, other characters about 0.56. */
function ems(text: string): number {
  return [...text].reduce((n, ch) => n + (WIDE.test(ch) ? 1 : 0.56), 0);
}

/**
 * Greedy wrap by estimated glyph widths; good enough for titles in a known font. Latin text
 * breaks at spaces; CJK text may break between any two characters, but not before closing
 * punctuation or after opening punctuation.
 */
const CLOSERS = /^[，。、；：！？」』）》〉]/u;

/** At most `max` lines; the last one cut, by characters, to fit with an ellipsis. */
function clampLines(lines: string[], fontSize: number, maxWidth: number, max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = [...kept[max - 1]!];
  while (last.length && ems(last.join("") + "…") > maxWidth / fontSize) last = last.slice(0, -1);
  kept[max - 1] = last.join("").trimEnd() + "…";
  return kept;
}

export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const limit = maxWidth / fontSize;
  // Units to place: a Latin word with its following space, or one CJK character.
  const units =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f][，。、；：！？」』）》〉]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/gu,
    ) ?? [];
  // Closing punctuation stays with what it closes, Latin or Chinese, and opening punctuation
  // with what it opens, so no line starts with 。 or ） or ends with 「 or （.
  const glued: string[] = [];
  for (const unit of units) {
    const last = glued.at(-1);
    if (last !== undefined && (CLOSERS.test(unit) || /^[「『（《〈]+$/u.test(last))) glued[glued.length - 1] = last + unit;
    else glued.push(unit);
  }
  const lines: string[] = [];
  let line = "";
  for (const unit of glued) {
    if (line && ems((line + unit).trimEnd()) > limit) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line += unit;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function textBlock(lines: string[], x: number, y: number, size: number, attrs: string): { svg: string; height: number } {
  const lh = Math.round(size * 1.3);
  const svg = lines.map((l, i) => `<text x="${x}" y="${y + size + i * lh}" font-size="${size}" ${attrs}>${esc(l)}</text>`).join("");
  return { svg, height: lines.length * lh };
}

/** The graphic itself as SVG markup of known size, with colours and fonts made explicit. */
function body(g: Graphic, data: SiteData, width: number, locale: Locale): { svg: string; width: number; height: number } {
  if (g.kind === "chart") {
    let svg = renderChartSvg(g, data, { width, locale, idPrefix: `${g.id}-export` });
    svg = svg.replace(/currentColor/g, INK).replace(/font-family:\s*inherit/g, `font-family: ${FONT[locale]}`);
    // The page outlines HALO_CLASS text in its CSS; the image has no page, so the outline is written on the group.
    svg = svg.replaceAll(
      `class="${HALO_CLASS}"`,
      `class="${HALO_CLASS}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`,
    );
    const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 400);
    return { svg, width, height };
  }
  return tableSvg(g, data, wordsFor(data, locale));
}

/** Rows an image of a table shows at most; the CSV has them all. */
export const IMAGE_MAX_ROWS = 40;

/**
 * A table drawn as SVG text in a grid, long text cut with an ellipsis. A table longer than
 * IMAGE_MAX_ROWS shows its last rows (the latest years of the trade tables) and says so.
 */
function tableSvg(spec: TableSpec, data: SiteData, words: Words): { svg: string; width: number; height: number } {
  const all = spec.rows(data);
  const rows = all.slice(-IMAGE_MAX_ROWS);
  const cols = spec.columns;
  const cell = (c: (typeof cols)[number], r: Record<string, Cell>) => {
    const v = r[c.key] ?? null;
    const s = c.format ? c.format(v as never, r, words) : v === null ? words.f.missing : String(v);
    return s.length > 48 ? s.slice(0, 47) + "…" : s;
  };
  const size = 12;
  const charW = size * 0.58;
  const texts = rows.map((r) => cols.map((c) => cell(c, r)));
  // CJK glyphs are about twice as wide as Latin ones.
  const w = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1.8 : 1), 0) * charW;
  const labels = cols.map((c) => words.pick(c.label));
  const widths = cols.map((_c, i) => Math.ceil(Math.max(w(labels[i]!), ...texts.map((t) => w(t[i]!)))) + 16);
  const width = widths.reduce((a, b) => a + b, 0);
  const rowH = 22;
  let y = rowH;
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const anchor = (i: number) => (cols[i]!.numeric ? `text-anchor="end"` : "");
  const at = (i: number) => (cols[i]!.numeric ? xs[i]! + widths[i]! - 8 : xs[i]! + 4);
  let svg = cols
    .map(
      (_c, i) =>
        `<text x="${at(i)}" y="${y - 6}" font-size="${size}" font-weight="700" ${anchor(i)} fill="${INK}">${esc(labels[i]!)}</text>`,
    )
    .join("");
  svg += `<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${INK}" stroke-width="1.5"/>`;
  for (const t of texts) {
    y += rowH;
    svg += t.map((s, i) => `<text x="${at(i)}" y="${y - 6}" font-size="${size}" ${anchor(i)} fill="${INK}">${esc(s)}</text>`).join("");
    svg += `<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${RULE}"/>`;
  }
  if (rows.length < all.length) {
    y += rowH;
    svg +=
      `<text x="4" y="${y - 6}" font-size="${size}" font-style="italic" ` +
      `fill="${MUTED}">${esc(lastRowsNote(rows.length, all.length, words.locale))}</text>`;
  }
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 4}" viewBox="0 0 ${width} ${y + 4}">${svg}</svg>`,
    width,
    height: y + 4,
  };
}

function lastRowsNote(shown: number, all: number, locale: Locale): string {
  return locale === "en"
    ? `The last ${shown} of ${all} rows; the CSV download has them all.`
    : `顯示${all}行中的最後${shown}行；CSV下載檔載有全部。`;
}

/** Places an <svg> string at (x, y), scaled to `width` if given. */
function place(svg: string, x: number, y: number, width?: number, height?: number): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_all, attrs: string) => {
    let a = attrs.replace(/\s(x|y)="[^"]*"/g, "");
    if (width !== undefined && height !== undefined)
      a = a.replace(/\swidth="[^"]*"/, ` width="${width}"`).replace(/\sheight="[^"]*"/, ` height="${height}"`);
    return `<svg x="${x}" y="${y}"${a}>`;
  });
}

export interface ExportText {
  kicker: string;
  title: string;
  subtitle: string;
  source: string;
  credit: string;
  /** A correction's notice, on images of an edition it corrects: drawn under the credit. */
  notice?: string;
}

/**
 * The words around an image of a graphic as of a data edition. An image is a copy that stays as
 * it was made, so its credit names the edition it was drawn from and links to the page pinned
 * to it (`pageUrl`); the latest images and those of the newest edition are then the same image.
 */
export function exportText(g: Graphic, pageUrl: string, locale: Locale, data: SiteData, edition: string, notice?: string): ExportText {
  return {
    kicker: g.paperRef[locale],
    title: g.title[locale],
    subtitle: graphicSubtitle(g, data, locale),
    source: g.source[locale],
    credit: `${SITE_NAME[locale]} · ${messagesFor(locale).dataEdition(edition)} · ${pageUrl}`,
    ...(notice ? { notice } : {}),
  };
}

/** The standalone SVG download: title, subtitle, the graphic, source and credit. */
export function standaloneSvg(
  g: Graphic,
  data: SiteData,
  text: ExportText,
  locale: Locale,
): { svg: string; width: number; height: number } {
  const inner = body(g, data, IMAGE_WIDTH - 2 * PAD, locale);
  const width = Math.max(IMAGE_WIDTH, inner.width + 2 * PAD);
  const max = width - 2 * PAD;
  let y = PAD;
  const kicker = textBlock([text.kicker.toUpperCase()], PAD, y, 12, `font-weight="700" fill="${ACCENT}" letter-spacing="0.5"`);
  y += kicker.height + 2;
  const title = textBlock(wrapText(text.title, 19, max), PAD, y, 19, `font-weight="700" fill="${INK}"`);
  y += title.height + 2;
  const sub = textBlock(wrapText(text.subtitle, 13, max), PAD, y, 13, `fill="${MUTED}"`);
  y += sub.height + 12;
  const chart = place(inner.svg, PAD, y);
  y += inner.height + 12;
  const source = textBlock(wrapText(text.source, 11, max), PAD, y, 11, `fill="${MUTED}"`);
  y += source.height;
  // With the edition and a pinned page's URL the credit can be wider than the image: it wraps (at spaces, so the URL stays whole).
  const credit = textBlock(wrapText(text.credit, 11, max), PAD, y, 11, `fill="${MUTED}"`);
  y += credit.height;
  const notice = text.notice
    ? textBlock(wrapText(text.notice, 12, max), PAD, y + 4, 12, `font-weight="700" fill="${ACCENT}"`)
    : { svg: "", height: -4 };
  y += notice.height + 4 + PAD;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="${FONT[locale]}">` +
    `<title>${esc(graphicLabel(g, locale))}</title><rect width="100%" height="100%" fill="#ffffff"/>` +
    kicker.svg +
    title.svg +
    sub.svg +
    chart +
    source.svg +
    credit.svg +
    notice.svg +
    `</svg>`;
  return { svg, width, height: y };
}

/** A 1200x630 card for link previews: the title and the graphic, scaled to fit. */
export function cardSvg(g: Graphic, data: SiteData, text: ExportText, locale: Locale): string {
  const W = 1200;
  const H = 630;
  const P = 48;
  let y = P - 8;
  const kicker = textBlock(
    [`${text.kicker.toUpperCase()} · ${SITE_NAME[locale].toUpperCase()}`],
    P,
    y,
    20,
    `font-weight="700" fill="${ACCENT}" letter-spacing="1"`,
  );
  y += kicker.height + 4;
  const titleLines = wrapText(text.title, 34, W - 2 * P).slice(0, 2);
  const title = textBlock(titleLines, P, y, 34, `font-weight="700" fill="${INK}"`);
  y += title.height + 16;
  // The source line wraps (a Chinese one is wider than the card), two lines at most, ending at the same baseline.
  const sourceLines = clampLines(wrapText(text.source, 16, W - 2 * P), 16, W - 2 * P, 2);
  const sourceTop = H - P + 4 - (sourceLines.length - 1) * Math.round(16 * 1.3);
  const inner = body(g, data, IMAGE_WIDTH, locale);
  const availH = sourceTop - y - 28;
  const scale = Math.min((W - 2 * P) / inner.width, availH / inner.height);
  const chart = place(inner.svg, P, y, Math.round(inner.width * scale), Math.round(inner.height * scale));
  const source = textBlock(sourceLines, P, sourceTop, 16, `fill="${MUTED}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT[locale]}"><rect ` +
    `width="100%" height="100%" fill="#ffffff"/>${kicker.svg}${title.svg}${chart}${source.svg}</svg>`
  );
}

/** Size of the catalogue's thumbnails (THUMB.width x THUMB.height px, 16:10). */
export const THUMB = { width: 600, height: 375 } as const;

/**
 * A thumbnail for the catalogue (/charts/): the graphic alone, without the title and source the
 * card beside it prints, drawn so its type is as large as the box allows. A chart is drawn at
 * the site's two widths and the one that fits at the larger scale is kept (a line chart's phone
 * drawing, a long bar chart's wide one), whole and centred. A table shows its header and first
 * rows and columns at up to its natural size, which is what tells one table from another.
 */
export function thumbSvg(g: Graphic, data: SiteData, locale: Locale): string {
  const { width: W, height: H } = THUMB;
  const P = 16;
  const fit = (b: { width: number; height: number }) => ({
    width: (W - 2 * P) / b.width,
    height: (H - 2 * P) / b.height,
  });
  let inner: { svg: string; width: number; height: number };
  let scale: number;
  if (g.kind === "chart") {
    const drawings = [RENDER_WIDTHS.narrow, RENDER_WIDTHS.wide].map((width) => body(g, data, width, locale));
    const scales = drawings.map((d) => Math.min(fit(d).width, fit(d).height));
    const best = scales[0]! >= scales[1]! ? 0 : 1;
    [inner, scale] = [drawings[best]!, scales[best]!];
  } else {
    inner = body(g, data, IMAGE_WIDTH, locale);
    const f = fit(inner);
    // Fill the height up to natural size (a wide table is cut at the right), and never narrower than the box.
    scale = Math.max(f.width, Math.min(1, f.height));
  }
  const [w, h] = [Math.round(inner.width * scale), Math.round(inner.height * scale)];
  const [boxW, boxH] = [W - 2 * P, H - 2 * P];
  const [cutRight, cutBottom] = [w > boxW, h > boxH];
  // A box inside the margins clips what does not fit; a fade at a cut edge says the table goes on.
  const fade = (id: string, x2: number, y2: number, rect: string) =>
    `<defs><linearGradient id="${id}" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="#fff" stop-opacity="0"/>` +
    `<stop offset="1" stop-color="#fff"/></linearGradient></defs><rect ${rect} fill="url(#${id})"/>`;
  const fades =
    (cutRight ? fade("cut-r", 1, 0, `x="${W - P - 48}" y="0" width="${P + 48}" height="${H}"`) : "") +
    (cutBottom ? fade("cut-b", 0, 1, `x="0" y="${H - P - 40}" width="${W}" height="${P + 40}"`) : "");
  const x = cutRight ? 0 : Math.round((boxW - w) / 2);
  const y = cutBottom ? 0 : Math.round((boxH - h) / 2);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT[locale]}"><rect ` +
    `width="100%" height="100%" fill="#ffffff"/><svg x="${P}" y="${P}" width="${boxW}" height="${boxH}">${place(inner.svg, x, y, w, h)}` +
    `</svg>${fades}</svg>`
  );
}

/** Latin text and punctuation, arrows and shapes: what any image may contain besides its own text. */
function baseCharacters(): Set<string> {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0xa0, 0xff],
    [0x2010, 0x205e],
    [0x2190, 0x21ff],
    [0x2200, 0x22ff],
    [0x25a0, 0x25ff],
  ];
  const chars = new Set<string>();
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) chars.add(String.fromCodePoint(c));
  return chars;
}

/**
 * Every character an edition's images contain: the base set, and the text of every image of
 * the edition, drawn once here (drawing is cheap; subsetting a font is not, so it is done once).
 */
function exportCharacters(data: SiteData, locale: Locale): string {
  const chars = baseCharacters();
  const add = (text: string) => {
    for (const ch of text) chars.add(ch);
  };
  const walk = (v: unknown): void => {
    if (typeof v === "string") add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(data);
  for (const g of GRAPHICS) {
    // The edition's name is digits and a hyphen; the words around it are the same for every edition.
    const text = exportText(g, "", locale, data, "0000-0");
    add(standaloneSvg(g, data, text, locale).svg);
    add(cardSvg(g, data, text, locale));
    add(thumbSvg(g, data, locale));
  }
  return [...chars].sort().join("");
}

/** Each data's (an edition's) image characters, by language: drawing them all once per data. */
const charactersOf = new WeakMap<SiteData, Map<Locale, string>>();
const fontFiles = new Map<string, Promise<string[]>>();

/**
 * The fonts of an edition's images, cut down to the characters they contain: the site's Source
 * Sans 3 (regular, bold and italic, as the charts use them), Noto Sans SC for the paper's
 * Simplified titles, and for the Chinese edition Noto Sans HK too. resvg parses its fonts on every
 * render, and the full 7-8 MB files made each PNG take over a second; the subsets take milliseconds.
 * `svg`, when given, is an image to cover too: a correction's notice has words no graphic has, and
 * gets a subset of its own.
 */
export function exportFonts(data: SiteData, locale: Locale, svg = ""): Promise<string[]> {
  let byLocale = charactersOf.get(data);
  if (!byLocale) charactersOf.set(data, (byLocale = new Map()));
  let base = byLocale.get(locale);
  if (base === undefined) byLocale.set(locale, (base = exportCharacters(data, locale)));
  const known = new Set(base);
  const extra = [...new Set(svg)].filter((ch) => !known.has(ch) && !/\s/u.test(ch));
  const chars = extra.length ? [...known, ...extra].sort().join("") : base;
  const key = `${locale}:${createHash("sha256").update(chars).digest("hex").slice(0, 12)}`;
  let files = fontFiles.get(key);
  if (!files) {
    files = (async () => {
      const dir = join(tmpdir(), `screens-fonts-${createHash("sha256").update(chars).digest("hex").slice(0, 12)}`);
      mkdirSync(dir, { recursive: true });
      const sources = [
        ...(["Regular", "Bold"] as const).map((w) => ({ name: `NotoSansSC-${w}.otf`, path: () => notoSansSc(w) })),
        ...(locale === "en" ? [] : (["Regular", "Bold"] as const).map((w) => ({ name: `NotoSansHK-${w}.ttf`, path: () => notoSansHk(w) }))),
      ];
      const latin = (["sans-400", "sans-700", "sans-400-italic"] as const).map(latinFace);
      return Promise.all([
        ...latin.map(async (face) => {
          const file = join(dir, basename(face.path()));
          if (!existsSync(file)) writeFileSync(file, await subsetLatinFace(face, chars, "sfnt"));
          return file;
        }),
        ...sources.map(async ({ name, path }) => {
          const file = join(dir, name);
          if (!existsSync(file)) writeFileSync(file, await subsetFont(readFileSync(path()), chars, { targetFormat: "sfnt" }));
          return file;
        }),
      ]);
    })();
    fontFiles.set(key, files);
  }
  return files;
}

/**
 * PNGs made in this build, by their SVG, scale and fonts. The same image is asked for more than
 * once: under a graphic's previous ids, and at /charts/<id>/ and /editions/<newest>/charts/<id>/,
 * which are the same image (exportText); rasterising is most of a build's time, so each is made once.
 */
const pngs = new Map<string, Promise<Buffer>>();

/**
 * And across builds: a frozen edition's images change only when the code does, and every build
 * draws every edition's, so each PNG is also kept in a folder of the temp directory under the
 * hash of everything it is made from (the SVG, the scale, the fonts' bytes, resvg's version):
 * src/lib/file-cache.ts.
 */
const PNG_CACHE = "screens-png-cache";
const RESVG_VERSION = (
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-js/package.json"), "utf8")) as { version: string }
).version;
const SHARP_VERSION = sharp.versions.sharp;
const fontDigests = new Map<string, string>();

function fontsDigest(files: readonly string[]): string {
  const key = files.join("|");
  let digest = fontDigests.get(key);
  if (!digest) {
    const h = createHash("sha256");
    for (const f of files) h.update(readFileSync(f));
    fontDigests.set(key, (digest = h.digest("hex")));
  }
  return digest;
}

/**
 * Rasterises SVG with the bundled fonts only (no system fonts, so every machine renders alike).
 * `palette`: an 8-bit palette PNG (libimagequant, through sharp), for the gallery's thumbnails: flat
 * colours and type lose nothing visible, and the file is about a third (20 kB to 7 kB for Figure 1),
 * which is what the gallery's first paint waits for.
 */
export async function toPng(svg: string, data: SiteData, locale: Locale, scale = 1, { palette = false } = {}): Promise<Buffer> {
  const family = locale === "en" ? SANS_FAMILY : "Noto Sans HK";
  const fonts = await exportFonts(data, locale, svg);
  const key = createHash("sha256")
    .update(`${RESVG_VERSION}|${scale}|${palette ? `palette ${SHARP_VERSION}|` : ""}${family}|${fontsDigest(fonts)}|${svg}`)
    .digest("hex");
  let png = pngs.get(key);
  if (!png) {
    png = Promise.resolve().then(() =>
      cachedFile(PNG_CACHE, `${key}.png`, () => {
        const full = new Resvg(svg, {
          fitTo: scale === 1 ? { mode: "original" } : { mode: "zoom", value: scale },
          font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family },
          background: "#ffffff",
        })
          .render()
          .asPng();
        return palette ? sharp(full).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer() : full;
      }),
    );
    pngs.set(key, png);
  }
  return png;
}
