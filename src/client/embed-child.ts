/**
 * Runs inside an embed. It sends the host page its height, and nothing else, in two formats:
 * our own ({type: "screens-embed:height"}) for public/embed.js, pym.js's string protocol
 * ("pymxPYMx<childId>xPYMxheightxPYMx<px>") for newsrooms that already use pym.js, and AMP's
 * embed-size message for <amp-iframe resizable>. It reads
 * only its own URL (?theme=, and ?childId= set by pym's parent), never the host page.
 */
const OWN = "screens-embed:height";

export function startEmbedChild(): void {
  const params = new URLSearchParams(location.search);
  const theme = params.get("theme");
  if (theme === "dark") document.documentElement.dataset.theme = "dark";
  else if (theme === "auto") delete document.documentElement.dataset.theme;

  if (window.parent === window) return;
  const childId = params.get("childId");
  const root = document.querySelector<HTMLElement>("[data-embed-root]") ?? document.body;
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage({ type: OWN, height }, "*");
    // AMP's <amp-iframe resizable> listens for this shape.
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
    if (childId) window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, "*");
  };
  new ResizeObserver(() => send()).observe(root);
  window.addEventListener("load", () => send(true));
  // The host may ask again (its script loaded after us, or pym's parent sent our new width).
  window.addEventListener("message", (e) => {
    if (e.source !== window.parent) return;
    const ask =
      (typeof e.data === "object" && e.data?.type === "screens-embed:ping") ||
      (typeof e.data === "string" && childId !== null && e.data.startsWith(`pymxPYMx${childId}xPYMxwidth`));
    if (ask) send(true);
  });
  send(true);
}
