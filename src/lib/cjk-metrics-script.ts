/**
 * The one inline script of the site, on Chinese pages only, and the hash the Content-Security-Policy
 * allows it by (src/lib/http-headers.ts). It installs the blank face (src/lib/cjk-metrics-font.ts)
 * before the page is first laid out.
 *
 * Why a script: the face is a data: URL in the page's CSS, but a CSS font is loaded only once the
 * first layout asks for it, and Chromium paints that first layout before it has decoded even a
 * data: URL. On a device with no Chinese font the first paint showed missing-glyph boxes of another
 * width, and the page moved when the face was decoded a few milliseconds later (Lighthouse, which
 * loads unthrottled: CLS 0.24 on /zh-hk/, 0.075 on a Chinese embed). A FontFace made from bytes is
 * ready at once. The script reads the bytes and the range from the CSS rule (no second copy) and
 * runs in <head>, after the <style> that holds the rule. Without JavaScript the CSS rule alone does
 * the same a moment later.
 *
 * It then adds the Hong Kong face's own @font-face, kept in a <noscript> (HK_FACE_ID) that serves
 * readers without JavaScript as it is, once the page has been drawn. The text is drawn blank until
 * the face arrives either way; what changes is that the face's request starts after the first
 * paint, not with it. Lighthouse counts a font that arrives before the first paint as blocking it:
 * on localhost the edition's 141 kB face often did, and its simulated slow network then put the
 * story's first paint at 2.3 s instead of 1.1 s (performance 96, in two runs of three).
 * A leaf: a string and its hash.
 */
import { createHash } from "node:crypto";

/** The blank face's family name, in the CSS rule and in the Chinese font stacks. */
export const CJK_METRICS_FAMILY = "CJK Metrics";

/** The <noscript> that holds the Hong Kong face's @font-face. */
export const HK_FACE_ID = "hk-face";

export const CJK_METRICS_SCRIPT =
  "try{for(const s of document.styleSheets)for(const r of s.cssRules)" +
  `if(r instanceof CSSFontFaceRule&&r.style.getPropertyValue("font-family").replace(/"/g,"")==="${CJK_METRICS_FAMILY}"){` +
  'const b=/base64,([\\w+/=]+)/.exec(r.style.getPropertyValue("src"));' +
  `if(b)document.fonts.add(new FontFace("${CJK_METRICS_FAMILY}",Uint8Array.from(atob(b[1]),(c)=>c.charCodeAt(0)),` +
  '{unicodeRange:r.style.getPropertyValue("unicode-range")}))}}catch(e){}' +
  // After the first paint: the frame's callback runs before it, the task it queues after.
  "requestAnimationFrame(()=>setTimeout(()=>{" +
  `const n=document.getElementById("${HK_FACE_ID}");if(n){const s=document.createElement("style");` +
  's.textContent=n.textContent.replace(/<[^>]*>/g,"");document.head.append(s)}}))';

/** The CSP source that allows exactly this script ('sha256-…' of its UTF-8 text). */
export const CJK_METRICS_SCRIPT_HASH = `'sha256-${createHash("sha256").update(CJK_METRICS_SCRIPT, "utf8").digest("base64")}'`;
