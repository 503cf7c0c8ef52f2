/**
 * The checking chapter says exactly what was done, and its counts are the inventory's:
 * every claim is one tested sentence of data/paper/sentences.csv and every tested sentence
 * is one claim.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSiteData } from "../../src/data/load.ts";
import { readPaperSentences } from "../../src/data/paper-sentences.ts";
import { CLAIMS, checkingTally, tallySentence } from "../../src/story/claims.ts";

const data = loadSiteData(process.cwd());
const inventory = readPaperSentences(process.cwd(), { claimIds: CLAIMS.map((c) => c.id), paper: "required" });
const rows = inventory.rows;

describe("the inventory and the claims", () => {
  it("the inventory passes its checks, against the claims and the paper's text", () => {
    expect(inventory.issues).toEqual([]);
  });

  it("every claim is named by exactly one tested sentence, and every tested sentence names a claim", () => {
    const tested = rows.filter((r) => r.status === "tested");
    expect(tested.map((r) => r.claim).sort()).toEqual(CLAIMS.map((c) => c.id).sort());
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(CLAIMS.length);
  });

  it("a tested sentence's id is its claim's id", () => {
    for (const r of rows.filter((x) => x.status === "tested")) expect(r.id).toBe(r.claim);
  });

  it("has more than the 23 sentences first tested, and tests at least 15 more", () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(23 + 15);
  });
});

describe("the checking chapter's counts", () => {
  const t = checkingTally(rows, data);

  it("are the inventory's statuses and the claims' verdicts", () => {
    const n = (s: string) => rows.filter((r) => r.status === s).length;
    expect(t.sentences).toBe(rows.length);
    expect(t.tested).toBe(n("tested"));
    expect(t.notCheckable).toBe(n("not-checkable"));
    expect(t.notData).toBe(n("not-data"));
    expect(t.tested + t.notCheckable + t.notData).toBe(t.sentences);
    const verdicts = CLAIMS.map((c) => c.test(data).verdict);
    const v = (x: string) => verdicts.filter((y) => y === x).length;
    expect([t.holds, t.doesNotHold, t.dependsOnReading, t.cannotCheck]).toEqual([
      v("holds"),
      v("does-not-hold"),
      v("depends-on-reading"),
      v("cannot-check"),
    ]);
    expect(t.holds + t.doesNotHold + t.dependsOnReading + t.cannotCheck).toBe(t.tested);
  });

  it("are said in one sentence: N sentences, of which T tested (H, D, R, C), U not checkable, X not claims about data", () => {
    expect(tallySentence(t, "en")).toBe(
      `${t.sentences} sentences, of which ${t.tested} tested (${t.holds} hold, ${t.doesNotHold} do not hold, ` +
        `${t.dependsOnReading} depend on the reading, ${t.cannotCheck} cannot be checked), ${t.notCheckable} not checkable, ` +
        `${t.notData} not claims about data.`,
    );
  });

  it("the chapter and the checks page print that sentence from the inventory, and state the reading policy", () => {
    // One reading of the inventory (src/story/checking.ts) feeds the tally, the chapter's summary and the checks page's list.
    expect(readFileSync("src/story/checking.ts", "utf8")).toMatch(/readPaperSentences\(root, /);
    for (const component of ["CheckingTally", "Claims", "ClaimsSummary"])
      expect(readFileSync(`src/components/${component}.astro`, "utf8")).toContain("checkingOf(process.env.DATA_ROOT ?? process.cwd()");
    expect(readFileSync("src/components/CheckingTally.astro", "utf8")).toMatch(/\{tallySentence\(tally(, [^)]+)?\)\}/);
    const policy = readFileSync("src/components/ReadingPolicy.astro", "utf8");
    expect(policy).toMatch(/Literally, by default\. Where a sentence admits two readings, both are shown/);
    for (const component of ["ClaimsSummary", "../views/ChecksView"]) {
      const text = readFileSync(`src/components/${component}.astro`, "utf8");
      expect(text, component).toContain("<CheckingTally />");
      expect(text, component).toContain("<ReadingPolicy />");
    }
    const chapter = readFileSync("src/content/story/en/07-checking.mdx", "utf8");
    expect(chapter).toContain("<ClaimsSummary />");
    expect(chapter).not.toMatch(/every sentence of the\s+paper that states a number or a ranking was tested/i);
  });
});
