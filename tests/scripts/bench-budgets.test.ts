/** The budget check: paths into the report, comparisons, pages not built, and the printed table. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateBudgets, formatResults, formatValue, meets, valueAt, type Budget } from "../../scripts/bench/budgets.ts";

const report = {
  pages: {
    story: { status: "measured", lighthouse: { scores: { performance: 100, seo: 92 } }, requests: { byType: { js: { gzip: 1200 } } } },
    embed: { status: "not-built" },
  },
  build: { normal: { seconds: 14.2 } },
};

describe("valueAt", () => {
  it("follows dotted paths, including keys with dashes", () => {
    expect(valueAt({ a: { "best-practices": 3 } }, "a.best-practices")).toBe(3);
    expect(valueAt(report, "pages.story.missing.deeper")).toBeUndefined();
    expect(valueAt(null, "a")).toBeUndefined();
  });
});

describe("meets", () => {
  it("reads atLeast as >=, atMost as <=, below as <", () => {
    expect(meets(100, "atLeast", 100)).toBe(true);
    expect(meets(99, "atLeast", 100)).toBe(false);
    expect(meets(0, "atMost", 0)).toBe(true);
    expect(meets(15000, "below", 15000)).toBe(false);
  });
});

describe("evaluateBudgets", () => {
  const budgets: Budget[] = [
    { id: "perf", what: "", metric: "lighthouse.scores.performance", pages: ["story", "embed"], atLeast: 100, unit: "score" },
    { id: "seo", what: "", metric: "lighthouse.scores.seo", pages: ["story"], atLeast: 100, unit: "score" },
    { id: "build", what: "", metric: "build.normal.seconds", below: 60, unit: "s" },
    { id: "growth", what: "", metric: "build.growth.x100.timeRatio", below: 3, unit: "ratio" },
  ];
  const results = evaluateBudgets(report, budgets);

  it("gives one verdict per budget and page", () => {
    expect(results.map((r) => [r.id, r.page, r.verdict])).toEqual([
      ["perf", "story", "met"],
      ["perf", "embed", "not measured"],
      ["seo", "story", "missed"],
      ["build", null, "met"],
      ["growth", null, "not measured"],
    ]);
  });

  it("says a page was not built rather than that it failed", () => {
    expect(results[1]!.reason).toBe("page not built");
    expect(formatResults(results)).toMatch(/n\/a\s+perf \[embed\]\s+≥ 100\s+— \(page not built\)/);
    expect(formatResults(results)).toMatch(/MISS\s+seo \[story\]\s+≥ 100\s+92/);
  });

  it("rejects a budget with no comparison or two", () => {
    expect(() => evaluateBudgets(report, [{ id: "x", what: "", metric: "a" }])).toThrow(/exactly one/);
    expect(() => evaluateBudgets(report, [{ id: "x", what: "", metric: "a", atMost: 1, below: 2 }])).toThrow(/exactly one/);
  });

  it("accepts the repo's own budgets file", () => {
    const file = JSON.parse(readFileSync("bench/budgets.json", "utf8")) as { budgets: Budget[] };
    expect(() => evaluateBudgets({}, file.budgets)).not.toThrow();
    expect(new Set(file.budgets.map((b) => b.id)).size).toBe(file.budgets.length);
  });
});

describe("formatValue", () => {
  it("formats by unit", () => {
    expect(formatValue(14999, "bytes")).toBe("15.0 kB");
    expect(formatValue(1.234, "ratio")).toBe("1.23×");
    expect(formatValue(12.34, "s")).toBe("12.3 s");
    expect(formatValue(null, "s")).toBe("—");
  });
});

describe("a budget's interval", () => {
  const withInterval = (low: number, high: number) => ({
    pages: { embed: { status: "measured", chartDrawn: { ratioToReference: 1.07, ratioInterval: { low, high, level: 0.95 } } } },
  });
  const budget: Budget = {
    id: "first",
    what: "",
    metric: "chartDrawn.ratioToReference",
    interval: "chartDrawn.ratioInterval",
    pages: ["embed"],
    atMost: 1.05,
    unit: "ratio",
  };

  it("prints the interval beside the value and says when the limit is inside it; the verdict stays the value's", () => {
    const [holds] = evaluateBudgets(withInterval(1.04, 1.22), [budget]);
    expect(holds!.verdict).toBe("missed");
    expect(formatResults([holds!])).toMatch(/MISS\s+first \[embed\]\s+≤ 1\.05×\s+1\.07× \(95%: 1\.04-1\.22×, holds the limit\)/);
    const [clear] = evaluateBudgets(withInterval(1.06, 1.09), [budget]);
    expect(formatResults([clear!])).toMatch(/1\.07× \(95%: 1\.06-1\.09×\)$/m);
  });

  it("prints the floor the page's bytes allow, and says when it lies above the limit", () => {
    const report = (floor: number) => ({
      pages: { embed: { status: "measured", chartDrawn: { ratioToReference: 1.07, transferFloor: { ratio: floor } } } },
    });
    const withFloor: Budget = { ...budget, interval: undefined, floor: "chartDrawn.transferFloor" };
    const [above] = evaluateBudgets(report(1.054), [withFloor]);
    expect(above!.floor).toBe(1.054);
    expect(formatResults([above!])).toMatch(/1\.07×; its bytes allow no less than 1\.054×, above the limit$/m);
    const [below] = evaluateBudgets(report(1.02), [withFloor]);
    expect(formatResults([below!])).toMatch(/1\.07×; its bytes allow no less than 1\.020×$/m);
  });

  it("leaves out an interval the report does not have", () => {
    const [r] = evaluateBudgets({ pages: { embed: { status: "measured", chartDrawn: { ratioToReference: 1.02 } } } }, [budget]);
    expect(r!.interval).toBeUndefined();
    expect(formatResults([r!])).toMatch(/ok\s+first \[embed\]\s+≤ 1\.05×\s+1\.02×$/m);
  });
});
