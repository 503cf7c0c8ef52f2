/**
 * A sentence that moved from the story to the checks page keeps an empty anchor in the story
 * (inside an element whose data-checks names the page it moved to), so old links still land on
 * the chapter's summary. With JavaScript, the reader is taken on to the sentence itself.
 */
export function followMovedAnchor(root: Document): void {
  const follow = () => {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed fragment names nothing
    }
    const target = id ? root.getElementById(id) : null;
    const moved = target?.childNodes.length === 0 ? target.closest<HTMLElement>("[data-checks]") : null;
    if (moved?.dataset.checks) location.replace(`${moved.dataset.checks}#${encodeURIComponent(id)}`);
  };
  follow();
  addEventListener("hashchange", follow);
}
