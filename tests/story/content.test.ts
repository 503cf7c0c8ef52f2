/**
 * Every number in the story's prose traces to data: content files may hold years, references
 * to the paper's tables and figures, quotations and <Num k="..."/> lookups, but no other digit.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSiteData } from "../../src/data/load.ts";
import { storyNumber } from "../../src/story/numbers.ts";
import { CLAIMS } from "../../src/story/claims.ts";

const DIR = "src/content/story/en";
const files = readdirSync(DIR).filter((f) => f.endsWith(".mdx"));
const data = loadSiteData(process.cwd());

/** The prose with everything allowed to hold digits removed. */
export function orphanNumbers(mdx: string): string[] {
  const text = mdx
    .replace(/^---[\s\S]*?---/, (fm) => fm.replace(/^(title|short):.*$/gm, "")) // frontmatter summaries are prose too
    .replace(/<q>[\s\S]*?<\/q>/g, " ") // quotations
    .replace(/“[^”]*”/g, " ")
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/?>/g, " ") // component tags and their attributes (keys, ids)
    .replace(/<\/[A-Z][A-Za-z]*>/g, " ")
    .replace(/\b(Table|Figure|Chapter)s? \d+(?:\s*(?:-|and|,)\s*\d+)*/g, " ") // references to the paper's parts
    .replace(/\b(19|20)\d{2}(?:s|-(19|20)\d{2})?\b/g, " "); // years, decades and periods
  return [...text.matchAll(/\d[\d,.]*/g)].map((m) => {
    const at = m.index ?? 0;
    return `${m[0]} in “…${text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, " ")}…”`;
  });
}

describe("story content", () => {
  it("has the seven chapters", () => {
    expect(files).toHaveLength(7);
  });

  for (const file of files) {
    const mdx = readFileSync(join(DIR, file), "utf8");
    it(`${file}: no number outside data lookups, years and quotations`, () => {
      expect(orphanNumbers(mdx)).toEqual([]);
    });
    it(`${file}: every <Num> key resolves to a value from the data`, () => {
      const keys = [...mdx.matchAll(/<Num k="([^"]+)"/g)].map((m) => m[1]!);
      for (const k of keys) expect(storyNumber(data, k, "en"), k).not.toBe("");
    });
  }

  it("the literal check catches an orphan number", () => {
    expect(orphanNumbers("Japan led with 29.1% in 2022.")).toHaveLength(1);
    expect(orphanNumbers('Japan led with <Num k="trade/imports/2022/japan/share" /> in 2022, <q>29.1%</q>.')).toEqual([]);
  });
});

describe("the paper's claims", () => {
  // The verdicts themselves are pinned in tests/story/claims.test.ts.
  it("every claim gets a verdict and evidence from the data", () => {
    for (const c of CLAIMS) {
      const r = c.test(data);
      expect(["holds", "does-not-hold", "cannot-check", "depends-on-reading"], c.id).toContain(r.verdict);
      expect(r.evidence.en.length, c.id).toBeGreaterThan(20);
      expect(r.evidence["zh-hk"].length, c.id).toBeGreaterThan(10);
    }
  });
});
