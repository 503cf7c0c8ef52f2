/**
 * Copy buttons: shown only when JavaScript runs (without it the text is there to select).
 * Each copies its block's text and announces "Copied" through a live region.
 */
export function enhanceCopyButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    const target = root.getElementById(button.dataset.copy!);
    const status = root.querySelector<HTMLElement>(`[data-copy-status="${button.dataset.copy}"]`);
    if (!target) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = target.textContent ?? "";
      let ok: boolean;
      try {
        await navigator.clipboard.writeText(text);
        ok = true;
      } catch {
        // Older browsers, or no clipboard permission: select the text and use the legacy command.
        const range = document.createRange();
        range.selectNodeContents(target);
        const sel = getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        ok = document.execCommand("copy");
      }
      // The words come from the page, so each edition announces them in its language.
      if (status) status.textContent = (ok ? button.dataset.copied : button.dataset.copyFailed) ?? "";
    });
  }
}
