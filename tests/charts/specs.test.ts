/**
 * The registry and the contract each chart keeps: named like its file, sourced, stepped,
 * with notes and a description computed from its rows, and no year typed into the trade
 * charts. Also the row shaping and label placement the charts share.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHARTS, chartById } from "../../src/charts/index.ts";
import { dodge } from "../../src/charts/line-marks.ts";
import { formatYears, runs, yearTicks } from "../../src/charts/layout.ts";
import { tradePlaceRows } from "../../src/charts/trade-rows.ts";
import { DATASETS } from "../../src/data/registry.ts";
import { tradeYears } from "../../src/data/trade.ts";
import { ROOT, siteData, en, zh } from "./helpers.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { attestedForms } from "../../src/data/glossary.ts";
import { nonHongKongChars } from "../../src/lib/hant.ts";
import { PAPER } from "../../src/site.ts";

/** The paper's extracted text, whitespace-normalised. */
const PAPER_TEXT = readFileSync(join(ROOT, "../shared/seeds/004_3fe404eb11bc0023.txt"), "utf8").replace(/\s+/g, " ");

describe("registry", () => {
  it("has each chart once, in a file named after its id", async () => {
    const ids = CHARTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of CHARTS) {
      expect(spec.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const mod = (await import(`../../src/charts/${spec.id}.ts`)) as Record<string, unknown>;
      expect(Object.values(mod)).toContain(spec);
      expect(chartById(spec.id)).toBe(spec);
    }
    expect(chartById("no-such-chart")).toBeUndefined();
  });

  it("holds the ten charts of the story", () => {
    expect(CHARTS.map((c) => c.id).sort()).toEqual(
      [
        "animation-exports-2016",
        "box-office-2022",
        "exports-mainland-vs-taiwan",
        "hk-films-2022-box-office",
        "hk-films-abroad-2022",
        "imports-mainland-vs-japan",
        "imports-top-five",
        "mainland-films-hk-2022-box-office",
        "origin-of-releases-2022",
        "tvb-mainland-dramas-ratings",
      ].sort(),
    );
  });
});

describe.each(CHARTS.map((c) => [c.id, c] as const))("%s", (_id, spec) => {
  const rows = spec.rows(siteData());

  it("is titled as the paper prints it, and names its source", () => {
    const ref = spec.paperRef.en;
    if (/^(Figure|Table) \d$/.test(ref)) expect(PAPER_TEXT.toLowerCase()).toContain(`${ref}. ${spec.title.en}`.toLowerCase());
    else expect(ref).toMatch(/\(prose\)$/); // a figure of the text, with no printed title of its own
    expect(spec.source.en).toMatch(/^Source: .+ (Table|Figure|text)/);
    expect(spec.source.en).toContain(PAPER.citation);
    for (const d of spec.datasets) expect(DATASETS.map((x) => x.id)).toContain(d);
  });

  it("has steps with unique ids and a caption each", () => {
    expect(spec.steps.length).toBeGreaterThan(0);
    expect(new Set(spec.steps.map((s) => s.id)).size).toBe(spec.steps.length);
    for (const s of spec.steps) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.caption.en).toMatch(/^[A-Z0-9“].+\.$/);
    }
  });

  it("has rows, notes that speak of missing values, and a description with numbers", () => {
    expect(rows.length).toBeGreaterThan(0);
    const notes = spec.notes(rows, en());
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.join(" ")).toMatch(/missing/i);
    const text = spec.describe(rows, en());
    expect(text.length).toBeGreaterThan(80);
    expect(text).toMatch(/\d/);
    expect(text.endsWith(".")).toBe(true);
  });

  it("plots without a DOM, the same options for the same input", () => {
    expect((globalThis as { document?: unknown }).document).toBeUndefined();
    for (const step of [undefined, ...spec.steps.map((s) => s.id)]) {
      const a = spec.plot(rows, { width: 640, step, words: en() });
      const b = spec.plot(rows, { width: 640, step, words: en() });
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(a.title ?? a.subtitle ?? a.caption).toBeUndefined();
    }
  });
});

describe("no year is typed into the trade charts", () => {
  // Years must flow from data/; the only literals allowed are the two the paper's prose names, each on its own constant.
  const files = ["imports-mainland-vs-japan", "exports-mainland-vs-taiwan", "imports-top-five", "line-marks", "trade-rows", "layout"];
  it.each(files)("src/charts/%s.ts", (name) => {
    const code = readFileSync(join(ROOT, "src/charts", `${name}.ts`), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    const lines = code.split("\n").filter((l) => /\b(19|20)\d\d\b/.test(l));
    for (const l of lines) expect(l).toMatch(/const (TURNING_POINT_YEAR|CEPA_REVISED_YEAR|CEPA_REVISED_DATE) = /);
  });
});

describe("trade rows say why a number is missing", () => {
  const rows = tradePlaceRows(siteData(), "exports", ["mainland-china", "taiwan-china"], "Table 8");
  const row = (place: string, year: number) => rows.find((r) => r.place === place && r.year === year)!;

  it("one row per year and place", () => {
    const years = tradeYears(siteData(), "exports");
    expect(rows).toHaveLength(years.length * 2);
  });

  it("distinguishes every cause", () => {
    expect(row("taiwan-china", 2012)).toMatchObject({ status: "not-in-top-five", rank: null, share_percent: null });
    expect(row("mainland-china", 2018)).toMatchObject({ status: "unknown", share_percent: null });
    expect(row("taiwan-china", 2017)).toMatchObject({ status: "partly-legible", share_percent: 56.2, value_hkd_thousand: null, rank: 1 });
    expect(row("mainland-china", 2017)).toMatchObject({ status: "illegible", rank: 2 });
    expect(row("mainland-china", 2020)).toMatchObject({ status: "known", share_percent: 88, value_hkd_thousand: 333793 });
    for (const r of rows.filter((x) => x.status !== "known")) expect(r.note, `${r.place} ${r.year}`).toBeTruthy();
  });
});

describe("layout helpers", () => {
  it("year ticks always include the latest year and fit the width", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2090 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 60, max: 1400 }),
        (first, n, px) => {
          const years = Array.from({ length: n }, (_, i) => first + i);
          const ticks = yearTicks(years, px);
          expect(ticks.at(-1)).toBe(first + n - 1);
          expect(ticks.every((t) => years.includes(t))).toBe(true);
          expect(ticks.length).toBeLessThanOrEqual(Math.max(2, Math.floor(px / 44)));
        },
      ),
    );
  });

  it("runs and year lists", () => {
    expect(runs([2019, 2014, 2017, 2018])).toEqual([
      [2014, 2014],
      [2017, 2019],
    ]);
    expect(formatYears([2014, 2017, 2018, 2019, 2021])).toBe("2014, 2017–2019 and 2021");
  });

  it("dodged labels never overlap and stay inside the plot when they fit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ px: fc.double({ min: 0, max: 300, noNaN: true }), half: fc.double({ min: 4, max: 16, noNaN: true }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        (items) => {
          const [min, max, gap] = [0, 300, 2];
          fc.pre(items.reduce((s, it) => s + 2 * it.half + gap, 0) <= max - min);
          const out = dodge(items, min, max, gap);
          const order = items.map((_, i) => i).sort((a, b) => out[a]! - out[b]!);
          for (let k = 1; k < order.length; k++) {
            const [p, c] = [order[k - 1]!, order[k]!];
            expect(out[c]! - out[p]!).toBeGreaterThanOrEqual(items[p]!.half + items[c]!.half + gap - 1e-6);
          }
          out.forEach((y, i) => {
            expect(y - items[i]!.half).toBeGreaterThanOrEqual(min - 1e-6);
            expect(y + items[i]!.half).toBeLessThanOrEqual(max + 1e-6);
          });
        },
      ),
    );
  });
});

describe.each(CHARTS.map((c) => [c.id, c] as const))("%s in Chinese", (_id, spec) => {
  const rows = spec.rows(siteData());
  const w = zh();
  const texts = () => [
    spec.paperRef["zh-hk"],
    spec.title["zh-hk"],
    spec.subtitle["zh-hk"],
    spec.source["zh-hk"],
    ...spec.steps.map((s) => s.caption["zh-hk"]),
    ...spec.notes(rows, w),
    spec.describe(rows, w),
  ];

  it("has every text translated: none empty, each in Chinese", () => {
    for (const t of texts()) {
      expect(t.trim(), JSON.stringify(t)).not.toBe("");
      expect(t, t).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it("writes Chinese as Hong Kong does: no character Hong Kong writing never uses", () => {
    const allowed = attestedForms(siteData().glossary);
    for (const t of texts()) expect(nonHongKongChars(t, allowed), t).toEqual([]);
  });

  it("draws its labels in Chinese, with the edition's numbers", () => {
    const svg = renderChartSvg(spec, siteData(), { width: 680, locale: "zh-hk" });
    expect(svg).toMatch(/<text[^>]*>[^<]*[\u4e00-\u9fff]/u);
    expect(svg).not.toMatch(/HK\$/);
  });
});
