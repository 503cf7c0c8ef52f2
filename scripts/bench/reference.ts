/**
 * The reference pages: hand-written HTML (bench/reference/index.html) holding one page's first
 * chart's SVG and nothing else, in the page's language; the bench states each page's time to its
 * first chart as a ratio to its own reference, measured in the same run, runs interleaved.
 */
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
