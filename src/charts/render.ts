/**
 * Renders a chart spec to SVG markup at build time: Plot draws into a linkedom document, then
 * the SVG is made accessible (title, desc, no labelled groups for screen readers to wander)
 * and deterministic (fixed class and ids, rounded coordinates), so snapshots diff cleanly.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { PlotOptions } from "@observablehq/plot";
import type { ChartSpec, LeadSpec } from "./types.ts";
import type { SiteData } from "../data/load.ts";
import { wordsFor } from "../data/words.ts";
import type { Locale } from "../lib/i18n.ts";
import { decodeCharacterReferences } from "../lib/character-references.ts";
import { CHART_TYPE_PX, RENDER_WIDTHS } from "../lib/drawing-widths.ts";

export { RENDER_WIDTHS };

export interface RenderOptions {
  width: number;
  /** The edition whose words the chart is drawn with. */
  locale: Locale;
  step?: string;
  /** Prefix of the ids in the SVG; defaults to the chart id plus `--<step>`. Set it when one page shows the same chart and step twice. */
  idPrefix?: string;
  /**
   * Keep Plot's <style> element (default). Pages that show many charts drop it and carry the
   * same two rules once in their CSS (global.css, "Plot's per-chart style"), saving ~700 bytes a chart.
   */
  inlineStyle?: boolean;
}

/** Text style the page controls: font inherited, colour via currentColor (Plot's default fill). */
const SVG_STYLE = { fontFamily: "inherit", fontSize: `${CHART_TYPE_PX}px`, background: "transparent", overflow: "visible" };

/** Attributes holding coordinates, rounded to 1 decimal; colours, ids and text are left alone. */
const GEOMETRY_ATTRIBUTES = [
  "d",
  "points",
  "transform",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "width",
  "height",
  "dx",
  "dy",
  "viewBox",
  "stroke-width",
  "stroke-dasharray",
];

// A number, and whether "em" follows it: offsets in em (Plot's y="0.32em" for a baseline) keep their digits.
const NUMBER = /-?(?:\d+\.\d+|\.\d+|\d+)(?:e[-+]?\d+)?(?![\d.])(em)?/gi;

/**
 * Rounds every number with more than 1 decimal (or an exponent) in a geometry attribute, but
 * lengths in em. A tenth of a pixel of a 340 px drawing is below what a screen shows at any scale
 * the site draws it; the second decimal was about 0.7 kB of the story's compressed HTML.
 */
export function roundNumbers(value: string): string {
  return value.replace(NUMBER, (m, em?: string) => {
    if (em || !/[.e]/i.test(m) || /^-?\d*\.\d$/.test(m)) return m;
    const n = Math.round(Number(m) * 10) / 10;
    return Object.is(n, -0) ? "0" : String(n);
  });
}

interface Node {
  tagName?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
  children?: ArrayLike<Node>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
}

function* descendants(node: Node): Generator<Node> {
  for (const child of Array.from(node.children ?? [])) {
    yield child;
    yield* descendants(child);
  }
}

/**
 * Drawings made in this build, by data, by spec and by everything else they are drawn from. One page
 * draws a chart more than once (its page, its embed, its downloads, the pinned copies of the
 * newest edition, which is the same data object), and with a long series drawing is most of the
 * build: at 100x the years, 456 drawings of which a quarter were distinct took 60 of Astro's 95 s.
 */
const drawn = new WeakMap<SiteData, WeakMap<ChartSpec, Map<string, string>>>();

/** Renders `spec` with the real `data` at `width` (and `step`) to a standalone <svg> string. */
export function renderChartSvg(spec: ChartSpec, data: SiteData, options: RenderOptions): string {
  const { width, step, locale, idPrefix, inlineStyle = true } = options;
  let bySpec = drawn.get(data);
  if (!bySpec) drawn.set(data, (bySpec = new WeakMap()));
  let bySpecData = bySpec.get(spec);
  if (!bySpecData) bySpec.set(spec, (bySpecData = new Map()));
  const key = JSON.stringify([width, step ?? null, locale, idPrefix ?? null, inlineStyle]);
  let svg = bySpecData.get(key);
  if (svg === undefined) bySpecData.set(key, (svg = drawChart(spec, data, { width, step, locale, idPrefix, inlineStyle })));
  return svg;
}

function drawChart(spec: ChartSpec, data: SiteData, { width, step, locale, idPrefix, inlineStyle = true }: RenderOptions): string {
  if (step !== undefined && !spec.steps.some((s) => s.id === step)) {
    throw new Error(`Chart “${spec.id}” has no step “${step}”; its steps are ${spec.steps.map((s) => s.id).join(", ") || "none"}.`);
  }
  const rows = spec.rows(data);
  const words = wordsFor(data, locale);
  const stepCaption = step ? spec.steps.find((s) => s.id === step)?.caption : undefined;
  return drawSvg(spec.plot(rows, { width, step, words }), {
    width,
    name: spec.id,
    prefix: idPrefix ?? (step ? `${spec.id}--${step}` : spec.id),
    title: stepCaption ? `${words.pick(spec.title)}: ${words.pick(stepCaption)}` : words.pick(spec.title),
    desc: spec.describe(rows, words),
    inlineStyle,
  });
}

/**
 * Renders a lead (a small view of a chart's rows, src/charts/types.ts LeadSpec) at its own
 * width, for the page's CSS to scale. Its title and description come from the same rows.
 */
export function renderLeadSvg<Row extends Record<string, unknown>>(
  lead: LeadSpec<Row>,
  data: SiteData,
  { locale, idPrefix = lead.id }: { locale: Locale; idPrefix?: string },
): string {
  const rows = lead.chart.rows(data);
  const words = wordsFor(data, locale);
  return drawSvg(lead.plot(rows, { width: lead.width, words }), {
    width: lead.width,
    name: lead.id,
    prefix: idPrefix,
    title: lead.title(rows, words),
    desc: lead.describe(rows, words),
    inlineStyle: false,
  });
}

interface DrawOptions {
  width: number;
  /** What the drawing is called in the class of its <svg> (chart-<name>) and in errors. */
  name: string;
  /** Prefix of every id in the SVG. */
  prefix: string;
  /** Its accessible name and description, as <title> and <desc>. */
  title: string;
  desc: string;
  inlineStyle: boolean;
}

/** Plot options to an accessible, deterministic <svg> string (see the file's comment). */
function drawSvg(
  options: PlotOptions,
  { width, name: drawing, prefix, title: titleText, desc: descText, inlineStyle }: DrawOptions,
): string {
  // The page prints title, subtitle and caption as HTML; given to Plot they would wrap the SVG in a <figure>.
  const { title: _title, subtitle: _subtitle, caption: _caption, ...rest } = options;
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const node = Plot.plot({ ...rest, width, document, className: `chart-${drawing}`, style: SVG_STYLE }) as unknown as Node;
  if (node.tagName?.toLowerCase() !== "svg") {
    throw new Error(
      `Chart “${drawing}”: Plot returned a <${node.tagName?.toLowerCase()}>, not an <svg>, because a legend was asked for; label the ` +
        `marks directly instead.`,
    );
  }
  const svg = node;

  // Plot numbers clip paths and patterns with a global counter: rename by order of appearance.
  const ids = new Map<string, string>();
  for (const el of descendants(svg)) {
    const id = el.getAttribute("id");
    if (id === null) continue;
    const m = /^plot-(clip|pattern)-\d+$/.exec(id);
    ids.set(id, m ? `${prefix}-${m[1]}-${ids.size + 1}` : `${prefix}-${id}`);
  }

  for (const el of descendants(svg)) {
    // Plot labels its groups (“line”, “x-axis tick”); read aloud they are noise, and axe flags aria-label on a plain <g>.
    if (el.tagName?.toLowerCase() === "g" && (el.hasAttribute("aria-label") || el.hasAttribute("aria-description"))) {
      el.removeAttribute("aria-label");
      el.removeAttribute("aria-description");
      el.setAttribute("aria-hidden", "true");
    }
    for (const { name, value } of Array.from(el.attributes ?? [])) {
      let next = GEOMETRY_ATTRIBUTES.includes(name) ? roundNumbers(value) : value;
      if (name === "id") next = ids.get(value) ?? value;
      else if (ids.size && /url\(#|^#/.test(next))
        next = next.replace(/(url\(#|^#)([^)\s]+)/g, (all, lead: string, ref: string) => (ids.has(ref) ? `${lead}${ids.get(ref)}` : all));
      if (next !== value) el.setAttribute(name, next);
    }
  }

  // Plot writes a mark's title channel as a <title> in each element. Ours are the marks' readouts:
  // moved to data-tip, where the tooltip script (src/client/chart-tips.ts) shows them on pointer,
  // touch and keyboard, and out of the browser's own hover tooltip, which only a mouse can reach.
  for (const el of Array.from(descendants(svg))) {
    if (el.tagName?.toLowerCase() !== "title") continue;
    const t = el as unknown as { textContent: string; parentNode: Node | null; remove(): void };
    t.parentNode?.setAttribute("data-tip", t.textContent);
    t.remove();
  }

  const svgText = Array.from(descendants(svg)).some(
    (el) => el.tagName?.toLowerCase() === "text" && /\u26a0/.test((el as unknown as { textContent: string }).textContent),
  );
  if (svgText)
    throw new Error(`Chart “${drawing}”: Plot drew its warning sign, so a mark got data it could not use; see the console warning.`);

  if (!inlineStyle) {
    for (const el of Array.from(svg.children ?? []))
      if (el.tagName?.toLowerCase() === "style") (el as unknown as { remove(): void }).remove();
  }

  // The page's font, not Plot's default system-ui.
  svg.removeAttribute("font-family");
  svg.removeAttribute("font-size");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", `${prefix}-title`);
  svg.setAttribute("aria-describedby", `${prefix}-desc`);

  const el = svg as unknown as { prepend(...n: unknown[]): void };
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.setAttribute("id", `${prefix}-title`);
  title.textContent = titleText;
  const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.setAttribute("id", `${prefix}-desc`);
  desc.textContent = descText;
  el.prepend(title, desc);

  return (svg as unknown as { outerHTML: string }).outerHTML;
}

/**
 * The start of a chart figure's ids (Chart.astro): the chart, its step, and a suffix that keeps
 * apart two figures of one chart and step on one page; its drawings add "-n" and "-w".
 */
export function drawingIdBase(chart: string, step: string | undefined, idSuffix = ""): string {
  return `${chart}${step ? `--${step}` : ""}${idSuffix}`;
}

/** The suffix of a scrollytelling step's figure (Step.astro), apart from the chart shown on its own. */
export const STEP_ID_SUFFIX = "-step";

/**
 * The wide drawing of a chart in the story's sticky graphic, which the story page does not carry
 * (it draws each chart once, narrow): the build writes these to story-wide.json for the
 * scrollytelling script. Its ids end in "-step-w", like a step's narrow drawing's in "-step-n".
 */
export function storyWideSvg(spec: ChartSpec, data: SiteData, step: string | undefined, locale: Locale): string {
  const idPrefix = `${drawingIdBase(spec.id, step, STEP_ID_SUFFIX)}-w`;
  return renderChartSvg(spec, data, { width: RENDER_WIDTHS.wide, step, locale, idPrefix, inlineStyle: false });
}

const TIP_ATTRIBUTE = / data-tip="([^"]*)"/g;

/**
 * A drawing with its marks' readouts taken out: each data-tip is left empty (the tooltip script
 * still finds the marks) and the texts, in document order, returned beside it. The story draws
 * about 280 marks; their readouts are read only when a reader points at or steps through a chart,
 * so the story page carries them in story-tips.json, fetched after the page has loaded, instead
 * of in its HTML (2 kB of it, compressed). Without JavaScript there are no readouts to show.
 */
export function separateTips(svg: string): { svg: string; tips: string[] } {
  const tips: string[] = [];
  const bare = svg.replace(TIP_ATTRIBUTE, (_, text: string) => {
    tips.push(decodeCharacterReferences(text));
    return ' data-tip=""';
  });
  return { svg: bare, tips };
}

/** The width and height of the story's wide drawing ("680 374"), from its viewBox. */
export function storyWideSize(spec: ChartSpec, data: SiteData, step: string | undefined, locale: Locale): string {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(storyWideSvg(spec, data, step, locale));
  if (!m) throw new Error(`Chart “${spec.id}”: its wide drawing has no viewBox`);
  return `${m[1]} ${m[2]}`;
}
