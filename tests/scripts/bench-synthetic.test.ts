/** The bench's synthetic trade years pass the real data checks, and the copy's range can be widened. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readPlaces } from "../../src/data/places.ts";
import { readDataset } from "../../src/data/dataset.ts";
import { TRADE_IMPORTS, tradeYears } from "../../src/data/trade.ts";
import { slowestRoutes, widenYearRange } from "../../scripts/bench/growth.ts";
import { seededRandom } from "../../scripts/bench/random.ts";
import { syntheticTradeYear, syntheticYears, tradeYearCsv } from "../../scripts/bench/synthetic.ts";

const root = process.cwd();
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "bench-test-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("seededRandom", () => {
  it("is deterministic and in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("syntheticTradeYear", () => {
  const places = readPlaces(root).rows.map((p) => p.id);
  const always = ["mainland-china", "japan", "taiwan-china"];
  const others = places.filter((p) => !always.includes(p) && p !== "hong-kong-china");

  it("writes years that pass every check the real files pass", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "data/trade/imports"), { recursive: true });
    cpSync(join(root, "data/places.csv"), join(dir, "data/places.csv"));
    // Within the real schema's range (1990-2100), so nothing is widened for this test.
    for (let year = 1990; year <= 2100; year++)
      writeFileSync(join(dir, `data/trade/imports/${year}.csv`), tradeYearCsv(syntheticTradeYear(year, always, others, 1)));
    const { ctx } = readPlaces(dir);
    const { issues, rows } = readDataset(dir, TRADE_IMPORTS, ctx);
    expect(issues).toEqual([]);
    expect(tradeYears({ "trade-imports": rows, "trade-exports": [] }, "imports")).toHaveLength(111);
    expect(rows).toHaveLength(555);
  });

  it("puts leaders first, in order", () => {
    for (let year = 2023; year < 2200; year++) {
      const rows = syntheticTradeYear(year, always, others, 1, ["japan", "mainland-china"]);
      expect(rows.slice(0, 2).map((r) => r.place)).toEqual(["japan", "mainland-china"]);
      expect(rows[0]!.share_percent).toBeGreaterThan(rows[1]!.share_percent);
    }
  });

  it("puts the always-present places in every year, five distinct places, shares under 100", () => {
    for (let year = 1000; year < 1300; year++) {
      const rows = syntheticTradeYear(year, always, others);
      expect(new Set(rows.map((r) => r.place)).size).toBe(5);
      for (const p of always) expect(rows.map((r) => r.place)).toContain(p);
      expect(rows.reduce((s, r) => s + r.share_percent, 0)).toBeLessThanOrEqual(100);
    }
  });
});

describe("syntheticYears", () => {
  const real = Array.from({ length: 12 }, (_, i) => 2011 + i);
  it("makes the series 10x and 100x as long, with years before the real ones first", () => {
    const x10 = syntheticYears(real, 10);
    expect(x10).toHaveLength(108);
    expect(x10[0]).toBe(1903);
    expect(x10.at(-1)).toBe(2010);
    const x100 = syntheticYears(real, 100);
    expect(x100).toHaveLength(1188);
    expect(x100[0]).toBe(1000);
    expect(x100.filter((y) => y > 2022)).toHaveLength(1188 - 1011);
    expect(new Set([...x100, ...real]).size).toBe(1200);
  });

  it("goes after the real years only when the floor is reached", () => {
    expect(syntheticYears([2011, 2012], 3, 2009)).toEqual([2009, 2010, 2013, 2014]);
  });
});

describe("widenYearRange", () => {
  it("still finds FIRST_YEAR and LAST_YEAR in src/data/trade.ts", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "src/data"), { recursive: true });
    cpSync(join(root, "src/data/trade.ts"), join(dir, "src/data/trade.ts"));
    widenYearRange(dir);
    const text = readFileSync(join(dir, "src/data/trade.ts"), "utf8");
    expect(text).toContain("export const FIRST_YEAR = 1000;");
    expect(text).toContain("export const LAST_YEAR = 9999;");
  });
});

describe("slowestRoutes", () => {
  it("reads Astro's per-route times, in ms or s, slowest first", () => {
    const log = "02:58:25   ├─ /charts/a/a.svg/ (+212ms) \n02:58:25   └─ /index.html (+3.21s)\n   ├─ /b/ (+4ms)";
    expect(slowestRoutes(log, 2)).toEqual([
      { route: "/index.html", ms: 3210 },
      { route: "/charts/a/a.svg/", ms: 212 },
    ]);
  });
});
