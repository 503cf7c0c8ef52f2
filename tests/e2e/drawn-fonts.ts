/** Which fonts Chromium drew an element's text with (CSS.getPlatformFontsForNode), for the font tests. */
import type { Page } from "playwright-core";

/** The families that drew the text of the first element matching `selector`. */
export async function familiesDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = (await cdp.send("DOM.getDocument", { depth: 0 })) as { root: { nodeId: number } };
  const { nodeId } = (await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector })) as { nodeId: number };
  const { fonts } = (await cdp.send("CSS.getPlatformFontsForNode", { nodeId })) as { fonts: { familyName: string }[] };
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}
