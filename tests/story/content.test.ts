/**
 * Every number in the story's prose traces to data: content files may hold years, references
 * to the paper's tables and figures, quotations and <Num k="..."/> lookups, but no other digit.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSiteData } from "../../src/data/load.ts";
import { storyNumber } from "../../src/story/numbers.ts";
import { CLAIMS, combineParts, combineReadings, VERDICT_ZH } from "../../src/story/claims.ts";
import type { Verdict } from "../../src/data/findings.ts";
import { LOCALES } from "../../src/lib/i18n.ts";

const ROOT = "src/content/story";
const DIR = join(ROOT, "en");
const chapters = (locale: string) =>
  readdirSync(join(ROOT, locale))
    .filter((f) => f.endsWith(".mdx"))
    .sort();
const files = chapters("en");
const data = loadSiteData(process.cwd());

/** The prose with everything allowed to hold digits removed. */
export function orphanNumbers(mdx: string): string[] {
  const text = mdx
    .replace(/^---[\s\S]*?---/, (fm) => fm.replace(/^(title|short):.*$/gm, "")) // frontmatter summaries are prose too
    .replace(/<q\b[^>]*>[\s\S]*?<\/q>/g, " ") // quotations
    .replace(/“[^”]*”/g, " ")
    .replace(/「[^」]*」/g, " ") // quotations in the Chinese edition
    .replace(/<\/?[a-z][a-z0-9]*\b[^>]*>/g, " ") // HTML tags and their attributes (ids)
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/?>/g, " ") // component tags and their attributes (keys, ids)
    .replace(/<\/[A-Z][A-Za-z]*>/g, " ")
    .replace(/\b(Table|Figure|Chapter)s? \d+(?:\s*(?:-|and|,)\s*\d+)*/g, " ") // references to the paper's parts
    .replace(/[表圖]\d+(?:[及至、]\d+)*/g, " ") // and in Chinese: 表7, 圖2
    .replace(/\b(19|20)\d{2}(?:s|-(19|20)\d{2})?\b/g, " "); // years, decades and periods
  return [...text.matchAll(/\d[\d,.]*/g)].map((m) => {
    const at = m.index ?? 0;
    return `${m[0]} in “…${text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, " ")}…”`;
  });
}

describe("story content", () => {
  it("has the same chapters in every edition, numbered 01, 02, … in order, each with its title, short label and summary", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const own = chapters(locale);
      expect(own, `${locale} chapters`).toEqual(files);
      own.forEach((f, i) => {
        expect(f).toMatch(/^\d\d-[a-z]+(-[a-z]+)*\.mdx$/);
        expect(Number(f.slice(0, 2)), `${locale}/${f}`).toBe(i + 1);
        const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, locale, f), "utf8"))?.[1] ?? "";
        for (const field of ["title", "short", "summary"])
          expect(new RegExp(`^${field}: *\\S`, "m").test(front), `${locale}/${f}: ${field}`).toBe(true);
      });
    }
  });

  for (const file of chapters("zh-hk")) {
    const mdx = readFileSync(join(ROOT, "zh-hk", file), "utf8");
    it(`zh-hk/${file}: every <Num> key resolves to a value from the data`, () => {
      const keys = [...mdx.matchAll(/<Num k="([^"]+)"/g)].map((m) => m[1]!);
      for (const k of keys) expect(storyNumber(data, k, "zh-hk"), k).not.toBe("");
    });
  }

  for (const locale of ["en", "zh-hk"]) {
    for (const file of chapters(locale)) {
      const mdx = readFileSync(join(ROOT, locale, file), "utf8");
      it(`${locale}/${file}: no number outside data lookups, years and quotations`, () => {
        expect(orphanNumbers(mdx)).toEqual([]);
      });
    }
  }

  for (const file of files) {
    const mdx = readFileSync(join(DIR, file), "utf8");
    it(`${file}: every <Num> key resolves to a value from the data`, () => {
      const keys = [...mdx.matchAll(/<Num k="([^"]+)"/g)].map((m) => m[1]!);
      for (const k of keys) expect(storyNumber(data, k, "en"), k).not.toBe("");
    });
  }

  it("the literal check catches an orphan number", () => {
    expect(orphanNumbers("Japan led with 29.1% in 2022.")).toHaveLength(1);
    expect(orphanNumbers("2022年日本佔29.1%，見表1。")).toHaveLength(1);
    expect(orphanNumbers('2022年日本佔<Num k="trade/imports/2022/japan/share" />，見表1及圖1。')).toEqual([]);
    expect(orphanNumbers('Japan led with <Num k="trade/imports/2022/japan/share" /> in 2022, <q>29.1%</q>.')).toEqual([]);
  });
});

const SEVERITY: Verdict[] = ["does-not-hold", "depends-on-reading", "cannot-check", "holds"];
const EN_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const ZH_WORDS = ["零", "一", "兩", "三", "四", "五", "六", "七", "八", "九", "十"];
const EN_VERDICT: Record<Verdict, [string, string]> = {
  holds: ["holds", "hold"],
  "does-not-hold": ["does not hold", "do not hold"],
  "depends-on-reading": ["depends on the reading", "depend on the reading"],
  "cannot-check": ["cannot be checked", "cannot be checked"],
};

describe("the paper's claims", () => {
  // The verdicts themselves are pinned in tests/story/claims.test.ts.
  it.each(CLAIMS.map((c) => [c.id, c] as const))(
    "%s: a verdict that follows from its parts or readings, and evidence in both editions",
    (id, c) => {
      const r = c.test(data);
      expect(["holds", "does-not-hold", "cannot-check", "depends-on-reading"]).toContain(r.verdict);
      if (r.parts) expect(r.verdict).toBe(combineParts(r.parts.map((p) => p.verdict)));
      else if (r.readings) expect(r.verdict).toBe(combineReadings(r.readings.map((x) => x.verdict)));
      // Whole sentences: English ends with a full stop (perhaps inside a closing bracket), Chinese in Chinese with 。
      expect(r.evidence.en, id).toMatch(/^[A-Z0-9“‘(].*[.?!]\)?$/su);
      expect(r.evidence["zh-hk"], id).toMatch(/\p{Script=Han}/u);
      expect(r.evidence["zh-hk"], id).toMatch(/[。？！]）?$/u);
      if (r.parts) {
        // The evidence opens by counting the statements and their verdicts, in the words of each edition.
        const counts = SEVERITY.map((v) => [v, r.parts!.filter((p) => p.verdict === v).length] as const).filter(([, n]) => n > 0);
        const enCounts = counts.map(([v, n]) => `${EN_WORDS[n]} ${EN_VERDICT[v][n === 1 ? 0 : 1]}`).join(", ");
        const en = `It makes ${EN_WORDS[r.parts.length]} statements: ${enCounts}.`;
        const zh = `這句話包含${ZH_WORDS[r.parts.length]}項陳述：${counts.map(([v, n]) => `${ZH_WORDS[n]}項${VERDICT_ZH[v]}`).join("、")}。`;
        expect(r.evidence.en.startsWith(en), `${r.evidence.en} should start with ${en}`).toBe(true);
        expect(r.evidence["zh-hk"].startsWith(zh), `${r.evidence["zh-hk"]} should start with ${zh}`).toBe(true);
      }
    },
  );
});
