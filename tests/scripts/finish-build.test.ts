/** What the build does to Astro's output before swapping it in (scripts/lib/finish-build.ts): indentation, the Simplified face's range. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { collapseIndentation, simplifiedTextOf, writeSimplifiedFontRanges } from "../../scripts/lib/finish-build.ts";
import { CJK_FAMILY, CJK_FONT_RANGE } from "../../src/graphics/fonts.ts";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "finish-build-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("collapseIndentation", () => {
  it("drops the spaces after a line break, not the line break, and leaves <pre> and <textarea> alone", () => {
    const d = site({
      "a.html": "<ul>\n    <li>a</li>\n\t<li>b</li>\n</ul><pre>\n  keep\n    this</pre><textarea>\n  and this</textarea>\n  x",
      "b.txt": "\n   not html",
    });
    expect(collapseIndentation(d)).toBe(1);
    expect(readFileSync(join(d, "a.html"), "utf8")).toBe(
      "<ul>\n<li>a</li>\n<li>b</li>\n</ul><pre>\n  keep\n    this</pre><textarea>\n  and this</textarea>\nx",
    );
    expect(readFileSync(join(d, "b.txt"), "utf8")).toBe("\n   not html");
  });
});

describe("the Simplified face's range, page by page", () => {
  const face = `@font-face{font-family:"${CJK_FAMILY}";src:url("/fonts/cjk.woff2") format("woff2");unicode-range:${CJK_FONT_RANGE};}\n`;
  const page = (body: string) => `<html><head><style>${face}@font-face{font-family:"HK Sans";}</style></head><body>${body}</body></html>`;

  it("reads the text of elements marked zh-Hans, whatever their tag", () => {
    expect(simplifiedTextOf('<td lang="zh-Hans" class="x">长津湖</td><p>港</p><span class="n" lang="zh-Hans">明日<b>战</b>记</span>')).toBe(
      "长津湖明日战记",
    );
  });

  it("writes the page's own Simplified characters, and drops the face where there are none", () => {
    const d = site({
      "titles.html": page('<p>中文 and <td lang="zh-Hans">长津湖</td></p>'),
      "none.html": page('<p lang="zh-HK">香港</p>'),
    });
    expect(writeSimplifiedFontRanges(d)).toBe(1);
    const titles = readFileSync(join(d, "titles.html"), "utf8");
    expect(titles).toContain("unicode-range:U+6D25, U+6E56, U+957F;}");
    expect(titles).not.toContain(CJK_FONT_RANGE);
    const none = readFileSync(join(d, "none.html"), "utf8");
    expect(none).not.toContain(CJK_FAMILY);
    expect(none).toContain('@font-face{font-family:"HK Sans";}');
  });
});
