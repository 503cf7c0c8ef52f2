/**
 * The reference pages: hand-written HTML (bench/reference/index.html) holding one page's first
 * chart's SVG and nothing else, in the page's language; the bench states each page's time to its
 * first chart as a ratio to its own reference, measured in the same run, runs interleaved.
 */
import { decodeCharacterReferences } from "../../src/lib/character-references.ts";
import { seededRandom } from "./random.ts";

export const CHART_MARKER = "<!-- chart -->";
const LANG_ATTRIBUTE = /<html lang="[^"]*">/;

export function referencePage(template: string, svg: string, lang?: string): string {
  if (!template.includes(CHART_MARKER)) throw new Error(`The reference template has no ${CHART_MARKER} marker`);
  if (!/^<svg[\s>]/.test(svg.trim()) || !svg.trim().endsWith("</svg>")) throw new Error("The first chart is not a single <svg> element");
  if (lang !== undefined && !LANG_ATTRIBUTE.test(template)) throw new Error('The reference template has no <html lang="...">');
  const page = template.replace(CHART_MARKER, () => svg.trim());
  return lang === undefined ? page : page.replace(LANG_ATTRIBUTE, () => `<html lang="${lang}">`);
}

/** ratio = value / reference, or null when either is missing or the reference is 0. */
export function ratio(value: number | null | undefined, reference: number | null | undefined): number | null {
  if (value == null || reference == null || !Number.isFinite(value) || !Number.isFinite(reference) || reference === 0) return null;
  return value / reference;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median, smallest and largest of some runs; nulls (runs that timed out) are left out, and counted. */
export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  /** Runs with a value. */
  n: number;
  /** Runs without one (the chart never appeared in time). */
  failed: number;
}

export function spread(values: readonly (number | null)[]): Spread {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return {
    median: median(xs),
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
    n: xs.length,
    failed: values.length - xs.length,
  };
}

/**
 * Which of a pair of measurements goes first in run `i`: the reference in even runs, the page in
 * odd ones, so a machine getting busier or quieter during the bench weighs on both alike.
 */
export function referenceFirst(i: number): boolean {
  return i % 2 === 0;
}

/** A range a measured value lies in with the given confidence (0.95: 95%). */
export interface Interval {
  low: number;
  high: number;
  level: number;
}

/**
 * How sure the ratio of medians is: a percentile bootstrap over the pairs (a page run and the
 * reference run measured next to it, resampled together, so what the pairing cancels stays
 * cancelled). `level` 0.95 gives the range that holds 95% of the resampled ratios. With 7 pairs,
 * the bench's default until 2026-12-02, the intervals were 0.1-0.4 wide (embed-en: 1.07, 1.05-1.23),
 * so a budget of 1.05 could not be told from 1.10; the width shrinks about as 1/sqrt(pairs).
 * Pairs with a missing side are left out; null when fewer than 3 remain.
 */
export function ratioInterval(
  page: readonly (number | null)[],
  reference: readonly (number | null)[],
  { level = 0.95, iterations = 4000, seed = 1 } = {},
): Interval | null {
  const pairs: [number, number][] = [];
  for (let i = 0; i < Math.min(page.length, reference.length); i++) {
    const [p, r] = [page[i], reference[i]];
    if (p != null && r != null && Number.isFinite(p) && Number.isFinite(r) && r > 0) pairs.push([p, r]);
  }
  if (pairs.length < 3) return null;
  const random = seededRandom(seed);
  const ratios: number[] = [];
  for (let k = 0; k < iterations; k++) {
    const ps: number[] = [];
    const rs: number[] = [];
    for (let j = 0; j < pairs.length; j++) {
      const [p, r] = pairs[Math.floor(random() * pairs.length)]!;
      ps.push(p);
      rs.push(r);
    }
    ratios.push(median(ps)! / median(rs)!);
  }
  ratios.sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.max(0, Math.round(q * (ratios.length - 1))))]!;
  return { low: at((1 - level) / 2), high: at(1 - (1 - level) / 2), level };
}

/**
 * The page's document up to the end of its first chart's SVG: what a browser must have received
 * before it can draw that chart, however fast it parses. The SVG is found by its <title>'s text:
 * the outerHTML Chromium returns is re-serialised (so it is not a substring of the document), and
 * on the story at the phone viewport the first chart with a box is the sticky graphic's copy of a
 * step's drawing, without ids; the first SVG in the document with that title is the drawing it
 * copies. Null when the SVG has no title or the document has no SVG with that title.
 */
export function documentThroughChart(html: string, svg: string): string | null {
  const title = TITLE.exec(svg)?.[1];
  if (title === undefined) return null;
  const wanted = decodeCharacterReferences(title);
  for (const m of html.matchAll(new RegExp(TITLE.source, "g"))) {
    if (decodeCharacterReferences(m[1]!) !== wanted) continue;
    const end = html.indexOf("</svg>", m.index);
    return end < 0 ? null : html.slice(0, end + "</svg>".length);
  }
  return null;
}

const TITLE = /<title[^>]*>([^<]*)<\/title>/;

/** What transferFloor returns. */
export interface TransferFloor {
  /** gzip -6 bytes of the page's document through its first chart's SVG (documentThroughChart). */
  pageBytes: number;
  /** gzip -6 bytes of the reference's document. */
  referenceBytes: number;
  /** How much longer the page's extra bytes take to come down, in ms. */
  extraMs: number;
  ratio: number;
}

/**
 * The least ratio to its reference a page's bytes allow: the reference is drawn at
 * `referenceMs`, and the page cannot be drawn before the bytes it has beyond the reference's
 * (its document through the first chart, against the reference's whole document, both gzip -6)
 * have come down at the throttled `bytesPerSecond`, even if its parsing, style and layout cost
 * nothing more than the reference's. A ratio budget below this floor cannot be met by faster code,
 * only by sending fewer bytes before the chart. Null without a reference time.
 */
export function transferFloor(
  pageBytes: number,
  referenceBytes: number,
  referenceMs: number | null,
  bytesPerSecond: number,
): TransferFloor | null {
  if (referenceMs == null || !(referenceMs > 0) || !(bytesPerSecond > 0)) return null;
  const extraMs = (Math.max(0, pageBytes - referenceBytes) / bytesPerSecond) * 1000;
  return { pageBytes, referenceBytes, extraMs, ratio: 1 + extraMs / referenceMs };
}
