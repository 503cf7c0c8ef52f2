/**
 * The story's chapter bar shows where the reader is: it sticks to the top of the screen (CSS, once
 * it has the class is-enhanced) and the link of the chapter in view gets aria-current. Without
 * JavaScript the same bar stays under the headline; the script changes no size, so nothing moves.
 */
const REDUCED = "(prefers-reduced-motion: reduce)";

export function trackChapters(root: Document): void {
  const nav = root.querySelector<HTMLElement>("[data-chapter-nav]");
  const list = nav?.querySelector<HTMLElement>("ol");
  if (!nav || !list) return;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const chapters = links.map((a) => root.getElementById(decodeURIComponent(a.hash.slice(1))));
  // On wide screens the site header sticks too (Base.astro): the bar, and the sticky graphics below
  // it, sit under the header's measured height (--site-header, global.css), which wrapping can change.
  const header = root.querySelector<HTMLElement>(".site-header");
  const underHeader = () => {
    const height = header && getComputedStyle(header).position === "sticky" ? header.getBoundingClientRect().height : 0;
    root.documentElement.style.setProperty("--site-header", `${Math.round(height)}px`);
  };
  underHeader();
  nav.classList.add("is-enhanced");

  // On a phone the bar scrolls sideways: bring a link wholly into it, without moving the page.
  const reveal = (link: HTMLElement, behavior: ScrollBehavior) => {
    const [box, item] = [list.getBoundingClientRect(), link.getBoundingClientRect()];
    const pad = 12;
    const by = item.right > box.right - pad ? item.right - box.right + pad : item.left < box.left + pad ? item.left - box.left - pad : 0;
    if (by) list.scrollTo({ left: list.scrollLeft + by, behavior });
  };
  // The browser scrolls a focused link into the bar only when it is wholly hidden; a cut-off one too.
  nav.addEventListener("focusin", (e) => {
    if (e.target instanceof HTMLAnchorElement) reveal(e.target, "auto");
  });

  let current = -2;
  let queued = false;
  const update = () => {
    queued = false;
    // The chapter in view: the last one whose top has passed a line a third of the way down the screen;
    // none above the first chapter (the reader is still at the headline).
    const line = innerHeight / 3;
    let here = -1;
    chapters.forEach((c, i) => {
      if (c && c.getBoundingClientRect().top <= line) here = i;
    });
    if (here === current) return;
    current = here;
    links.forEach((a, i) => (i === here ? a.setAttribute("aria-current", "true") : a.removeAttribute("aria-current")));
    const link = links[here];
    // A keyboard user tabbing along the bar decides what it shows.
    if (link && !nav.contains(root.activeElement)) reveal(link, matchMedia(REDUCED).matches ? "auto" : "smooth");
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  addEventListener("scroll", schedule, { passive: true });
  addEventListener(
    "resize",
    () => {
      underHeader();
      schedule();
    },
    { passive: true },
  );
  update();
}
