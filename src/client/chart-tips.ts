/**
 * Chart readouts for every reader: the value under the pointer or finger, and the same readouts
 * with the keyboard (focus the chart, arrow keys step through the marks, Home and End jump,
 * Escape hides), announced through a live region. The text is the build's: each mark's data-tip
 * (src/charts/render.ts), formatted as the page formats it; nothing is computed here. Without
 * JavaScript the charts are as drawn.
 *
 * Events are delegated from the document, so the copies the scrollytelling makes of a chart
 * (src/client/scrolly.ts) answer the pointer too. Those copies are hidden from assistive
 * technology and never take focus; the keyboard reaches the chart in the step itself, which the
 * sticky layout keeps out of sight, so its readout is shown on the copy the reader sees.
 *
 * The story's drawings come without their readouts' text (an empty data-tip on each mark): it
 * is in the file the story names in data-tips-src (story-tips.json), under each figure's
 * data-tips, fetched once the page has loaded, or at the first pointer or focus on a chart.
 */
const MARK = "[data-tip]";
/** How near (px) the pointer must come to a mark for its readout to show. */
const REACH = 24;

type Svg = SVGSVGElement;

const marksOf = (svg: Element) => [...svg.querySelectorAll<SVGGraphicsElement>(MARK)];
const shown = (el: Element) => el.getBoundingClientRect().width > 0;

let tipsFile: Promise<void> | undefined;

/**
 * Fills the empty readouts of the story's drawings, and of the scrollytelling's copies of them,
 * from the page's tips file; resolves at once on a page without one. A drawing whose marks do not
 * match its entry in number (the copy of a step now showing its wide drawing, which carries its
 * own) is left as it is. A failed fetch is tried again at the next request.
 */
function loadTips(doc: Document): Promise<void> {
  const src = doc.querySelector<HTMLElement>("[data-tips-src]")?.dataset.tipsSrc;
  if (!src) return Promise.resolve();
  tipsFile ??= fetch(src)
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : Promise.reject(new Error(`${src}: ${r.status}`))))
    .then(
      (table) => {
        for (const figure of doc.querySelectorAll<HTMLElement>("figure.chart[data-tips]")) {
          const tips = table[figure.dataset.tips ?? ""];
          if (!tips) continue;
          for (const svg of figure.querySelectorAll(".chart-svg svg")) {
            const marks = marksOf(svg);
            if (marks.length === tips.length) marks.forEach((m, i) => (m.dataset.tip ||= tips[i]!));
          }
        }
      },
      () => {
        tipsFile = undefined;
      },
    );
  return tipsFile;
}

/** The readout of a mark, once its text is known. */
async function tipOf(mark: SVGGraphicsElement): Promise<string> {
  if (!mark.dataset.tip) await loadTips(mark.ownerDocument);
  return mark.dataset.tip ?? "";
}

function tipBox(container: HTMLElement): HTMLElement {
  let tip = container.querySelector<HTMLElement>(":scope > .chart-tip");
  if (!tip) {
    tip = document.createElement("div");
    tip.className = "chart-tip";
    tip.setAttribute("aria-hidden", "true");
    tip.hidden = true;
    container.append(tip);
  }
  return tip;
}

function hide(root: ParentNode): void {
  if (wanted && root.contains(wanted)) wanted = undefined;
  root.querySelectorAll(".is-tipped").forEach((m) => m.classList.remove("is-tipped"));
  root.querySelectorAll<HTMLElement>(".chart-tip:not([hidden])").forEach((t) => (t.hidden = true));
}

/** The mark whose readout was last asked for; a readout whose text arrives late shows only if it still is. */
let wanted: SVGGraphicsElement | undefined;

/** Shows a mark's readout above it, kept inside the chart's box (once its text is there). */
function show(mark: SVGGraphicsElement): void {
  wanted = mark;
  if (!mark.dataset.tip) {
    void tipOf(mark).then((text) => {
      if (text && wanted === mark) show(mark);
    });
    return;
  }
  const container = mark.closest<HTMLElement>(".chart-svg");
  if (!container) return;
  hide(container.closest(".chart") ?? container);
  const tip = tipBox(container);
  tip.textContent = mark.dataset.tip ?? "";
  tip.hidden = false;
  mark.classList.add("is-tipped");
  const box = container.getBoundingClientRect();
  const at = mark.getBoundingClientRect();
  const half = tip.offsetWidth / 2;
  const x = Math.min(Math.max(at.left + at.width / 2 - box.left, half), box.width - half);
  const above = at.top - box.top - tip.offsetHeight - 6;
  tip.style.left = `${x}px`;
  tip.style.top = `${above >= 0 ? above : at.bottom - box.top + 6}px`;
}

/** The mark nearest a point, if one is within reach: distance to its box, 0 inside it. */
function nearest(svg: Element, x: number, y: number): SVGGraphicsElement | undefined {
  let best: SVGGraphicsElement | undefined;
  let bestD = REACH;
  for (const m of marksOf(svg)) {
    const r = m.getBoundingClientRect();
    const d = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    if (d <= bestD) [best, bestD] = [m, d];
  }
  return best;
}

/**
 * Where a chart focused in a step shows its readout: on the sticky copy of that step while the
 * scrollytelling layout hides the step's own chart, else on the chart itself.
 */
function visibleTwin(svg: Svg): Svg {
  const step = svg.closest<HTMLElement>(".scrolly.is-enhanced .step");
  const section = step?.closest(".scrolly");
  if (!step || !section) return svg;
  const index = [...section.querySelectorAll(".step")].indexOf(step);
  const layer = section.querySelector(`.scrolly-layer[data-index="${index}"]`);
  return [...(layer?.querySelectorAll<Svg>(".chart-svg svg") ?? [])].find(shown) ?? svg;
}

/** Steps from mark `i` with a key: along the marks, or (up and down) to the nearest mark of the next series. */
function stepFrom(marks: SVGGraphicsElement[], i: number, key: string): number | undefined {
  const last = marks.length - 1;
  if (key === "Home") return 0;
  if (key === "End") return last;
  if (key === "ArrowRight") return Math.min(i + 1, last);
  if (key === "ArrowLeft") return Math.max(i - 1, 0);
  if (key !== "ArrowUp" && key !== "ArrowDown") return undefined;
  const groups = [...new Set(marks.map((m) => m.parentNode))];
  const g = groups.indexOf(marks[i]!.parentNode);
  const next = groups[g + (key === "ArrowDown" ? 1 : -1)];
  if (groups.length < 2) return key === "ArrowDown" ? Math.min(i + 1, last) : Math.max(i - 1, 0);
  if (!next) return i;
  const cx = (m: Element) => Number(m.getAttribute("cx") ?? m.getAttribute("x") ?? 0);
  let best = i;
  for (let k = 0; k <= last; k++)
    if (
      marks[k]!.parentNode === next &&
      (best === i || Math.abs(cx(marks[k]!) - cx(marks[i]!)) < Math.abs(cx(marks[best]!) - cx(marks[i]!)))
    )
      best = k;
  return best;
}

/** A chart's live region, made on first use: screen readers hear each readout the keys step to. */
function liveRegion(figure: HTMLElement): HTMLElement {
  let live = figure.querySelector<HTMLElement>(":scope > .chart-tip-live");
  if (!live) {
    live = document.createElement("p");
    live.className = "chart-tip-live visually-hidden";
    live.setAttribute("aria-live", "polite");
    figure.append(live);
  }
  return live;
}

export function enhanceChartTips(root: Document): void {
  // Keyboard: charts that are not the scrollytelling's hidden copies take focus.
  for (const svg of root.querySelectorAll<Svg>("figure.chart .chart-svg svg")) {
    if (svg.closest(".scrolly-graphic") || !svg.querySelector(MARK)) continue;
    svg.setAttribute("tabindex", "0");
  }
  const index = new WeakMap<Svg, number>();

  // At most one look-up a frame, and none while the page scrolls under a still pointer: the
  // browser's own moves after a scroll would otherwise measure every mark of a long story.
  let pending: PointerEvent | undefined;
  root.addEventListener("pointermove", (e) => {
    if (e.pointerType === "mouse" && e.movementX === 0 && e.movementY === 0) return;
    if (!pending)
      requestAnimationFrame(() => {
        const ev = pending!;
        pending = undefined;
        const svg = (ev.target as Element).closest?.<Svg>(".chart-svg svg");
        if (!svg) return;
        const mark = nearest(svg, ev.clientX, ev.clientY);
        if (mark?.classList.contains("is-tipped")) return;
        if (mark) show(mark);
        else hide(svg.closest(".chart-svg")!);
      });
    pending = e;
  });
  // A tap shows the nearest readout; a tap elsewhere on the page hides it.
  root.addEventListener("pointerdown", (e) => {
    const svg = (e.target as Element).closest?.<Svg>(".chart-svg svg");
    const mark = svg && nearest(svg, e.clientX, e.clientY);
    if (mark) show(mark);
    else hide(root);
  });
  root.addEventListener("pointerout", (e) => {
    // A finger leaves as it lifts: its readout stays until the next tap.
    if (e.pointerType === "touch") return;
    const from = (e.target as Element).closest?.(".chart-svg");
    if (from && !from.contains(e.relatedTarget as Node) && !from.contains(root.activeElement)) hide(from);
  });

  root.addEventListener("focusin", (e) => {
    const svg = e.target as Svg;
    if (!(svg instanceof SVGSVGElement) || !svg.querySelector(MARK)) return;
    const figure = svg.closest<HTMLElement>("figure.chart");
    if (figure) liveRegion(figure).textContent = figure.dataset.tipHint ?? "";
    // A step's own chart, out of sight in the sticky layout: bring its step to the reading line,
    // so the copy the reader sees is this step's, then ring that copy.
    const step = svg.closest(".scrolly.is-enhanced .step");
    if (step) step.scrollIntoView({ block: "center" });
    requestAnimationFrame(() => visibleTwin(svg).closest(".chart-svg")?.classList.add("has-focus"));
  });
  root.addEventListener("focusout", (e) => {
    const svg = e.target as Svg;
    if (!(svg instanceof SVGSVGElement)) return;
    root.querySelectorAll(".has-focus").forEach((c) => c.classList.remove("has-focus"));
    hide(visibleTwin(svg).closest(".chart") ?? root);
    index.delete(svg);
  });
  root.addEventListener("keydown", (e) => {
    const svg = e.target as Svg;
    if (!(svg instanceof SVGSVGElement) || !svg.querySelector(MARK)) return;
    const twin = visibleTwin(svg);
    if (e.key === "Escape") {
      hide(twin.closest(".chart") ?? root);
      return;
    }
    const marks = marksOf(svg);
    const current = index.get(svg);
    const next =
      current === undefined ? (["ArrowLeft", "ArrowUp", "End"].includes(e.key) ? marks.length - 1 : 0) : stepFrom(marks, current, e.key);
    if (next === undefined) return;
    e.preventDefault();
    index.set(svg, next);
    // The twin is the same chart and state drawn at another width: the same marks in the same order.
    const twinMarks = marksOf(twin);
    show(twinMarks[next] ?? marks[next]!);
    const figure = svg.closest<HTMLElement>("figure.chart");
    const mark = marks[next]!;
    if (figure)
      void tipOf(mark).then((text) => {
        if (index.get(svg) === next) liveRegion(figure).textContent = text;
      });
  });
  // The story's readouts: fetched when the page has loaded and the browser is idle, so they are
  // there before a reader reaches for them; sooner if a reader points at or focuses a chart first.
  const early = (e: Event) => {
    if ((e.target as Element).closest?.("figure.chart[data-tips]")) void loadTips(root);
  };
  root.addEventListener("pointerover", early);
  root.addEventListener("focusin", early);
  const idle = () =>
    "requestIdleCallback" in window ? requestIdleCallback(() => void loadTips(root)) : setTimeout(() => void loadTips(root), 1000);
  if (root.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
}
