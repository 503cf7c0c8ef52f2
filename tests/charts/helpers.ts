/**
 * What the chart tests share: the real data loaded once, every (chart, step) pair, and an SVG
 * parser. The SVG is parsed as XML: an HTML parser would nest self-closing SVG tags.
 */
import { fileURLToPath } from "node:url";
import { DOMParser } from "linkedom";
import { CHARTS } from "../../src/charts/index.ts";
import type { ChartSpec } from "../../src/charts/types.ts";
import { loadSiteData, type SiteData } from "../../src/data/load.ts";
import { wordsFor, type Words } from "../../src/data/words.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let cached: SiteData | undefined;
/** The real data under data/, loaded once per test file. */
export function siteData(): SiteData {
  cached ??= loadSiteData(ROOT);
  return cached;
}

/** The words of each edition, from the real data. */
export const en = (): Words => wordsFor(siteData(), "en");
export const zh = (): Words => wordsFor(siteData(), "zh-hk");

/** Every chart with no step and with each of its steps, in registry order. */
export function allRenders(): { spec: ChartSpec; step: string | undefined; name: string }[] {
  return CHARTS.flatMap((spec) =>
    [undefined, ...spec.steps.map((s) => s.id)].map((step) => ({ spec, step, name: step ? `${spec.id}--${step}` : spec.id })),
  );
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

interface XmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<XmlNode>;
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/**
 * An SVG written one element per line, indented by depth, attributes in their order, so a
 * snapshot diff shows which mark changed (as Observable Plot's test/plot-snapshot.js does).
 * Text is kept exactly: an element holding only text keeps it on its own line.
 */
export function prettySvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as { documentElement: XmlNode };
  const lines: string[] = [];
  const open = (el: XmlNode) =>
    `<${el.nodeName}${Array.from(el.attributes ?? [])
      .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
      .join("")}`;
  const walk = (el: XmlNode, depth: number) => {
    const pad = "  ".repeat(depth);
    const kids = Array.from(el.childNodes).filter((n) => n.nodeType === 1 || (n.nodeType === 3 && n.textContent !== ""));
    if (kids.length === 0) lines.push(`${pad}${open(el)}/>`);
    else if (kids.every((n) => n.nodeType === 3))
      lines.push(`${pad}${open(el)}>${escapeText(kids.map((n) => n.textContent).join(""))}</${el.nodeName}>`);
    else {
      lines.push(`${pad}${open(el)}>`);
      for (const k of kids) {
        if (k.nodeType === 1) walk(k, depth + 1);
        else lines.push(`${pad}  ${escapeText(k.textContent ?? "")}`);
      }
      lines.push(`${pad}</${el.nodeName}>`);
    }
  };
  walk(doc.documentElement, 0);
  return lines.join("\n") + "\n";
}
