/**
 * The claims reach the verdicts the tables support, under the reading policy the checking
 * chapter states: literal by default, both readings shown where a sentence admits two, and a
 * sentence of several statements holding only if each does.
 */
import { describe, expect, it } from "vitest";
import { loadSiteData } from "../../src/data/load.ts";
import { normaliseSpace, readPaperSentences } from "../../src/data/paper-sentences.ts";
import { CLAIMS, combineParts, combineReadings, isAbout, isNearly, resultIn, type ClaimResultText } from "../../src/story/claims.ts";

const data = loadSiteData(process.cwd());
// The English edition's texts; the Chinese are tested in claims-zh-hk.test.ts.
const results = new Map(CLAIMS.map((c) => [c.id, resultIn(c.test(data), "en")]));
const result = (id: string): ClaimResultText => {
  const r = results.get(id);
  if (!r) throw new Error(`no claim ${id}`);
  return r;
};
const inventory = readPaperSentences(process.cwd());
const sentenceOf = (id: string) => inventory.rows.find((r) => r.claim === id)?.sentence ?? "";
/** Every piece of `words` (split at " … ") occurs in `sentence`. */
const occursIn = (words: string, sentence: string) =>
  normaliseSpace(words)
    .split(" … ")
    .every((p) => normaliseSpace(sentence).includes(p.trim()));

describe("qualifiers", () => {
  it("about: within a tenth of the figure, or half a unit of its last digit", () => {
    expect(isAbout(31.7, 30, 10)).toBe(true);
    expect(isAbout(35.1, 30, 10)).toBe(false);
    expect(isAbout(41917, 42000, 1000)).toBe(true);
    expect(isAbout(5.43, 7.62, 0.01)).toBe(false);
    expect(isAbout(22.2, 20, 10)).toBe(true);
    expect(isAbout(14.3, 20, 10)).toBe(false);
  });
  it("nearly: at most the figure, and about it", () => {
    expect(isNearly(49, 50)).toBe(true);
    expect(isNearly(51, 50)).toBe(false);
    expect(isNearly(35, 50, 10)).toBe(false);
    expect(isNearly(2905625, 600000, 100000)).toBe(false);
  });
});

describe("combining results", () => {
  it("a sentence holds only if every part holds", () => {
    expect(combineParts(["holds", "holds"])).toBe("holds");
    expect(combineParts(["holds", "cannot-check"])).toBe("cannot-check");
    expect(combineParts(["cannot-check", "depends-on-reading"])).toBe("depends-on-reading");
    expect(combineParts(["depends-on-reading", "does-not-hold", "holds"])).toBe("does-not-hold");
  });
  it("readings that differ give depends-on-reading; readings that agree give their verdict", () => {
    expect(combineReadings(["holds", "does-not-hold"])).toBe("depends-on-reading");
    expect(combineReadings(["does-not-hold", "cannot-check"])).toBe("depends-on-reading");
    expect(combineReadings(["holds", "holds"])).toBe("holds");
  });
  it("every claim's verdict follows from its readings and parts", () => {
    for (const c of CLAIMS) {
      const r = result(c.id);
      if (r.readings) expect(r.verdict, c.id).toBe(combineReadings(r.readings.map((x) => x.verdict)));
      if (r.parts) {
        expect(r.parts.length, c.id).toBeGreaterThan(1);
        expect(r.verdict, c.id).toBe(combineParts(r.parts.map((p) => p.verdict)));
        for (const p of r.parts)
          if (p.readings) expect(p.verdict, `${c.id}: ${p.statement}`).toBe(combineReadings(p.readings.map((x) => x.verdict)));
      }
      if (r.readings) expect(r.readings.length, c.id).toBeGreaterThan(1);
      if (r.verdict === "depends-on-reading") expect(r.readings ?? r.parts?.flatMap((p) => p.readings ?? []), c.id).not.toHaveLength(0);
    }
  });
});

describe("what a claim quotes is the paper's", () => {
  it("each claim's quote and each part's statement are in its sentence of the inventory", () => {
    for (const c of CLAIMS) {
      const sentence = sentenceOf(c.id);
      expect(sentence, c.id).not.toBe("");
      expect(occursIn(c.quote, sentence), `${c.id}: ${c.quote}`).toBe(true);
      for (const p of result(c.id).parts ?? []) expect(occursIn(p.statement, sentence), `${c.id}: ${p.statement}`).toBe(true);
    }
  });
});

describe("the verdicts the tables support", () => {
  const PINNED: Record<string, string> = {
    "abstract-mainland-largest-outlet": "holds",
    "abstract-less-pronounced": "depends-on-reading",
    "imports-decline-twelve-years": "holds",
    "imports-recent-rebound": "depends-on-reading",
    "imports-2022-mainland-second": "holds",
    "imports-2022-japan-twofold": "does-not-hold",
    "imports-year-on-year-decrease": "does-not-hold",
    "imports-2011-peak": "does-not-hold", // 2012 was higher: 36.2%
    "imports-2019-low": "depends-on-reading",
    "imports-japan-upward-since-2016": "does-not-hold",
    "imports-inverse-trend": "holds",
    "imports-2016-slight-edge": "holds",
    "releases-2022-mainland-share": "does-not-hold",
    "mainland-imports-16-3-lower": "holds",
    "mainland-films-fewer-viewers": "cannot-check",
    "box-office-mainland-0-65": "depends-on-reading",
    "coproductions-100m": "cannot-check",
    "box-office-below-10": "depends-on-reading",
    "mainland-films-lag-behind": "cannot-check",
    "changjin-42000": "cannot-check",
    "hk-top-three-600000": "does-not-hold",
    "changjin-top-by-viewership": "holds",
    "warriors-leads-coproductions": "cannot-check",
    "table-5-three-years": "does-not-hold",
    "tvb-2023-22-2": "depends-on-reading",
    "tvb-2024-14-dramas": "depends-on-reading",
    "tvb-mainland-share-stable": "does-not-hold",
    "tvb-mainland-one-fifth": "depends-on-reading",
    "tvb-prime-time-rise": "holds",
    "mainland-dramas-below-20": "cannot-check",
    "animation-hong-kong-half": "depends-on-reading",
    "imports-down-year-after-year": "does-not-hold",
    "us-films-30-percent": "depends-on-reading",
    "top-gun-longest": "depends-on-reading",
    "imports-japan-15-points": "depends-on-reading",
    "japan-56-second": "holds",
    "japan-second-top-22": "depends-on-reading",
    "hk-films-246m": "cannot-check",
    "warriors-81m": "cannot-check",
    "queen-of-news-third": "depends-on-reading",
    "exports-690-to-300": "holds",
    "exports-2022-77-5": "holds",
    "exports-only-2017-second": "cannot-check",
    "exports-mainland-risen-first": "depends-on-reading",
    "exports-taiwan-second": "depends-on-reading",
    "exports-2017-taiwan": "cannot-check",
    "exports-mainland-first-from-2019": "cannot-check",
    "exports-mostly-chinese-neighbours": "holds",
    "exports-2011-2013-western": "cannot-check",
    "exports-2020-peak-88": "cannot-check",
    "abroad-mainly-neighbours": "holds",
    "abroad-limited-compared": "depends-on-reading",
    "exports-mostly-to-mainland": "depends-on-reading",
    "changjin-top-mainland-film": "holds",
    "costume-dramas-dominate-tv": "does-not-hold",
    "mainland-dramas-ratings-number": "cannot-check",
    "ott-over-10-million": "holds",
    "policy-mainland-11-1": "does-not-hold",
    "foreign-language-171": "holds",
    "conclusion-interaction-grown": "does-not-hold",
  };

  it("pins the verdict of every claim", () => {
    expect(Object.fromEntries(CLAIMS.map((c) => [c.id, result(c.id).verdict]))).toEqual(PINNED);
  });

  it("22.2%: the literal reading (13 of 27) and the six Mainland titles (6 of 27) are both shown", () => {
    const r = result("tvb-2023-22-2");
    expect(r.readings?.map((x) => [x.verdict, x.evidence])).toEqual([
      ["does-not-hold", "13 of 27 is 48.1%."],
      ["holds", "6 of 27 is 22.2%."],
    ]);
  });

  it("15 points: holds at the 35% peak, not in every year (14.4 in 2021, 14.7 in 2022)", () => {
    const gap = result("imports-japan-15-points").parts!.find((p) => p.statement.startsWith("more than 15"))!;
    expect(gap.readings?.map((x) => x.verdict)).toEqual(["holds", "does-not-hold"]);
    expect(gap.readings![1]!.evidence).toContain("14.4 (2021)");
    expect(gap.readings![1]!.evidence).toContain("14.7 (2022)");
  });

  it("nearly 50%: of all exports it fails (about 35%), of Asia's it holds", () => {
    expect(result("animation-hong-kong-half").readings?.map((x) => x.verdict)).toEqual(["does-not-hold", "holds"]);
  });

  it("below 10%: Hong Kong and Mainland films make 21.79%; co-productions and Mainland films 9.33%", () => {
    const r = result("box-office-below-10");
    expect(r.readings?.map((x) => x.verdict)).toEqual(["does-not-hold", "holds"]);
    expect(r.readings![0]!.evidence).toContain("21.79%");
    expect(r.readings![1]!.evidence).toContain("9.33%");
  });

  it("about 30%: 60 of 189 is about 30%, 60 of 171 is not", () => {
    const p = result("us-films-30-percent").parts![0]!;
    expect(p.readings?.map((x) => [x.verdict, x.evidence])).toEqual([
      ["holds", "60 of 189 is 31.7%."],
      ["does-not-hold", "60 of 171 is 35.1%."],
    ]);
  });

  it("The Invisibles at 25.5 and 28.7 points cannot be checked against each other", () => {
    const p = result("mainland-dramas-below-20").parts!.find((x) => x.statement.includes("The Invisibles"))!;
    expect(p.verdict).toBe("cannot-check");
    expect(p.evidence).toContain("28.7");
  });

  it("the 2020 peak: 2017 is bounded by Taiwan's 56.2%, only 2018 and 2019 are unknown", () => {
    const p = result("exports-2020-peak-88").parts!.find((x) => x.statement.includes("peak"))!;
    expect(p.verdict).toBe("cannot-check");
    expect(p.evidence).toContain("In 2017 it was at most 43.8%");
    expect(p.evidence).toContain("2018 and 2019 are missing");
    expect(p.evidence).not.toMatch(/2017, 2018/);
  });

  it("Taiwan in 2017-2018: one reading, the literal one, and no 2016 conflict beside it", () => {
    const r = result("exports-2017-taiwan");
    expect(r.verdict).toBe("cannot-check");
    expect(r.readings).toBeUndefined();
    expect(r.evidence).toMatch(/^Read as written/);
    expect(r.evidence).not.toContain("2016");
  });

  it("the Mainland's share in 2014 is the 42.2% dip the story now mentions", () => {
    expect(result("exports-mainland-risen-first").parts![1]!.readings![1]!.evidence).toContain("dipping to 42.2% in 2014");
  });
});
