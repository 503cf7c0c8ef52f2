/**
 * Turns each linear `.scrolly` section into a sticky graphic that follows the step in view.
 * One helper reports which step is active; everything else reacts to that index (the
 * Pudding's pattern). Skipped under prefers-reduced-motion: the linear reading stays.
 *
 * The page draws each step's chart once, narrow. Where the sticky graphic is wide, its layers
 * get the wide drawings from the section's data-wide-src (story-wide.json), each in a box given
 * the wide drawing's proportions (the figure's data-wide-size) before the file is asked for, so
 * the graphic keeps its height when they arrive.
 */
import { WIDE_FROM_REM } from "../lib/drawing-widths.ts";
import { storyDrawingKey } from "../lib/story-keys.ts";

const REDUCED = "(prefers-reduced-motion: reduce)";
/** Phones: the sticky graphic holds the top of the screen and the text cards pass below it (Step.astro). */
const PHONE = "(max-width: 899px)";
/** On a phone the graphic may take this share of the screen's height; the step cards pass below it. */
export const MAX_PHONE_SHARE = 0.6;

const wideFiles = new Map<string, Promise<Record<string, string>>>();
function wideDrawings(src: string): Promise<Record<string, string>> {
  let file = wideFiles.get(src);
  if (!file) {
    file = fetch(src).then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(`${r.status}`))));
    wideFiles.set(src, file);
  }
  return file;
}

/** Replaces each layer's narrow drawing by the wide one, in a box already shaped for it. */
function upgrade(src: string, layers: HTMLElement[]): void {
  const boxes = layers.map((layer) => {
    const figure = layer.querySelector<HTMLElement>("figure[data-wide-size]");
    const box = figure?.querySelector<HTMLElement>(".chart-svg");
    if (!figure || !box) return null;
    const [w, h] = (figure.dataset.wideSize ?? "").split(" ").map(Number);
    if (!w || !h) return null;
    box.style.aspectRatio = `${w} / ${h}`;
    box.classList.add("is-awaiting-wide");
    return box;
  });
  wideDrawings(src).then(
    (drawings) =>
      layers.forEach((layer, i) => {
        const box = boxes[i];
        const svg = drawings[storyDrawingKey(layer.dataset.chart ?? "", layer.dataset.state || undefined)];
        if (!box) return;
        if (svg) {
          box.innerHTML = svg;
          hideFromAssistiveTechnology(box);
          box.classList.add("is-wide");
        } else box.style.aspectRatio = "";
        box.classList.remove("is-awaiting-wide");
      }),
    () =>
      boxes.forEach((box) => {
        if (!box) return;
        box.style.aspectRatio = "";
        box.classList.remove("is-awaiting-wide");
      }),
  );
}

/** The sticky graphic repeats what the steps' own figures say to screen readers: it is hidden from them. */
function hideFromAssistiveTechnology(el: Element): void {
  for (const x of [el, ...el.querySelectorAll("[aria-labelledby],[aria-describedby]")]) {
    x.removeAttribute("aria-labelledby");
    x.removeAttribute("aria-describedby");
  }
  el.querySelectorAll("svg").forEach((svg) => svg.setAttribute("aria-hidden", "true"));
  // Nor does it take focus (the chart in the step does, chart-tips.ts) or speak.
  el.querySelectorAll("[tabindex]").forEach((x) => x.removeAttribute("tabindex"));
  el.querySelectorAll(".chart-tip-live, .chart-tip").forEach((x) => x.remove());
}

export function enhanceScrollies(root: Document): void {
  if (typeof IntersectionObserver === "undefined" || window.matchMedia(REDUCED).matches) return;
  // One section per idle slice, so enhancing a long story never blocks input for long.
  const queue = [...root.querySelectorAll<HTMLElement>(".scrolly:not(.is-enhanced)")];
  const idle = (fn: () => void) => ("requestIdleCallback" in window ? requestIdleCallback(fn, { timeout: 500 }) : setTimeout(fn, 1));
  const next = () => {
    const section = queue.shift();
    if (!section) return;
    enhance(section);
    idle(next);
  };
  next();
  // A web font arriving late can wrap a title onto another line: check again that each graphic fits.
  void root.fonts?.ready.then(() => root.querySelectorAll<HTMLElement>(".scrolly.is-enhanced").forEach(fit));
}

/**
 * A graphic taller than the room the sticky layout leaves it would cover the text on a phone,
 * or run off the bottom of a desktop screen: such a section keeps the linear reading, where
 * each step's text comes before its whole chart (the films of Table 7 are a chart 900 px tall
 * on a phone). Returns whether the section stays enhanced.
 */
function fit(section: HTMLElement): boolean {
  const graphic = section.querySelector<HTMLElement>(".scrolly-graphic")!;
  const steps = [...section.querySelectorAll<HTMLElement>(".step")];
  const phone = window.matchMedia(PHONE).matches;
  // What stays on screen above the graphic: on wide screens the site header (Base.astro), and the
  // story's chapter bar once it sticks (chapter-nav.ts); the graphic sits below them, centred in the rest.
  const header = phone ? 0 : (document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0);
  const bar = document.querySelector("[data-chapter-nav].is-enhanced")?.getBoundingClientRect().height ?? 0;
  const above = header + bar;
  // On a phone the text cards pass below the graphic: it may take what the tallest card leaves
  // (the cards sit 6vh above the bottom, Step.astro), and never more than MAX_PHONE_SHARE.
  const card = Math.max(0, ...steps.map((s) => s.querySelector(".step-text")?.getBoundingClientRect().height ?? 0));
  const room = Math.floor(
    phone ? Math.min(window.innerHeight * MAX_PHONE_SHARE, window.innerHeight * 0.94 - card - 16 - above) : window.innerHeight - above,
  );
  const height = Math.ceil(graphic.getBoundingClientRect().height);
  if (height > room) {
    section.classList.remove("is-enhanced");
    section.classList.add("is-linear");
    section.dataset.linear = `graphic ${height} px, room ${room} px`;
    graphic.querySelectorAll(".scrolly-layer").forEach((l) => l.remove());
    return false;
  }
  if (!phone) graphic.style.top = `${Math.round(above + (room - height) / 2)}px`;
  return true;
}

function enhance(section: HTMLElement): void {
  const graphic = section.querySelector<HTMLElement>(".scrolly-graphic");
  const steps = [...section.querySelectorAll<HTMLElement>(".step")];
  if (!graphic || steps.length === 0) return;

  // The sticky graphic shows copies of the steps' charts; the originals stay for screen readers.
  const layers = steps.map((step, i) => {
    const figure = step.querySelector(".step-figure figure");
    const layer = document.createElement("div");
    layer.className = "scrolly-layer";
    layer.dataset.index = String(i);
    layer.dataset.chart = step.dataset.chart ?? "";
    layer.dataset.state = step.dataset.state ?? "";
    if (figure) {
      const copy = figure.cloneNode(true) as HTMLElement;
      // Ids must stay unique on the page, and the copy is hidden from assistive technology.
      for (const el of [copy, ...copy.querySelectorAll("[id]")]) el.removeAttribute("id");
      hideFromAssistiveTechnology(copy);
      layer.append(copy);
    }
    graphic.append(layer);
    return layer;
  });
  section.classList.add("is-enhanced");
  const src = section.dataset.wideSrc;
  // The width from which a chart gets its wide drawing, as Chart.astro's container query has it (in rem: the reader's font size counts).
  const wideFrom = WIDE_FROM_REM * parseFloat(getComputedStyle(document.documentElement).fontSize);
  if (src && graphic.clientWidth >= wideFrom) upgrade(src, layers);

  if (!fit(section)) return;

  let active = -1;
  const activate = (i: number) => {
    if (i === active) return;
    active = i;
    layers.forEach((l, k) => l.classList.toggle("is-active", k === i));
    steps.forEach((s, k) => s.classList.toggle("is-active", k === i));
    section.dataset.activeStep = String(i);
    section.dataset.activeState = steps[i]?.dataset.state ?? "";
  };
  activate(0);

  // A step is active while it crosses a line across the viewport: the middle on wide screens,
  // lower on phones, where the graphic holds the top of the screen.
  const line = window.matchMedia(PHONE).matches ? 70 : 50;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) activate(steps.indexOf(e.target as HTMLElement));
    },
    { rootMargin: `-${line}% 0px -${100 - line}% 0px`, threshold: 0 },
  );
  steps.forEach((s) => observer.observe(s));
}
