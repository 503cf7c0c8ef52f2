/**
 * The images a graphic's page offers for download, in each edition: the standalone SVG (title,
 * subtitle, the graphic, source, credit), the 1200x630 card, the PNG made from them, and the
 * line wrapping their titles go through. Until now only the end-to-end build drew them.
 */
import { Resvg } from "@resvg/resvg-js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardSvg, exportText, standaloneSvg, toPng, wrapText } from "../../src/graphics/export-image.ts";
import { graphicLabel, pinnedUrls } from "../../src/graphics/embed-code.ts";
import { messagesFor } from "../../src/lib/messages.ts";
import { checkEditions } from "../../src/data/editions.ts";
import { ROOT } from "../charts/helpers.ts";
import { GRAPHICS, type Graphic } from "../../src/graphics/registry.ts";
import { wordsFor } from "../../src/data/words.ts";
import { LOCALES, type Locale } from "../../src/lib/i18n.ts";
import { IMAGE_WIDTH, SITE_NAME } from "../../src/site.ts";
import { HOSTILE_TITLE, SITE, ems, parseSvg, siteData, squeeze, withHostileTitle, type SvgElement } from "./helpers.ts";

const HAN = /\p{Script=Han}/u;
const PAD = 20; // the standalone image's margin
const CARD = { width: 1200, height: 630, margin: 48 };
const cases = LOCALES.flatMap((locale) => GRAPHICS.map((g) => [`${g.id} (${locale})`, g, locale] as const));
const data = siteData();

/** The data edition the real data are: images name it and link to the page pinned to it. */
const ED = checkEditions(ROOT, { load: false }).latest!.name;

/** The export of `g` as its page serves it: the text for the page pinned to the data's edition. */
function exported(g: Graphic, locale: Locale) {
  const text = exportText(g, pinnedUrls(g.id, ED, SITE, locale).page, locale, data, ED);
  return { text, standalone: standaloneSvg(g, data, text, locale), card: cardSvg(g, data, text, locale) };
}

/** Parses as XML twice: linkedom (lenient) for the tree, resvg (strict, what the PNG is made with) for well-formedness. */
function parseStrict(svg: string): SvgElement {
  expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
  const root = parseSvg(svg);
  expect(root.tagName.toLowerCase()).toBe("svg");
  return root;
}

interface Line {
  text: string;
  size: number;
  y: number;
}

/** The root's own <text> lines, by font size, and its nested <svg> (the graphic). */
function layout(root: SvgElement): { lines: Line[]; inner: SvgElement; order: (Line | SvgElement)[] } {
  const kids = Array.from(root.children);
  const order = kids
    .filter((k) => ["text", "svg"].includes(k.tagName.toLowerCase()))
    .map((k) =>
      k.tagName.toLowerCase() === "svg"
        ? k
        : { text: k.textContent, size: Number(k.getAttribute("font-size")), y: Number(k.getAttribute("y")) },
    );
  const inner = kids.filter((k) => k.tagName.toLowerCase() === "svg");
  expect(inner).toHaveLength(1);
  return { lines: order.filter((o): o is Line => "size" in o), inner: inner[0]!, order };
}

const ofSize = (lines: Line[], size: number) => lines.filter((l) => l.size === size);
const num = (el: SvgElement, name: string) => Number(el.getAttribute(name));
/** Vertical extent: a text line from its ascent (1 em above the baseline) to its descent (0.3 em below). */
const extent = (o: Line | SvgElement): [number, number] =>
  "size" in o ? [o.y - o.size, o.y + 0.3 * o.size] : [num(o, "y"), num(o, "y") + num(o, "height")];

/** "subtitle, period" as the chart page prints it (src/components/Chart.astro). */
function subtitleWithPeriod(g: Graphic, locale: Locale): string {
  const period = g.period?.(g.rows(data) as never[], wordsFor(data, locale));
  return g.subtitle[locale] + (period ? `${locale === "en" ? ", " : "，"}${period}` : "");
}

describe("the standalone SVG", () => {
  it.each(cases)("%s: is well-formed XML of width 720 (a table as wide as its grid) and a height that fits it", (_n, g, locale) => {
    const { standalone } = exported(g, locale);
    const root = parseStrict(standalone.svg);
    const { width, height } = standalone;
    expect(root.getAttribute("width")).toBe(String(width));
    expect(root.getAttribute("height")).toBe(String(height));
    expect(root.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
    const { inner, order } = layout(root);
    if (g.kind === "chart") expect(width).toBe(IMAGE_WIDTH);
    else {
      // A table's grid may need more than 720 px; then the image is exactly as wide as the grid and its margins.
      expect(width).toBeGreaterThanOrEqual(IMAGE_WIDTH);
      if (width > IMAGE_WIDTH) expect(num(inner, "width") + 2 * PAD).toBe(width);
    }
    expect(num(inner, "x")).toBe(PAD);
    expect(num(inner, "x") + num(inner, "width")).toBeLessThanOrEqual(width - PAD);
    // Top to bottom: no two pieces overlap, all inside the image, and no more than a margin left below.
    let bottom = 0;
    for (const o of order) {
      const [top, end] = extent(o);
      const what = "size" in o ? `“${o.text}”` : "the graphic";
      expect(top, `${what} starts above what comes before it`).toBeGreaterThanOrEqual(bottom - 0.5);
      bottom = end;
    }
    expect(bottom).toBeLessThanOrEqual(height);
    expect(height - bottom).toBeLessThanOrEqual(2 * PAD);
  });

  it.each(cases)("%s: has the edition's title, subtitle, source and credit, each line within the width", (_n, g, locale) => {
    const { standalone, text } = exported(g, locale);
    const root = parseStrict(standalone.svg);
    const { lines } = layout(root);
    const page = pinnedUrls(g.id, ED, SITE, locale).page;
    expect(root.querySelector("title")?.textContent).toBe(graphicLabel(g, locale));
    expect(ofSize(lines, 12).map((l) => l.text)).toEqual([g.paperRef[locale].toUpperCase()]);
    expect(
      squeeze(
        ofSize(lines, 19)
          .map((l) => l.text)
          .join(""),
      ),
    ).toBe(squeeze(g.title[locale]));
    expect(
      squeeze(
        ofSize(lines, 13)
          .map((l) => l.text)
          .join(""),
      ),
    ).toBe(squeeze(text.subtitle));
    expect(text.subtitle.startsWith(g.subtitle[locale])).toBe(true);
    const small = ofSize(lines, 11);
    // The source, then the credit, which names the data edition the image is drawn from and links to the page pinned to it.
    const credit = `${SITE_NAME[locale]} · ${locale === "en" ? "Data edition " : "數據版本"}${ED} · ${page}`;
    expect(squeeze(small.map((l) => l.text).join(""))).toBe(squeeze(g.source[locale]) + squeeze(credit));
    expect(small.at(-1)?.text.endsWith(page)).toBe(true);
    expect(small.some((l) => l.text.startsWith(SITE_NAME[locale]))).toBe(true);
    if (locale === "zh-hk") for (const t of [g.title, g.subtitle, g.source]) expect(t[locale]).toMatch(HAN);
    for (const l of lines) expect(ems(l.text) * l.size, `“${l.text}” at ${l.size} px`).toBeLessThanOrEqual(standalone.width - 2 * PAD);
  });

  it.each(cases.filter(([, g]) => g.period))("%s: prints the period after the subtitle, as the chart's page does", (_n, g, locale) => {
    const { standalone } = exported(g, locale);
    const sub = ofSize(layout(parseSvg(standalone.svg)).lines, 13);
    expect(squeeze(sub.map((l) => l.text).join(""))).toBe(squeeze(subtitleWithPeriod(g, locale)));
  });

  it.each(LOCALES)("a correction's notice is drawn last, wrapped within the width, bold in the accent colour (%s)", (locale) => {
    const g = GRAPHICS.find((x) => x.datasets.includes("trade-imports"))!;
    const url = `https://example.org/${locale === "en" ? "" : "zh-hk/"}corrections/#correction-2099-2`;
    const notice = messagesFor(locale).correctedImage(locale === "en" ? "15 Feb 2099" : "2099年2月15日", "2099-2", url);
    const page = pinnedUrls(g.id, ED, SITE, locale).page;
    const plain = standaloneSvg(g, data, exportText(g, page, locale, data, ED), locale);
    const marked = standaloneSvg(g, data, exportText(g, page, locale, data, ED, `${notice} ${notice}`), locale);
    const root = parseStrict(marked.svg);
    const { order } = layout(root);
    const texts = Array.from(root.children).filter((k) => k.tagName.toLowerCase() === "text");
    const last = texts.filter((t) => t.getAttribute("fill") === "#a4262c" && t.getAttribute("font-weight") === "700").slice(1);
    // Twice the notice: more than a line, so it wraps; every line within the image, after everything else.
    expect(last.length).toBeGreaterThan(1);
    expect(squeeze(last.map((t) => t.textContent).join(""))).toBe(squeeze(`${notice} ${notice}`));
    for (const t of last) expect(ems(t.textContent) * 12).toBeLessThanOrEqual(marked.width - 2 * PAD);
    expect(order.slice(-last.length).map((o) => ("text" in o ? o.text : ""))).toEqual(last.map((t) => t.textContent));
    expect(marked.height).toBeGreaterThan(plain.height);
    expect(extent(order.at(-1)!)[1]).toBeLessThanOrEqual(marked.height);
  });

  it.each(LOCALES)("escapes a title with &, quotes and a tag (%s)", (locale) => {
    for (const g of [GRAPHICS.find((x) => x.kind === "chart")!, GRAPHICS.find((x) => x.kind === "table")!]) {
      const hostile = withHostileTitle(g);
      const { standalone, card } = exported(hostile, locale);
      for (const svg of [standalone.svg, card]) {
        const root = parseStrict(svg);
        expect(root.querySelectorAll("b")).toHaveLength(0);
        const title = Array.from(root.children).filter(
          (k) => k.tagName.toLowerCase() === "text" && ["19", "34"].includes(k.getAttribute("font-size")!),
        );
        expect(squeeze(title.map((t) => t.textContent).join(""))).toBe(squeeze(HOSTILE_TITLE[locale]));
      }
      expect(parseSvg(standalone.svg).querySelector("title")?.textContent).toBe(graphicLabel(hostile, locale));
    }
  });
});

describe("the card", () => {
  it.each(cases)(
    "%s: is well-formed XML, 1200x630, with the kicker, the whole title, the graphic and the source inside it",
    (_n, g, locale) => {
      const { card } = exported(g, locale);
      const root = parseStrict(card);
      expect([root.getAttribute("width"), root.getAttribute("height"), root.getAttribute("viewBox")]).toEqual([
        String(CARD.width),
        String(CARD.height),
        `0 0 ${CARD.width} ${CARD.height}`,
      ]);
      const { lines, inner } = layout(root);
      expect(ofSize(lines, 20).map((l) => l.text)).toEqual([`${g.paperRef[locale].toUpperCase()} · ${SITE_NAME[locale].toUpperCase()}`]);
      const title = ofSize(lines, 34).map((l) => l.text);
      // The whole title, or a cut the reader can see.
      if (squeeze(title.join("")) !== squeeze(g.title[locale]))
        expect(title.at(-1), `title cut silently: ${title.join(" / ")}`).toMatch(/…$/);
      const source = ofSize(lines, 16).map((l) => l.text);
      // One or two lines: the whole source, or its beginning with a visible cut.
      expect(source.length).toBeGreaterThanOrEqual(1);
      expect(source.length).toBeLessThanOrEqual(2);
      if (squeeze(source.join("")) !== squeeze(g.source[locale])) {
        expect(source.at(-1)).toMatch(/…$/);
        expect(squeeze(g.source[locale]).startsWith(squeeze(source.join("")).slice(0, -1))).toBe(true);
      }
      const inside = CARD.width - 2 * CARD.margin;
      for (const l of lines) expect(ems(l.text) * l.size, `“${l.text}” at ${l.size} px is wider than the card`).toBeLessThanOrEqual(inside);
      // The graphic sits between the title and the source, inside the margins.
      const [top, bottom] = extent(inner);
      expect(num(inner, "x")).toBe(CARD.margin);
      expect(num(inner, "x") + num(inner, "width")).toBeLessThanOrEqual(CARD.width - CARD.margin);
      expect(top).toBeGreaterThanOrEqual(Math.max(...ofSize(lines, 34).map((l) => extent(l)[1])));
      expect(bottom).toBeLessThanOrEqual(extent(ofSize(lines, 16)[0]!)[0]);
    },
  );
});

describe("toPng", () => {
  const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  /** Width and height from the IHDR chunk, which must come first. */
  function ihdr(png: Buffer): [number, number] {
    expect(png.subarray(0, 8).equals(SIGNATURE), "PNG signature").toBe(true);
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  }
  // One chart and one table per edition: every graphic goes through the same two calls.
  const some = LOCALES.flatMap((locale) =>
    (["chart", "table"] as const).map((kind) => {
      const g = GRAPHICS.find((x) => x.kind === kind)!;
      return [`${g.id} (${locale})`, g, locale] as const;
    }),
  );

  it.each(some)("%s: the download is a PNG at twice the SVG's size, the card one of 1200x630", async (_n, g, locale) => {
    const { standalone, card } = exported(g, locale);
    expect(ihdr(await toPng(standalone.svg, data, locale, 2))).toEqual([2 * standalone.width, 2 * standalone.height]);
    expect(ihdr(await toPng(card, data, locale))).toEqual([CARD.width, CARD.height]);
  });
});

describe("wrapText", () => {
  const CLOSERS = "。，、」』）》〉；：！？";
  const OPENERS = "「『（《〈";
  const near = (a: number, b: number) => a <= b + 1e-9;

  /** What every wrap must keep: width, every character in order, no line starting with a closer or ending on an opener. */
  function expectGoodWrap(text: string, size: number, width: number): string[] {
    const lines = wrapText(text, size, width);
    const shown = JSON.stringify(lines);
    for (const l of lines) {
      expect(near(ems(l) * size, width), `${JSON.stringify(l)} is ${ems(l) * size} px wide, more than ${width}: ${shown}`).toBe(true);
      expect(l, `blank or untrimmed line in ${shown}`).toMatch(/^\S(.*\S)?$/u);
    }
    expect(squeeze(lines.join("")), shown).toBe(squeeze(text));
    lines.slice(1).forEach((l) => expect(CLOSERS.includes(l[0]!), `a line starts with “${l[0]}”: ${shown}`).toBe(false));
    lines.slice(0, -1).forEach((l) => expect(OPENERS.includes(l.at(-1)!), `a line ends with “${l.at(-1)}”: ${shown}`).toBe(false));
    return lines;
  }

  it("breaks Chinese between characters, filling each line", () => {
    const text = "香港電影票房內地日本台灣".repeat(4); // 48 characters
    const lines = expectGoodWrap(text, 20, 12 * 20);
    expect(lines.map((l) => [...l].length)).toEqual([12, 12, 12, 12]);
    expect(expectGoodWrap(text, 20, 10 * 20 + 5).map((l) => [...l].length)).toEqual([10, 10, 10, 10, 8]);
  });

  it("breaks Latin text at spaces only", () => {
    const lines = expectGoodWrap("Top Five Source Regions of Hong Kong's Imported Film and TV-related Creative Products", 19, 300);
    const words = "Top Five Source Regions of Hong Kong's Imported Film and TV-related Creative Products".split(" ");
    expect(lines.join(" ").split(" ")).toEqual(words);
  });

  it("keeps closing punctuation with the character before it, even after Latin text or digits", () => {
    // Each is cut where a closer would start the next line: "35.9%" / "。其後", "Table 1" / "）".
    expectGoodWrap("內地的佔比為35.9%。其後下跌", 10, 60);
    expectGoodWrap("香港電影Table 1）", 10, 79.5);
  });

  it("moves an opening quotation mark to the next line rather than overflowing with it", () => {
    expectGoodWrap("一二三「四五」", 10, 40);
    expectGoodWrap("論文指出：「內地劇集的平均收視已跌至20點以下」", 10, 10 * 6);
  });

  it("keeps its rules for any mix of Chinese, Latin words, digits and punctuation", () => {
    const token = fc.oneof(
      fc.constantFrom(..."香港電影票房內地日本台灣創意"),
      fc.tuple(fc.constantFrom(..."香港電影票房"), fc.constantFrom(..."。，、」")).map(([a, b]) => a + b),
      fc.constant("「"),
      fc.stringMatching(/^[A-Za-z0-9.%]{1,6} $/),
      fc.tuple(fc.stringMatching(/^[A-Za-z0-9]{1,6}$/), fc.constantFrom(..."。，、」")).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 8, max: 34 }),
        fc.integer({ min: 10, max: 40 }),
        (tokens, size, limit) => {
          const text = tokens.join("").trim();
          fc.pre(text.length > 0);
          expectGoodWrap(text, size, size * limit);
        },
      ),
    );
  });

  it.each(cases)("%s: the title, subtitle and source fit the standalone image", (_n, g, locale) => {
    const max = IMAGE_WIDTH - 2 * PAD;
    expectGoodWrap(g.title[locale], 19, max);
    expectGoodWrap(g.subtitle[locale], 13, max);
    expectGoodWrap(g.source[locale], 11, max);
  });
});
