/**
 * What the build adds to Astro's output before it is swapped in for dist/: the _headers file
 * for Netlify and Cloudflare Pages, and a .gz and a .br beside every text file, for hosts that
 * serve precompressed files (nginx's gzip_static, sirv, S3 with Content-Encoding metadata).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip as gzipCallback } from "node:zlib";
import { COMPRESSIBLE, netlifyHeaders, netlifyRedirects } from "../../src/lib/http-headers.ts";
import {
  CJK_FAMILY,
  CJK_FONT_RANGE,
  HK_FONT_FILE,
  HK_FONT_PAGE_FILE,
  HK_FONT_RANGE,
  LATIN_PLACEHOLDER,
  latinPlaceholder,
  type LatinScope,
} from "../../src/graphics/fonts.ts";
import { CJK_UNICODE_RANGE, cjkCharactersOf, subsetNotoSansHk, unicodeRange } from "../../src/lib/hk-font.ts";
import { DEFAULT_LOCALE, LOCALES, localePrefix } from "../../src/lib/i18n.ts";
import {
  compactUnicodeRange,
  faceCodePoints,
  latinCharactersOf,
  latinFace,
  shownText,
  subsetLatinFace,
  type FaceId,
} from "../../src/lib/latin-fonts.ts";

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Astro writes a nested 404 page as <edition>/404/index.html; hosts look for a file named
 * 404.html (Cloudflare Pages the nearest one up the tree, nginx and Netlify where told), so
 * each edition's goes to <edition>/404.html, where the language switch already points.
 */
export function placeErrorPages(dir: string): string[] {
  const placed: string[] = [];
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const nested = join(dir, localePrefix(locale), "404", "index.html");
    if (!existsSync(nested)) continue;
    renameSync(nested, join(dir, localePrefix(locale), "404.html"));
    rmdirSync(join(dir, localePrefix(locale), "404"));
    placed.push(`${localePrefix(locale)}404.html`);
  }
  return placed;
}

/**
 * Drops the indentation Astro keeps from the templates (compressHTML is off: it ate spaces before
 * inline elements, see astro.config.mjs): a line break followed by spaces or tabs becomes the line
 * break alone, which renders the same, outside <pre> and <textarea>, where spaces are the text.
 * About 0.5 kB gzip on the story page. Returns how many pages changed.
 */
export function collapseIndentation(dir: string): number {
  let changed = 0;
  for (const f of filesUnder(dir).filter((x) => x.endsWith(".html"))) {
    const path = join(dir, f);
    const html = readFileSync(path, "utf8");
    const out = html
      .split(/(<(?:pre|textarea)[\s>][\s\S]*?<\/(?:pre|textarea)>)/)
      .map((part, i) => (i % 2 ? part : part.replace(/\n[ \t]+/g, "\n")))
      .join("");
    if (out !== html) {
      writeFileSync(path, out);
      changed++;
    }
  }
  return changed;
}

/**
 * What a page shows that is not in its HTML: the story's readouts (data-tips-src, story-tips.json)
 * and its sticky graphic's wide drawings (data-wide-src, story-wide.json), which its scripts fetch.
 * Returned as markup to read beside the page's (the texts escaped, the drawings as they are), so
 * the fonts cut for the page have every character those show. A file is found under `dir` by the
 * longest end of its URL that names one, whatever base path the site is built for.
 */
export function fetchedMarkup(dir: string, html: string): string {
  const parts: string[] = [];
  for (const src of new Set([...html.matchAll(/\sdata-(?:tips|wide)-src="([^"]+)"/g)].map((m) => m[1]!))) {
    const segments = src.split("/").filter(Boolean);
    const file = segments.map((_, i) => join(dir, ...segments.slice(i))).find((path) => existsSync(path));
    if (!file) throw new Error(`A page fetches ${src}, which the build did not write`);
    const values = Object.values(JSON.parse(readFileSync(file, "utf8")) as Record<string, string | string[]>);
    for (const value of values)
      if (Array.isArray(value)) parts.push(`<p>${value.join(" ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`);
      else parts.push(value);
  }
  return parts.join("\n");
}

/** The text of a page's elements marked lang="zh-Hans" (the paper's printed titles). */
export function simplifiedTextOf(html: string): string {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*\blang="zh-Hans"[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) => m[2]!.replace(/<[^>]*>/g, ""))
    .join("");
}

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

const hasChinese = (text: string) => cjkCharactersOf(text).length > 0;

/**
 * Chinese text on a page whose <html lang> is English that no element marks as Chinese
 * (lang="zh-..."), in text or in an attribute a reader meets (aria-label, title, alt): the English
 * stacks name no Chinese face (fontStacks, src/graphics/fonts.ts), so such text would show as
 * empty boxes on a device without a Chinese font. Returns each with a little context.
 */
export function untaggedChineseOf(html: string): string[] {
  if (!/^\s*(<!doctype[^>]*>\s*)?<html\b[^>]*\blang="en"/i.test(html)) return [];
  const found: string[] = [];
  const langs: { tag: string; lang: string }[] = [];
  const lang = () => langs.at(-1)?.lang ?? "en";
  const tokens =
    /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
  for (const m of html.matchAll(tokens)) {
    const [, , close, open, attrs, text] = m;
    if (text !== undefined) {
      if (hasChinese(text) && !lang().startsWith("zh")) found.push(text.trim().slice(0, 60));
    } else if (close) {
      const i = langs.map((l) => l.tag).lastIndexOf(close.toLowerCase());
      if (i >= 0) langs.length = i;
    } else if (open) {
      const own = /\slang="([^"]*)"/.exec(attrs ?? "")?.[1];
      const here = own ?? lang();
      for (const a of (attrs ?? "").matchAll(/\s(aria-label|title|alt)="([^"]*)"/g))
        if (hasChinese(a[2]!) && !here.startsWith("zh")) found.push(`${a[1]}="${a[2]!.slice(0, 60)}" on <${open}>`);
      if (!VOID_ELEMENTS.has(open.toLowerCase()) && !(attrs ?? "").trimEnd().endsWith("/"))
        langs.push({ tag: open.toLowerCase(), lang: here });
    }
  }
  return found;
}

/** Fails the build on an English page with Chinese text not marked as such (untaggedChineseOf), naming the page and the text. */
export function checkChineseIsMarked(dir: string): void {
  const problems = filesUnder(dir)
    .filter((f) => f.endsWith(".html"))
    .flatMap((f) => untaggedChineseOf(readFileSync(join(dir, f), "utf8")).map((t) => `${f}: ${t}`));
  if (problems.length)
    throw new Error(
      `Chinese text on English pages is not inside an element marked lang="zh-Hans" or lang="zh-HK", so no Chinese font ` +
        `draws it:\n  ${problems.slice(0, 20).join("\n  ")}${problems.length > 20 ? `\n  ...and ${problems.length - 20} more` : ""}`,
    );
}

/**
 * Each page's range for the Simplified face (src/graphics/fonts.ts, CJK_FONT_RANGE): the characters
 * of its Simplified text; a page with none loses the face, which it would never use, and its name in the stacks. Returns how
 * many pages keep it.
 */
export function writeSimplifiedFontRanges(dir: string): number {
  let kept = 0;
  const face = new RegExp(`@font-face\\{font-family:"${CJK_FAMILY}";[^}]*unicode-range:${CJK_FONT_RANGE};\\}\\n?`);
  for (const f of filesUnder(dir).filter((x) => x.endsWith(".html"))) {
    const path = join(dir, f);
    const html = readFileSync(path, "utf8");
    if (!html.includes(CJK_FONT_RANGE)) continue;
    const chars = cjkCharactersOf(simplifiedTextOf(html));
    if (chars.length) kept++;
    // A page without the face does not name it in its font stacks either: the browser looks up a
    // family it cannot find among the system's fonts, for every size and weight on the page (about
    // 8 ms of an embed's first layout, traced under the bench's CPU throttling).
    writeFileSync(
      path,
      chars.length ? html.replaceAll(CJK_FONT_RANGE, unicodeRange(chars)) : html.replace(face, "").replaceAll(`"${CJK_FAMILY}", `, ""),
    );
  }
  return kept;
}

export function writeHeadersFile(dir: string, base: string): void {
  writeFileSync(join(dir, "_headers"), netlifyHeaders(filesUnder(dir), base));
  writeFileSync(join(dir, "_redirects"), netlifyRedirects(base));
}

/**
 * Brotli's best quality (11) compresses under 1 MB a second here; quality 9 is about ten times as
 * fast and its files about 8% larger (the Chinese story: 33.3 kB against 30.9 kB). gzip -9 is 2.5
 * times as slow as -6 for about 1%. Every file today is under the threshold (the largest, the
 * story, is 223 kB) and gets the best of both; with years of data the tables, embeds and the
 * story pass it, and at the best qualities the 59 files of 100 kB to 1 MB of a build with 100x the
 * years took 30 s, the largest part of its growth.
 */
export const BEST_COMPRESSION_UNDER = 256 * 1024;
const brotliQuality = (size: number) => (size < BEST_COMPRESSION_UNDER ? 11 : 9);
const gzipLevel = (size: number) => (size < BEST_COMPRESSION_UNDER ? 9 : 6);
const gzip = promisify(gzipCallback);
const brotli = promisify(brotliCompress);
/** Files compressed at once: zlib runs on libuv's thread pool (4 threads), so both cores work. */
const COMPRESSING_AT_ONCE = 4;

/**
 * Writes <file>.gz (gzip) and <file>.br (Brotli) beside every text file; returns how many.
 * Files with the same bytes are compressed once: the newest data edition's pinned downloads are
 * the latest ones, and a renamed graphic's old id serves the same files.
 */
export async function precompress(dir: string): Promise<number> {
  const texts = filesUnder(dir).filter((f) => (COMPRESSIBLE as readonly string[]).includes(extname(f)));
  const done = new Map<string, Promise<{ gz: Buffer; br: Buffer }>>();
  const pack = (bytes: Buffer) => {
    const hash = createHash("sha256").update(bytes).digest("hex");
    let packed = done.get(hash);
    if (!packed) {
      packed = Promise.all([
        gzip(bytes, { level: gzipLevel(bytes.length) }),
        brotli(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(bytes.length), [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }),
      ]).then(([gz, br]) => ({ gz, br }));
      done.set(hash, packed);
    }
    return packed;
  };
  let next = 0;
  const worker = async () => {
    while (next < texts.length) {
      const path = join(dir, texts[next++]!);
      const { gz, br } = await pack(readFileSync(path));
      writeFileSync(`${path}.gz`, gz);
      writeFileSync(`${path}.br`, br);
    }
  };
  await Promise.all(Array.from({ length: COMPRESSING_AT_ONCE }, worker));
  return texts.length;
}

/**
 * The Chinese edition's font, cut to the characters its built pages use (HTML, with every inline
 * SVG, and what they fetch to show, fetchedMarkup), written to fonts/ under its content hash; its
 * file name and unicode-range (the CJK blocks, CJK_UNICODE_RANGE) replace the placeholders of the
 * pages' @font-face (src/graphics/fonts.ts): one cut for the pages that ask for the edition's
 * (HK_FONT_FILE), and one of its own characters for each page that asks for that
 * (HK_FONT_PAGE_FILE: embeds and graphic pages; a page and its pinned copies share one). Returns the files written.
 */
export async function writeHongKongFont(dir: string): Promise<string[]> {
  const pages = filesUnder(dir).filter((f) => f.endsWith(".html"));
  const texts = new Map(pages.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
  const shown = (f: string) => texts.get(f)! + fetchedMarkup(dir, texts.get(f)!);
  const written = new Map<string, string>();
  const write = async (chars: string[]): Promise<string> => {
    const key = chars.join("");
    let file = written.get(key);
    if (!file) {
      const woff2 = await subsetNotoSansHk(key);
      file = `hk-${createHash("sha256").update(woff2).digest("hex").slice(0, 10)}.woff2`;
      mkdirSync(join(dir, "fonts"), { recursive: true });
      writeFileSync(join(dir, "fonts", file), woff2);
      written.set(key, file);
    }
    return file;
  };
  // Which pages share a cut: every page that asks for the edition's; for a page's own, the page and
  // its pinned copies under editions/<edition>/, one cut per graphic and kind (each takes ~0.3 s).
  const groups = new Map<string, { placeholder: string; pages: string[] }>();
  for (const [f, html] of texts) {
    const placeholder = html.includes(HK_FONT_FILE) ? HK_FONT_FILE : html.includes(HK_FONT_PAGE_FILE) ? HK_FONT_PAGE_FILE : null;
    if (!placeholder) continue;
    const key = placeholder === HK_FONT_FILE ? "" : f.replace(/(^|\/)editions\/[^/]+\//, "$1");
    const group = groups.get(key) ?? { placeholder, pages: [] };
    group.pages.push(f);
    groups.set(key, group);
  }
  for (const { placeholder, pages: asking } of groups.values()) {
    const file = await write(cjkCharactersOf(asking.map(shown).join("")));
    for (const f of asking)
      writeFileSync(join(dir, f), texts.get(f)!.replaceAll(placeholder, file).replaceAll(HK_FONT_RANGE, CJK_UNICODE_RANGE));
  }
  return [...new Set(written.values())].sort();
}

/**
 * The Latin faces (src/lib/latin-fonts.ts), cut to the characters of the built pages that ask for
 * them (and of what they fetch to show, fetchedMarkup) and written to fonts/ under their content
 * hash; each file name and unicode-range replaces its placeholder. A face in "site" scope is one
 * file for every page that asks (the union of their characters); in "page" scope each page gets its own. Returns the files written.
 */
export async function writeLatinFonts(dir: string): Promise<string[]> {
  const pages = filesUnder(dir).filter((f) => f.endsWith(".html"));
  const texts = new Map(pages.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
  // Which pages ask for which cut: "<face> site" for the shared ones, "<face> page <file>" for a page's own.
  const groups = new Map<string, { face: FaceId; scope: LatinScope; pages: string[] }>();
  for (const [f, html] of texts) {
    for (const [, face, scope] of html.matchAll(LATIN_PLACEHOLDER)) {
      const key = scope === "site" ? `${face} site` : `${face} page ${f}`;
      const group = groups.get(key) ?? { face: face as FaceId, scope: scope as LatinScope, pages: [] };
      if (!group.pages.includes(f)) group.pages.push(f);
      groups.set(key, group);
    }
  }
  // Each page's shown text read once, as its distinct characters: five faces ask for the same pages,
  // and a long series makes pages of megabytes (at 100x the years this step took 15 s).
  const distinct = new Map<string, string>();
  const charactersOfPage = (f: string) => {
    let chars = distinct.get(f);
    if (chars === undefined) distinct.set(f, (chars = [...new Set(shownText(texts.get(f)! + fetchedMarkup(dir, texts.get(f)!)))].join("")));
    return chars;
  };
  const written = new Set<string>();
  const replacements = new Map<string, [string, string][]>();
  for (const { face: id, scope, pages: asking } of groups.values()) {
    const face = latinFace(id);
    const has = faceCodePoints(face);
    const chars = latinCharactersOf(asking.map(charactersOfPage).join(" ")).filter((c) => has.has(c.codePointAt(0)!));
    const woff2 = await subsetLatinFace(face, chars.join(""));
    const file = `${face.id}-${createHash("sha256").update(woff2).digest("hex").slice(0, 10)}.woff2`;
    mkdirSync(join(dir, "fonts"), { recursive: true });
    writeFileSync(join(dir, "fonts", file), woff2);
    written.add(file);
    const range = compactUnicodeRange(chars.map((c) => c.codePointAt(0)!));
    for (const f of asking) {
      const list = replacements.get(f) ?? [];
      list.push([latinPlaceholder(id, scope, "FILE"), file], [latinPlaceholder(id, scope, "RANGE"), range]);
      replacements.set(f, list);
    }
  }
  for (const [f, list] of replacements) {
    let html = texts.get(f)!;
    for (const [from, to] of list) html = html.replaceAll(from, to);
    writeFileSync(join(dir, f), html);
  }
  return [...written].sort();
}
