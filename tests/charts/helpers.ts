/**
 * What the chart tests share: the real data loaded once, every (chart, step) pair, and an SVG
 * parser. The SVG is parsed as XML: an HTML parser would nest self-closing SVG tags.
 */
import { fileURLToPath } from "node:url";
import { DOMParser } from "linkedom";
import { CHARTS } from "../../src/charts/index.ts";
import type { ChartSpec } from "../../src/charts/types.ts";
import { loadSiteData, type SiteData } from "../../src/data/load.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let cached: SiteData | undefined;
/** The real data under data/, loaded once per test file. */
export function siteData(): SiteData {
  cached ??= loadSiteData(ROOT);
  return cached;
}

/** Every chart with no step and with each of its steps, in registry order. */
export function allRenders(): { spec: ChartSpec; step: string | undefined; name: string }[] {
  return CHARTS.flatMap((spec) => [undefined, ...spec.steps.map((s) => s.id)].map((step) => ({ spec, step, name: step ? `${spec.id}--${step}` : spec.id })));
}

export interface SvgElement {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): SvgElement | null;
  querySelectorAll(selector: string): SvgElement[];
  children: ArrayLike<SvgElement>;
  textContent: string;
}

/** The root <svg> of a rendered chart. */
export function parseSvg(svg: string): SvgElement {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as { documentElement: SvgElement };
  return doc.documentElement;
}

/** The move-to and line-to points of a path's d attribute, split into its sub-paths. */
export function subpaths(d: string): [number, number][][] {
  return d
    .split("M")
    .filter((s) => s.trim())
    .map((s) => [...s.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]));
}
