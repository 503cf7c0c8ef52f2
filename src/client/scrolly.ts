/**
 * Turns each linear `.scrolly` section into a sticky graphic that follows the step in view.
 * One helper reports which step is active; everything else reacts to that index (the
 * Pudding's pattern). Skipped under prefers-reduced-motion: the linear reading stays.
 */
const REDUCED = "(prefers-reduced-motion: reduce)";
/** On a phone the graphic may take this share of the screen's height; the step cards pass below it. */
export const MAX_PHONE_SHARE = 0.6;

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
  const phone = window.matchMedia("(max-width: 899px)").matches;
  // On wide screens the site header stays on screen (Base.astro): the graphic sits below it, centred in the rest.
  const header = phone ? 0 : (document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0);
  // On a phone the text cards pass below the graphic: it may take what the tallest card leaves
  // (the cards sit 6vh above the bottom, Step.astro), and never more than MAX_PHONE_SHARE.
  const card = Math.max(0, ...steps.map((s) => s.querySelector(".step-text")?.getBoundingClientRect().height ?? 0));
  const room = Math.floor(
    phone ? Math.min(window.innerHeight * MAX_PHONE_SHARE, window.innerHeight * 0.94 - card - 16) : window.innerHeight - header,
  );
  const height = Math.ceil(graphic.getBoundingClientRect().height);
  if (height > room) {
    section.classList.remove("is-enhanced");
    section.classList.add("is-linear");
    section.dataset.linear = `graphic ${height} px, room ${room} px`;
    graphic.querySelectorAll(".scrolly-layer").forEach((l) => l.remove());
    return false;
  }
  if (!phone) graphic.style.top = `${Math.round(header + (room - height) / 2)}px`;
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
      for (const el of [copy, ...copy.querySelectorAll("[aria-labelledby],[aria-describedby]")]) {
        el.removeAttribute("aria-labelledby");
        el.removeAttribute("aria-describedby");
      }
      copy.querySelectorAll("svg").forEach((svg) => svg.setAttribute("aria-hidden", "true"));
      layer.append(copy);
    }
    graphic.append(layer);
    return layer;
  });
  section.classList.add("is-enhanced");

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
  const line = window.matchMedia("(max-width: 899px)").matches ? 70 : 50;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) activate(steps.indexOf(e.target as HTMLElement));
    },
    { rootMargin: `-${line}% 0px -${100 - line}% 0px`, threshold: 0 },
  );
  steps.forEach((s) => observer.observe(s));
}
