/**
 * What the build adds to Astro's output before it is swapped in for dist/: the _headers file
 * for Netlify and Cloudflare Pages, and a .gz and a .br beside every text file, for hosts that
 * serve precompressed files (nginx's gzip_static, sirv, S3 with Content-Encoding metadata).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { COMPRESSIBLE, netlifyHeaders, netlifyRedirects } from "../../src/lib/http-headers.ts";
import { HK_FONT_FILE, HK_FONT_RANGE } from "../../src/graphics/fonts.ts";
import { cjkCharactersOf, subsetNotoSansHk, unicodeRange } from "../../src/lib/hk-font.ts";
import { DEFAULT_LOCALE, LOCALES, localePrefix } from "../../src/lib/i18n.ts";

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

export function writeHeadersFile(dir: string, base: string): void {
  writeFileSync(join(dir, "_headers"), netlifyHeaders(filesUnder(dir), base));
  writeFileSync(join(dir, "_redirects"), netlifyRedirects(base));
}

/**
 * Writes <file>.gz (gzip -9) and <file>.br (Brotli, quality 11) beside every text file; returns
 * how many. Files with the same bytes are compressed once: the newest data edition's pinned
 * downloads are the latest ones, and a renamed graphic's old id serves the same files.
 */
export function precompress(dir: string): number {
  const texts = filesUnder(dir).filter((f) => (COMPRESSIBLE as readonly string[]).includes(extname(f)));
  const done = new Map<string, { gz: Buffer; br: Buffer }>();
  for (const file of texts) {
    const path = join(dir, file);
    const bytes = readFileSync(path);
    const hash = createHash("sha256").update(bytes).digest("hex");
    let packed = done.get(hash);
    if (!packed) {
      packed = {
        gz: gzipSync(bytes, { level: 9 }),
        br: brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }),
      };
      done.set(hash, packed);
    }
    writeFileSync(`${path}.gz`, packed.gz);
    writeFileSync(`${path}.br`, packed.br);
  }
  return texts.length;
}

/**
 * The Chinese edition's font, cut to the characters its built pages use (HTML, with every inline
 * SVG), written to fonts/ under its content hash; its file name and unicode-range replace the
 * placeholders of the pages' @font-face (src/graphics/fonts.ts). Returns the file's name, or
 * null if no page asks for it.
 */
export async function writeHongKongFont(dir: string): Promise<string | null> {
  const pages = filesUnder(dir).filter((f) => f.endsWith(".html"));
  const texts = new Map(pages.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
  const asking = [...texts].filter(([, html]) => html.includes(HK_FONT_FILE));
  if (asking.length === 0) return null;
  const chars = cjkCharactersOf(asking.map(([, html]) => html).join(""));
  const woff2 = await subsetNotoSansHk(chars.join(""));
  const file = `hk-${createHash("sha256").update(woff2).digest("hex").slice(0, 10)}.woff2`;
  mkdirSync(join(dir, "fonts"), { recursive: true });
  writeFileSync(join(dir, "fonts", file), woff2);
  const range = unicodeRange(chars);
  for (const [f, html] of asking) writeFileSync(join(dir, f), html.replaceAll(HK_FONT_FILE, file).replaceAll(HK_FONT_RANGE, range));
  return file;
}
