/**
 * The reference page: hand-written HTML (bench/reference/index.html) holding the story's first
 * chart's SVG and nothing else; the bench states every page's figures as a ratio to it.
 */
export const CHART_MARKER = "<!-- chart -->";

export function referencePage(template: string, svg: string): string {
  if (!template.includes(CHART_MARKER)) throw new Error(`The reference template has no ${CHART_MARKER} marker`);
  if (!/^<svg[\s>]/.test(svg.trim()) || !svg.trim().endsWith("</svg>")) throw new Error("The first chart is not a single <svg> element");
  return template.replace(CHART_MARKER, () => svg.trim());
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
