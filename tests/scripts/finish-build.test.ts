/** What the build does to Astro's output before swapping it in (scripts/lib/finish-build.ts): indentation, the fonts' ranges and cuts. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  checkChineseIsMarked,
  collapseIndentation,
  simplifiedTextOf,
  untaggedChineseOf,
  writeHongKongFont,
  writeSimplifiedFontRanges,
} from "../../scripts/lib/finish-build.ts";
import { CJK_FAMILY, CJK_FONT_RANGE, hkFontFace } from "../../src/graphics/fonts.ts";
import { CJK_UNICODE_RANGE } from "../../src/lib/hk-font.ts";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "finish-build-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
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

describe("Chinese text on English pages is marked as Chinese", () => {
  const en = (body: string) =>
    `<!DOCTYPE html><html lang="en"><head><style>p::after{content:"中"}</style></head><body>${body}</body></html>`;

  it("accepts Chinese inside lang=zh-Hans or zh-HK, in nested elements and attributes, and in SVG text", () => {
    const ok = en(
      '<table><tr><td lang="zh-Hans">长津湖<b>之</b>水门桥</td></tr></table><a lang="zh-HK" aria-label="閱讀版本">繁體<br>中文</a>' +
        '<svg><g lang="zh-Hans"><text x="0">战狼<tspan>2</tspan></text><path d="M0,0"/></g></svg><p>after: Latin only</p>',
    );
    expect(untaggedChineseOf(ok)).toEqual([]);
  });

  it("finds Chinese outside them: text, once the marked element has closed, and a label", () => {
    const bad = en('<p lang="zh-Hans">长津湖</p><p>Wolf Warrior 2 (战狼2)</p><img alt="香港" src="x.png"><div title="x">ok</div>');
    expect(untaggedChineseOf(bad)).toEqual(["Wolf Warrior 2 (战狼2)", 'alt="香港" on <img>']);
  });

  it("leaves the Chinese edition's pages, scripts and styles alone", () => {
    expect(untaggedChineseOf('<html lang="zh-HK"><body><p>香港</p></body></html>')).toEqual([]);
    expect(untaggedChineseOf(en('<script type="application/json">{"t":"香港"}</script>'))).toEqual([]);
  });

  it("fails the build naming the page and the text", () => {
    const d = site({ "ok/index.html": en('<td lang="zh-Hans">长津湖</td>'), "charts/x/index.html": en("<h2>港</h2>") });
    expect(() => checkChineseIsMarked(d)).toThrow(
      /not inside an element marked lang="zh-Hans" or lang="zh-HK"[^]*charts\/x\/index\.html: 港/,
    );
  });
});

describe("the Simplified face's range, page by page", () => {
  const face = `@font-face{font-family:"${CJK_FAMILY}";src:url("/fonts/cjk.woff2") format("woff2");unicode-range:${CJK_FONT_RANGE};}\n`;
  const stacks = `:root{--font-sans:"${CJK_FAMILY}", "Source Sans 3", sans-serif;--font-mono:"HK Sans", "${CJK_FAMILY}", monospace;}`;
  const page = (body: string) =>
    `<html><head><style>${face}@font-face{font-family:"HK Sans";}</style><style>${stacks}</style></head><body>${body}</body></html>`;

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
    expect(none).toContain(':root{--font-sans:"Source Sans 3", sans-serif;--font-mono:"HK Sans", monospace;}');
    expect(titles).toContain(stacks);
  });
});

describe("the Hong Kong face's cuts", () => {
  const page = (scope: "site" | "page", body: string) =>
    `<html><head><style>${hkFontFace("/fonts/", scope)}</style></head><body>${body}</body></html>`;
  const fileOf = (d: string, name: string) => /fonts\/(hk-[0-9a-f]{10}\.woff2)/.exec(readFileSync(join(d, name), "utf8"))?.[1];

  it("one cut for the edition's pages, and each embed its own, shared with its pinned copies", async () => {
    const d = site({
      "story.html": page("site", "<p>香港電影進口</p>"),
      "chart.html": page("site", "<p>日本與內地</p>"),
      "embed-a.html": page("page", "<p>日本</p>"),
      "editions/2026-2/embed-a.html": page("page", "<p>本日年</p>"),
      "embed-b.html": page("page", "<p>內地</p>"),
    });
    const files = await writeHongKongFont(d);
    expect(files).toHaveLength(3);
    const names = ["story", "chart", "embed-a", "editions/2026-2/embed-a", "embed-b"];
    const [story, chart, a, pinned, b] = names.map((n) => fileOf(d, `${n}.html`));
    expect(story).toBeDefined();
    expect(chart).toBe(story);
    expect(pinned).toBe(a);
    expect(new Set([story, a, b]).size).toBe(3);
    expect(statSync(join(d, "fonts", a!)).size).toBeLessThan(statSync(join(d, "fonts", story!)).size);
    for (const n of names) {
      const html = readFileSync(join(d, `${n}.html`), "utf8");
      expect(html, n).not.toMatch(/__HK_FONT_/);
      expect(html, n).toContain(`unicode-range:${CJK_UNICODE_RANGE}`);
    }
  });
});
