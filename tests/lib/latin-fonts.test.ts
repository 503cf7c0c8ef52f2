/** The Latin faces: what a page's cut holds, its unicode-range, and the fallbacks' overrides. */
// harfbuzzjs comes with subset-font; its cmap reader says which characters a font really has.
import { Blob, Face } from "harfbuzzjs";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  LATIN_FACES,
  compactUnicodeRange,
  faceMetrics,
  fallbackFaceCss,
  fallbackOverrides,
  latinCharactersOf,
  latinFace,
  shownText,
  subsetLatinFace,
} from "../../src/lib/latin-fonts.ts";

describe("the characters a page shows", () => {
  it("are its text, its data-* texts and CSS-generated text; not markup, scripts or styles", () => {
    const html =
      `<html><head><title>Ω</title><style>.a::after{content:"▲"} .zz{color:red}</style></head>` +
      `<body><p class="qqq" data-copied="Copied">Hi &amp; “bye”</p><script>var jjj = 1;</script></body></html>`;
    const text = shownText(html);
    for (const s of ["▲", "Copied", "Hi & “bye”"]) expect(text).toContain(s);
    for (const s of ["qqq", "jjj", "zz", "Ω", "class"]) expect(text).not.toContain(s);
  });

  it("leave out CJK and control characters, and add each letter's capital (CSS sets kickers in capitals)", () => {
    expect(latinCharactersOf("figure 1，香港\n\t·é")).toEqual([
      " ",
      "1",
      "E",
      "F",
      "G",
      "I",
      "R",
      "U",
      "e",
      "f",
      "g",
      "i",
      "r",
      "u",
      "·",
      "É",
      "é",
    ]);
  });

  it("become a compact unicode-range", () => {
    expect(compactUnicodeRange([0x41, 0x42, 0x43, 0x20, 0xb7, 0x2013, 0x2014])).toBe("U+20, U+41-43, U+B7, U+2013-2014");
  });
});

describe("a face's cut", () => {
  it("holds exactly the characters asked for that the face has, with the face's family name", async () => {
    const face = latinFace("sans-400");
    const cut = await subsetLatinFace(face, "HK$1.7bn", "sfnt");
    const f = new Face(new Blob(cut));
    expect(Array.from(f.collectUnicodes(), (c) => String.fromCodePoint(c)).sort()).toEqual([..."$.17HKbn"].sort());
    expect(f.getName(1, "en")).toBe("Source Sans 3");
  });

  it("keeps kerning and drops the alternates nobody draws (small caps, old-style figures)", async () => {
    const full = new Face(new Blob(readFileSync(latinFace("sans-400").path())));
    expect(full.getTableFeatureTags("GSUB")).toEqual(expect.arrayContaining(["smcp", "onum"]));
    const cut = new Face(new Blob(await subsetLatinFace(latinFace("sans-400"), "AVATo fi", "sfnt")));
    expect(cut.getTableFeatureTags("GPOS")).toContain("kern");
    expect(cut.getTableFeatureTags("GSUB")).not.toContain("smcp");
    expect(cut.getTableFeatureTags("GSUB")).not.toContain("onum");
  });
});

describe("the fallbacks", () => {
  it("are scaled so the average letter is as wide as the web font's, with its ascent and descent", () => {
    const web = { ascent: 1024, descent: -400, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 418 };
    const arial = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 };
    const o = fallbackOverrides(web, arial);
    const size = 418 / 1000 / (913 / 2048);
    expect(o["size-adjust"]).toBe(`${Math.round(size * 10000) / 100}%`);
    expect(o["ascent-override"]).toBe(`${Math.round((1024 / (1000 * size)) * 10000) / 100}%`);
    expect(o["descent-override"]).toBe(`${Math.round((400 / (1000 * size)) * 10000) / 100}%`);
    expect(o["line-gap-override"]).toBe("0%");
  });

  it("have a face per installed font for every web face, named after the family", async () => {
    const css = await fallbackFaceCss(LATIN_FACES);
    expect(css.match(/@font-face/g)).toHaveLength(LATIN_FACES.length * 3);
    expect(css).toContain('font-family:"Source Sans 3 Arial";src:local("Arial Bold"),local("Arial-BoldMT");font-weight:700');
    expect(css).toContain('font-family:"Source Serif 4 Georgia";src:local("Georgia Italic")');
    for (const face of LATIN_FACES) expect((await faceMetrics(face)).unitsPerEm).toBe(1000);
  });
});
