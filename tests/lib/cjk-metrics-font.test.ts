// harfbuzzjs reads the font as browsers' shapers do: its cmap, advances and extents.
import { readFileSync } from "node:fs";
import { Blob, Face, Font } from "harfbuzzjs";
import { describe, expect, it } from "vitest";
import { CJK_METRICS_RANGES, NOTO_SANS_HK_METRICS, cjkMetricsFont } from "../../src/lib/cjk-metrics-font.ts";
import { notoSansHk } from "../../src/lib/hk-font.ts";

const bytes = cjkMetricsFont("CJK Metrics");
const face = new Face(new Blob(bytes));
const font = new Font(face);

describe("the blank CJK face that holds the Chinese text's place", () => {
  it("maps every code point of its ranges, and nothing else, to one blank glyph an em wide", () => {
    // Every code point (harfbuzz's collectUnicodes does not enumerate format 13 ranges), and the ones just outside.
    let mapped = 0;
    for (const [a, b] of CJK_METRICS_RANGES) {
      for (let c = a; c <= b; c++) if (font.nominalGlyph(c) === 1) mapped++;
      expect(font.nominalGlyph(a - 1) ?? 0, (a - 1).toString(16)).toBe(0);
      expect(font.nominalGlyph(b + 1) ?? 0, (b + 1).toString(16)).toBe(0);
    }
    expect(mapped).toBe(CJK_METRICS_RANGES.reduce((n, [a, b]) => n + b - a + 1, 0));
    for (const c of ["a", "1", " ", "·"]) expect(font.nominalGlyph(c.codePointAt(0)!)).toBeFalsy();
    expect(font.glyphHAdvance(1)).toBe(face.upem);
    expect(font.glyphExtents(1)).toEqual({ xBearing: 0, yBearing: 0, width: 0, height: 0 });
    expect(face.getName(1, "en")).toBe("CJK Metrics");
  });

  it("has Noto Sans HK's vertical metrics and its ideographs' advance, read from the real font", () => {
    const hk = new Font(new Face(new Blob(readFileSync(notoSansHk("Regular")))));
    const { unitsPerEm, ascender, descender, lineGap } = NOTO_SANS_HK_METRICS;
    expect(hk.face.upem).toBe(unitsPerEm);
    expect(hk.hExtents()).toEqual({ ascender, descender, lineGap });
    expect(font.hExtents()).toEqual(hk.hExtents());
    // The text it stands in for: ideographs and full-width punctuation, each one em.
    for (const c of "香港內地電影票房，。、；：「」（）") expect(hk.glyphHAdvance(hk.nominalGlyph(c.codePointAt(0)!)!), c).toBe(unitsPerEm);
  });

  it("is small enough to inline in every Chinese page", () => {
    expect(bytes.length).toBeLessThan(1024);
  });
});
