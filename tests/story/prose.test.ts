/**
 * The story says what the paper says, with its qualifiers (issue 11, "Prose that misstates the
 * paper or the data"). Each test holds one correction in place.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSiteData } from "../../src/data/load.ts";
import type { Fact } from "../../src/data/facts.ts";
import { FACT_DATASET_IDS, type FactDatasetId } from "../../src/data/registry.ts";
import { formatFact, qualifierWord } from "../../src/story/numbers.ts";
import { wordsFor } from "../../src/data/words.ts";

const DIR = "src/content/story/en";
const chapters = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => [f, readFileSync(join(DIR, f), "utf8")]),
);
const all = Object.values(chapters).join("\n");
const flat = (s: string) => s.replace(/\s+/g, " ");
const data = loadSiteData(process.cwd());
const en = wordsFor(data, "en");
const fact = (dataset: FactDatasetId, id: string): Fact => data[dataset].find((f) => f.id === id)!;

describe("qualifiers are the source's own", () => {
  it("keeps the source's word for an inexact figure", () => {
    expect(formatFact(fact("film-development-fund", "fdf-approved-funding"), en)).toBe("almost HK$1,058 million");
    expect(formatFact(fact("film-development-fund", "revitalization-scheme-investment"), en)).toBe("no less than HK$5 billion");
    expect(formatFact(fact("animation-exports-2016", "asia-share"), en)).toBe("approximately 70%");
    expect(formatFact(fact("filmart-2025", "exhibitors"), en)).toBe("over 760 exhibitors");
    expect(formatFact(fact("filmart-2025", "short-drama-revenue"), en)).toBe("exceeding $100 million");
    expect(formatFact(fact("tvb-ott", "mytv-super-members"), en)).toBe("10.4 million");
  });

  it("falls back to “about” and “more than” where no quote gives a word", () => {
    const derived = fact("animation-exports-2016", "hong-kong-share-of-total-via-asia");
    expect(qualifierWord(derived)).toBe("about");
    expect(qualifierWord({ ...derived, qualifier: "at-least", quote: null })).toBe("more than");
  });

  it("no qualifier stands in front of a figure that carries its own (no “about about”)", () => {
    const inexact = new Set(
      FACT_DATASET_IDS.map((ds) => [ds, data[ds]] as const).flatMap(([ds, rows]) =>
        rows.filter((f) => f.qualifier !== "exact").map((f) => `fact/${ds}/${f.id}`),
      ),
    );
    const doubled = [
      ...all.matchAll(/\b(about|approximately|nearly|almost|around|over|more than|at least|no less than|some)\s+<Num k="([^"]+)"/gi),
    ]
      .filter((m) => inexact.has(m[2]!))
      .map((m) => m[0]);
    expect(doubled).toEqual([]);
  });
});

describe("corrections to the prose", () => {
  it("Warriors of Future is the leading co-production, not Hong Kong's own top film", () => {
    expect(all).not.toContain("Hong Kong's own top film");
    expect(flat(chapters["02-cinema.mdx"]!)).toContain("which the paper calls the leading Hong Kong-Mainland co-production");
  });

  it("2017 is told from both sides of the paper's contradiction", () => {
    const ch = flat(chapters["05-exports.mdx"]!);
    expect(ch).not.toContain("the one year the Mainland was second");
    expect(ch).toContain("that 2017 was the only year the Mainland was second, and that Taiwan was first again in 2018");
  });

  it("the gap is in the text extracted from the PDF, not in the published paper", () => {
    expect(all).not.toMatch(/illegible in the paper|partly legible/);
    expect(flat(chapters["05-exports.mdx"]!)).toContain("the text extracted from the paper's PDF");
  });

  it("the 2014 dip is told with the rise from 2013 to 2016", () => {
    expect(chapters["05-exports.mdx"]).toContain('dipped\n    to <Num k="trade/exports/2014/mainland-china/share" /> in 2014');
  });

  it("the documentaries' figure is given", () => {
    expect(all).not.toContain("The paper gives no figures for them");
    expect(chapters["04-animation.mdx"]).toContain("<q>more than 30 documentaries and feature films</q>");
  });

  it("no claims the paper does not make", () => {
    for (const phrase of [
      "Hollywood and Japanese animation took most of the rest",
      "broadcast equipment",
      "legal",
      "Both governments",
      "largest foreign market",
      "best route",
    ])
      expect(all, phrase).not.toContain(phrase);
  });

  it("the FILMART forum's theme is the report's", () => {
    expect(chapters["06-policy.mdx"]).toContain("<q>Cooperation and Innovation for a New Vision</q>");
  });

  it("the currencies of box office abroad are as printed", () => {
    const ch = flat(chapters["05-exports.mdx"]!);
    expect(ch).not.toContain("printed in each market's currency");
    expect(ch).toContain('South Korea\'s in a bare "$"');
    const yuan = data["hk-films-abroad-2022"]
      .filter((r) => r.currency_printed === "yuan")
      .map((r) => data.places.find((p) => p.id === r.place)!.display_name);
    for (const name of yuan) expect(ch).toContain(name === "Mainland China" ? "Mainland's" : `${name}'s`);
  });

  it("the animation market is the paper's “primary export market”", () => {
    expect(flat(chapters["04-animation.mdx"]!)).toContain("primary export market");
  });
});
