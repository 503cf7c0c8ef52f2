import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
// harfbuzzjs comes with subset-font; its cmap reader says which characters a font really has.
import { Blob, Face } from "harfbuzzjs";
import subsetFont from "subset-font";
import { afterAll, describe, expect, it } from "vitest";
import { HK_FONT_FAMILY, cjkCharactersOf, notoSansHk, subsetNotoSansHk, unicodeRange } from "../../src/lib/hk-font.ts";

/** Code points in a font's cmap; WOFF2 is unpacked to sfnt first (harfbuzz reads sfnt only). */
async function codePoints(font: Buffer): Promise<Set<number>> {
  // keepAllGlyphs (subset-font 2.x) unpacks without cutting; the project's declaration of subset-font leaves it out.
  const unpack = { targetFormat: "sfnt", keepAllGlyphs: true } as { targetFormat: "sfnt" };
  const sfnt = font.subarray(0, 4).toString("latin1") === "wOF2" ? await subsetFont(font, "", unpack) : font;
  return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

const HAN = /\p{Script=Han}/u;
// Hong Kong characters, and the Hong Kong forms OpenCC writes, from the edition's titles and terms.
const TEXT = "阿媽有咗第二個緣路山旮旯失衡凶間無綫電視翡翠台羣峯衞着內地票房港元億萬創意香港電影發展基金";

const temp = mkdtempSync(join(tmpdir(), "hk-font-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the Noto Sans HK files", () => {
  it("are full TrueType fonts of the family, Regular and Bold", () => {
    for (const weight of ["Regular", "Bold"] as const) {
      const path = notoSansHk(weight);
      expect(existsSync(path), path).toBe(true);
      const bytes = readFileSync(path);
      expect(bytes.readUInt32BE(0)).toBe(0x00010000);
      const face = new Face(new Blob(bytes));
      expect(face.getName(1, "en")).toBe(HK_FONT_FAMILY);
      expect(face.getName(2, "en")).toBe(weight);
      expect(face.collectUnicodes().length).toBeGreaterThan(20_000);
    }
  });
});

describe("subsetNotoSansHk", () => {
  it("gives WOFF2 holding exactly the characters asked for", async () => {
    const woff2 = await subsetNotoSansHk(TEXT);
    expect(woff2.subarray(0, 4).toString("latin1")).toBe("wOF2");
    const cmap = await codePoints(woff2);
    const asked = new Set([...TEXT].map((c) => c.codePointAt(0)!));
    for (const cp of asked) expect(cmap.has(cp), String.fromCodePoint(cp)).toBe(true);
    expect([...cmap].filter((cp) => HAN.test(String.fromCodePoint(cp))).length).toBe(asked.size);
    expect(cmap.has("龍".codePointAt(0)!)).toBe(false);
    expect(woff2.length).toBeLessThan(30_000);
  });

  it("cuts Bold as well, to different glyphs", async () => {
    const regular = await subsetNotoSansHk("港元");
    const bold = await subsetNotoSansHk("港元", { weight: "Bold" });
    expect(await codePoints(bold)).toEqual(await codePoints(regular));
    expect(Buffer.compare(bold, regular)).not.toBe(0);
  });

  it("gives TrueType for resvg, which draws the text as the full font does", async () => {
    const sfnt = await subsetNotoSansHk(TEXT + "0123456789.", { format: "sfnt" });
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const subsetFile = join(temp, "subset.ttf");
    writeFileSync(subsetFile, sfnt);
    const woff2File = join(temp, "subset.woff2");
    writeFileSync(woff2File, await subsetNotoSansHk(TEXT + "0123456789."));

    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="60"><rect width="100%" height="100%" fill="#fff"/><text x="8" y="42" font-size="28" font-family="${HK_FONT_FAMILY}">${TEXT} 17.7億港元</text></svg>`;
    const render = (fontFiles: string[]) =>
      Buffer.from(new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: HK_FONT_FAMILY } }).render().pixels);
    const full = render([notoSansHk()]);
    const none = render([]);
    expect(Buffer.compare(render([subsetFile]), full)).toBe(0);
    expect(Buffer.compare(none, full)).not.toBe(0);
    // resvg cannot read WOFF2: images need the sfnt subset.
    expect(Buffer.compare(render([woff2File]), none)).toBe(0);
  });

  it("takes each character once however often it is given", async () => {
    expect(Buffer.compare(await subsetNotoSansHk("港港元元港"), await subsetNotoSansHk("港元"))).toBe(0);
  });
});

describe("helpers", () => {
  it("collects the distinct CJK characters of a text, in code point order, leaving out Latin and the middle dot", () => {
    expect(cjkCharactersOf("《童話·世界》 Fantasy World，2022年")).toEqual(["《", "》", "世", "年", "界", "童", "話", "，"]);
    expect(cjkCharactersOf("𨋢𨋢")).toEqual(["𨋢"]);
    expect(cjkCharactersOf("Hong Kong")).toEqual([]);
  });

  it("writes a unicode-range", () => {
    expect(unicodeRange(["港", "元", "港"])).toBe("U+6E2F, U+5143");
    expect(unicodeRange("𨋢")).toBe("U+282E2");
  });
});
