/**
 * Which chapter shows each graphic (src/graphics/chapters.ts), read from the real chapters of
 * both editions, and the rules on made-up ones: first chapter wins, order of first appearance,
 * unknown ids ignored, graphics no chapter shows reported.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chapterOf, chapterSlug, graphicIdsIn, graphicsByChapter } from "../../src/graphics/chapters.ts";
import { GRAPHICS } from "../../src/graphics/registry.ts";
import { LOCALES, type Locale } from "../../src/lib/i18n.ts";
import { ROOT } from "../charts/helpers.ts";

/** The chapters of an edition as the views get them: content id "<locale>/<file>" and the MDX source. */
function chapters(locale: Locale) {
  const dir = join(ROOT, "src/content/story", locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => ({ slug: chapterSlug(`${locale}/${f.replace(/\.mdx$/, "")}`), body: readFileSync(join(dir, f), "utf8") }));
}

const g = (...ids: string[]) => ids.map((id) => ({ id }));

describe("graphics by chapter", () => {
  it.each(LOCALES)("places every graphic of the registry in a chapter of the %s story, each once", (locale) => {
    const { groups, unplaced } = graphicsByChapter(chapters(locale), GRAPHICS);
    expect(unplaced.map((x) => x.id)).toEqual([]);
    const placed = groups.flatMap((x) => x.graphics.map((y) => y.id));
    expect([...placed].sort()).toEqual(GRAPHICS.map((x) => x.id).sort());
    expect(new Set(placed).size).toBe(placed.length);
    // Chapters in story order, each group with the chapter's own number and id.
    expect(groups.map((x) => x.index)).toEqual([...groups.map((x) => x.index)].sort((a, b) => a - b));
    for (const x of groups) expect(chapters(locale)[x.index]!.slug).toBe(x.slug);
  });

  it("groups the two editions alike (their chapters show the same graphics)", () => {
    const shape = (l: Locale) => graphicsByChapter(chapters(l), GRAPHICS).groups.map((x) => [x.slug, x.graphics.map((y) => y.id)]);
    expect(shape("zh-hk")).toEqual(shape("en"));
  });

  it("finds Chart, Step and Table tags, in order of first appearance", () => {
    expect(
      graphicIdsIn(`<Table id="t" />\n<Step chart="a" state="x">…</Step><Step chart="a" state="y">…</Step>\n<Chart id="b" />`),
    ).toEqual(["t", "a", "b"]);
  });

  it("gives a graphic to the first chapter that shows it, ignores unknown ids and reports graphics no chapter shows", () => {
    const result = graphicsByChapter(
      [
        { slug: "one", body: `<Chart id="b" /> <Chart id="nope" />` },
        { slug: "two", body: "no graphics here" },
        { slug: "three", body: `<Table id="a" /> <Chart id="b" />` },
      ],
      g("a", "b", "c"),
    );
    expect(result.groups).toEqual([
      { slug: "one", index: 0, graphics: g("b") },
      { slug: "three", index: 2, graphics: g("a") },
    ]);
    expect(result.unplaced).toEqual(g("c"));
    expect(
      chapterOf(
        [
          { slug: "x", body: "" },
          { slug: "y", body: `<Chart id="b" />` },
        ],
        "b",
      ),
    ).toEqual({ slug: "y", index: 1 });
    expect(chapterOf([{ slug: "x", body: "" }], "b")).toBeUndefined();
  });

  it("names a chapter's section by its file name without its number", () => {
    expect(chapterSlug("en/01-imports")).toBe("imports");
    expect(chapterSlug("zh-hk/07-checking")).toBe("checking");
  });
});
