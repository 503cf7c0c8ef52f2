/**
 * No missing glyph in an exported image: every character drawn in every standalone SVG and card
 * of an edition is in the cmap of one of the font files its PNGs are rendered with
 * (exportFonts: subsets of Noto Sans SC, and for Chinese of Noto Sans HK too). resvg draws a
 * character no font has as nothing at all, so a gap in a PNG would otherwise go unseen.
 */
import { readFileSync } from "node:fs";
// harfbuzzjs comes with subset-font; its cmap reader says which characters a font really has (as in tests/lib/hk-font.test.ts).
import { Blob, Face } from "harfbuzzjs";
import { beforeAll, describe, expect, it } from "vitest";
import { cardSvg, exportFonts, exportText, standaloneSvg, thumbSvg } from "../../src/graphics/export-image.ts";
import { pinnedUrls } from "../../src/graphics/embed-code.ts";
import { checkEditions } from "../../src/data/editions.ts";
import { ROOT } from "../charts/helpers.ts";
import { GRAPHICS } from "../../src/graphics/registry.ts";
import { LOCALES, type Locale } from "../../src/lib/i18n.ts";
import { SITE, parseSvg, siteData } from "./helpers.ts";

const data = siteData();
/** The data edition the real data are: every image's credit names it. */
const ED = checkEditions(ROOT, { load: false }).latest!.name;

/** The code points in a font file's cmap (the files are sfnt: OpenType CFF or TrueType). */
function cmap(file: string): Set<number> {
  return new Set(new Face(new Blob(readFileSync(file))).collectUnicodes());
}

/** Every character drawn in an SVG: the text of its <text> elements, nested graphic included (not <title>/<desc>, which are not drawn). */
function drawnCharacters(svg: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of parseSvg(svg).querySelectorAll("text"))
    for (const ch of t.textContent) if (!/\s/u.test(ch) && !out.has(ch)) out.set(ch, t.textContent);
  return out;
}

/** The characters of `chars` no font covers, each with a line it is drawn in. */
function uncovered(chars: Map<string, string>, fonts: Set<number>[]): string[] {
  return [...chars]
    .filter(([ch]) => !fonts.some((f) => f.has(ch.codePointAt(0)!)))
    .map(([ch, line]) => `“${ch}” U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} in “${line}”`);
}

describe("the English images", () => {
  it("name Source Sans 3 first, the family the page sets its charts in, and the files give it that name", async () => {
    const g = GRAPHICS.find((x) => x.kind === "chart")!;
    const { svg } = standaloneSvg(g, data, exportText(g, pinnedUrls(g.id, ED, SITE, "en").page, "en", data, ED), "en");
    expect(/font-family="'([^']+)'/.exec(svg)?.[1]).toBe("Source Sans 3");
    const sans = (await exportFonts(data, "en")).find((f) => f.endsWith("SourceSans3_400Regular.ttf"))!;
    expect(new Face(new Blob(readFileSync(sans))).getName(1, "en")).toBe("Source Sans 3");
  });
});

describe.each(LOCALES)("the %s images", (locale: Locale) => {
  let files: string[] = [];
  let fonts: Set<number>[] = [];
  beforeAll(async () => {
    files = await exportFonts(data, locale);
    fonts = files.map(cmap);
  }, 60_000);

  it("are rendered with the site's fonts: Source Sans 3 as on the page, Noto Sans SC, and Noto Sans HK for Chinese", () => {
    const names = files.map((f) => f.split(/[\\/]/).at(-1));
    expect(names).toEqual(
      expect.arrayContaining(["SourceSans3_400Regular.ttf", "SourceSans3_700Bold.ttf", "SourceSans3_400Regular_Italic.ttf"]),
    );
    expect(names).toEqual(expect.arrayContaining(["NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"]));
    if (locale === "zh-hk") expect(names).toEqual(expect.arrayContaining(["NotoSansHK-Regular.ttf", "NotoSansHK-Bold.ttf"]));
    for (const f of fonts) expect(f.size).toBeGreaterThan(0);
  });

  it.each(GRAPHICS.map((g) => [g.id, g] as const))(
    "%s: every character of the SVG, the card and the thumbnail is in one of the fonts",
    (_id, g) => {
      const text = exportText(g, pinnedUrls(g.id, ED, SITE, locale).page, locale, data, ED);
      for (const [which, svg] of [
        ["standalone SVG", standaloneSvg(g, data, text, locale).svg],
        ["card", cardSvg(g, data, text, locale)],
        ["thumbnail", thumbSvg(g, data, locale)],
      ] as const) {
        const chars = drawnCharacters(svg);
        expect(chars.size, which).toBeGreaterThan(0);
        expect(uncovered(chars, fonts), `${which}: characters no font file has`).toEqual([]);
      }
    },
  );

  it("a correction's notice, with words no graphic has, gets fonts that cover them too", async () => {
    const g = GRAPHICS[0]!;
    // 鑊 is in no graphic, no datum and no interface text: the edition's fonts lack it.
    const notice = locale === "en" ? "Corrected: the wok (鑊) was mistyped." : "已更正：鑊字打錯了。";
    const text = exportText(g, pinnedUrls(g.id, ED, SITE, locale).page, locale, data, ED, notice);
    const svg = standaloneSvg(g, data, text, locale).svg;
    expect(uncovered(new Map([["鑊", notice]]), fonts)).toHaveLength(1);
    const covering = (await exportFonts(data, locale, svg)).map(cmap);
    expect(uncovered(drawnCharacters(svg), covering), "characters no font file has").toEqual([]);
  });

  it("the check catches a character that no font file has", () => {
    // Characters the images never draw are cut out of the subsets, so the check must report them.
    const chars = new Map([
      ["龘", "龘"],
      ["A", "A"],
    ]);
    expect(uncovered(chars, fonts)).toEqual([expect.stringContaining("U+9F98")]);
  });
});
