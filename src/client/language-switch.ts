/**
 * Keeps the reader's place when they switch language: the link to the other edition takes the
 * id of the chapter or step in view (the two editions share their ids). Without JavaScript the
 * link goes to the same page in the other language, from the top.
 */
export function keepPlaceOnSwitch(root: Document): void {
  const link = root.querySelector<HTMLAnchorElement>("a[data-language-switch]");
  if (!link) return;
  const marks = [...root.querySelectorAll<HTMLElement>("[data-place]")];
  const base = link.href.split("#")[0]!;
  let queued = false;
  const update = () => {
    queued = false;
    // The last marked element whose top is above the middle of the screen is where the reader is.
    const middle = innerHeight / 2;
    let here: HTMLElement | undefined;
    for (const m of marks) {
      if (m.getBoundingClientRect().top <= middle) here = m;
      else break;
    }
    link.href = here ? `${base}#${here.id}` : location.hash ? `${base}${location.hash}` : base;
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  addEventListener("scroll", schedule, { passive: true });
  addEventListener("hashchange", schedule);
  update();
}
