/**
 * What the story derives from its chapters' text (src/story/chapter-text.ts, excerpts.ts): the
 * numbers and steps a chapter places, and the years of a trade series its numbers name, on the
 * real chapters and data and on small texts that show each rule.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSiteData } from "../../src/data/load.ts";
import { tradeYears } from "../../src/data/trade.ts";
import { LOCALES } from "../../src/lib/i18n.ts";
import { numKeysIn, stepsIn } from "../../src/story/chapter-text.ts";
import { yearsNamed } from "../../src/story/excerpts.ts";
import { storyNumber } from "../../src/story/numbers.ts";

const data = loadSiteData(process.cwd());
const chapter = (locale: string, slug: string) => {
  const dir = join("src/content/story", locale);
  return readFileSync(
    join(
      dir,
      readdirSync(dir).find((f) => f.endsWith(`-${slug}.mdx`))!,
    ),
    "utf8",
  );
};

describe("a chapter's numbers and steps", () => {
  it("reads every <Num k> and <Step chart state> of a text, in order", () => {
    const body = 'In <Num k="year/imports/first" />, x\n<Num  k="a-b"/>.\n<Step chart="c" state="d">\nt</Step><Step chart="e">u</Step>';
    expect(numKeysIn(body)).toEqual(["year/imports/first", "a-b"]);
    expect(stepsIn(body)).toEqual([
      { chart: "c", state: "d" },
      { chart: "e", state: "" },
    ]);
  });

  it("both editions' chapters place the same numbers and the same steps", () => {
    for (const slug of ["imports", "cinema", "television", "animation", "exports", "policy", "checking"]) {
      const [en, zh] = LOCALES.map((l) => chapter(l, slug));
      expect(new Set(numKeysIn(zh!)), slug).toEqual(new Set(numKeysIn(en!)));
      expect(stepsIn(zh!), slug).toEqual(stepsIn(en!));
    }
  });
});

describe("the years a chapter names", () => {
  const imports = tradeYears(data, "imports");
  const exportYears = tradeYears(data, "exports");

  it("takes the years of trade numbers of its own series, first and latest resolved, and always the latest", () => {
    const body =
      '<Num k="trade/imports/2014/japan/share" /> <Num k="trade/imports/first/japan/value" /> ' +
      '<Num k="trade/exports/2013/mainland-china/share" /> <Num k="year/exports/first" />';
    expect(yearsNamed(body, data, "imports")).toEqual([imports[0], 2014, imports.at(-1)]);
    expect(yearsNamed(body, data, "exports")).toEqual([exportYears[0], 2013, exportYears.at(-1)]);
    expect(yearsNamed("no numbers", data, "imports")).toEqual([imports.at(-1)]);
  });

  it("takes a named number that is itself a year of the series, and no other", () => {
    const lead = Number(storyNumber(data, "japan-first-lead-year", "en"));
    expect(imports).toContain(lead);
    expect(yearsNamed('<Num k="japan-first-lead-year" /> <Num k="japan-lead-years" />', data, "imports")).toEqual(
      [lead, imports.at(-1)!].sort((a, b) => a - b),
    );
  });

  it("on the real chapters: a handful of years, the same in both editions", () => {
    for (const [slug, direction] of [
      ["imports", "imports"],
      ["exports", "exports"],
    ] as const) {
      const [en, zh] = LOCALES.map((l) => yearsNamed(chapter(l, slug), data, direction));
      expect(zh, slug).toEqual(en);
      expect(en!.length, slug).toBeGreaterThan(3);
      expect(en!.length, slug).toBeLessThan(tradeYears(data, direction).length);
    }
    // The imports chapter retells 2011, the lead Japan took, the Mainland's low and the latest year.
    expect(yearsNamed(chapter("en", "imports"), data, "imports")).toEqual(
      expect.arrayContaining([2011, 2014, 2016, Number(storyNumber(data, "mainland-import-low-year", "en")), imports.at(-1)!]),
    );
  });
});
