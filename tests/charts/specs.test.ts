/**
 * The registry and the contract each chart keeps: named like its file, sourced, stepped,
 * with notes and a description computed from its rows, and no year typed into the trade
 * charts. Also the row shaping and label placement the charts share.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as Plot from "@observablehq/plot";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { CHARTS, chartById } from "../../src/charts/index.ts";
import type { ChartSpec } from "../../src/charts/types.ts";
import type { Words } from "../../src/data/words.ts";
import { LOCALES, type Locale } from "../../src/lib/i18n.ts";
import { dodge } from "../../src/charts/line-marks.ts";
import { yearTicks } from "../../src/charts/layout.ts";
import { ENGLISH, runs } from "../../src/lib/formatters.ts";
import { tradePlaceRows } from "../../src/charts/trade-rows.ts";
import { DATASETS } from "../../src/data/registry.ts";
import { tradeYears } from "../../src/data/trade.ts";
import { ROOT, siteData, en, zh } from "./helpers.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { attestedForms } from "../../src/data/glossary.ts";
import { nonHongKongChars } from "../../src/lib/hant.ts";
import { PAPER } from "../../src/site.ts";

const words = (locale: Locale): Words => (locale === "en" ? en() : zh());

function isChart(v: unknown): v is ChartSpec {
  return (
    typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "chart" && typeof (v as { id?: unknown }).id === "string"
  );
}

/** Years a text names, single ("2014", "2014年") or as spans ("2014–2015", "2011至2022年", "2011 to 2022"), spans expanded. */
function yearsNamed(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d\d)(?:\s*(?:–|-|至|to)\s*((?:19|20)\d\d))?(?!\d)/g)) {
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
    for (let y = a; y <= b; y++) out.add(y);
  }
  return out;
}

type Row = Record<string, unknown>;

/** Fields holding a number in some row (other than the year): the values a chart draws. */
function numericFields(rows: Row[]): string[] {
  const keys = new Set(rows.flatMap((r) => Object.keys(r)));
  return [...keys].filter((k) => k !== "year" && rows.some((r) => typeof r[k] === "number"));
}

/** What a row is called in an edition: its place through the edition's words, else its label, category or title. */
function namesOf(r: Row, w: Words): string[] {
  const names: string[] = [];
  if (typeof r.place === "string") names.push(w.place(r.place));
  if (w.locale === "en")
    for (const k of ["label", "category", "title_en", "title", "place_name"]) if (typeof r[k] === "string") names.push(r[k]);
  if (w.locale !== "en" && typeof r.title_zh === "string") names.push(w.title(r.title_zh).text);
  return names.filter((n) => n !== "");
}

/** The places (or rows) with a number missing, and the years it is missing in, from the rows themselves. */
function missingValues(rows: Row[], w: Words): { name: string; years: number[] }[] {
  const fields = numericFields(rows);
  const out = new Map<string, Set<number>>();
  for (const r of rows) {
    if (!fields.some((k) => r[k] === null || r[k] === undefined)) continue;
    const name = namesOf(r, w)[0];
    if (name === undefined) throw new Error(`a row with a missing value has no name to look for in the notes: ${JSON.stringify(r)}`);
    const years = out.get(name) ?? new Set<number>();
    if (typeof r.year === "number") years.add(r.year);
    out.set(name, years);
  }
  return [...out].map(([name, years]) => ({ name, years: [...years].sort((a, b) => a - b) }));
}

const plotIds = (svg: string) => {
  const ids = new Map<string, string>();
  return svg.replace(/plot-(clip|pattern)-\d+/g, (id, kind: string) => {
    if (!ids.has(id)) ids.set(id, `${kind}-${ids.size + 1}`);
    return ids.get(id)!;
  });
};

/** Plot options drawn into a fresh document, with Plot's global id counter taken out. */
function plotSvg(options: Plot.PlotOptions): string {
  const { title: _t, subtitle: _s, caption: _c, ...rest } = options;
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  return plotIds((Plot.plot({ ...rest, document }) as unknown as { outerHTML: string }).outerHTML);
}

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

  it("holds every chart module of src/charts/, and nothing else", async () => {
    // A chart is a module exporting a spec of kind "chart"; the registry must list each (a forgotten one has no page).
    const found: string[] = [];
    for (const file of readdirSync(join(ROOT, "src/charts")).filter((f) => f.endsWith(".ts"))) {
      const mod = (await import(`../../src/charts/${file}`)) as Record<string, unknown>;
      for (const v of Object.values(mod)) if (isChart(v)) found.push(v.id);
    }
    expect([...new Set(found)].sort()).toEqual(CHARTS.map((c) => c.id).sort());
  });

  it.each(LOCALES)("holds the charts the %s story shows, each with the steps it uses", (locale) => {
    const dir = join(ROOT, "src/content/story", locale);
    const mdx = readdirSync(dir)
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    const shown = [...mdx.matchAll(/<(?:Chart id|Step chart)="([^"]+)"/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(0);
    // Every chart is in the story, and the story shows no chart the registry lacks.
    expect([...new Set(shown)].sort()).toEqual(CHARTS.map((c) => c.id).sort());
    for (const [, id, state] of mdx.matchAll(/<Step chart="([^"]+)" state="([^"]+)"/g))
      expect(
        chartById(id!)?.steps.map((s) => s.id),
        `${id} step ${state}`,
      ).toContain(state);
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

  it.each(LOCALES)("has rows, and notes (%s) that name every place and year with a missing value", (locale) => {
    expect(rows.length).toBeGreaterThan(0);
    const w = words(locale);
    const notes = spec.notes(rows, w);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.trim(), JSON.stringify(n)).not.toBe("");
    const missing = missingValues(rows, w);
    // Trade rows say why a figure is absent: any row not "known" must show up as a gap here.
    if (rows.some((r) => r.status !== undefined && r.status !== "known")) expect(missing).not.toEqual([]);
    for (const { name, years } of missing) {
      const naming = notes.filter((n) => n.includes(name));
      expect(naming, `no note names ${name}, which has missing values`).not.toEqual([]);
      const named = new Set(naming.flatMap((n) => [...yearsNamed(n)]));
      const unnamed = years.filter((y) => !named.has(y));
      expect(unnamed, `${name}: missing in ${years.join(", ")}, but no note on ${name} names ${unnamed.join(", ")}`).toEqual([]);
    }
  });

  it.each(LOCALES)("has a description (%s) computed from the rows: with their figures, and other figures give other words", (locale) => {
    const w = words(locale);
    const text = spec.describe(rows, w);
    expect(text).toMatch(/\d/);
    expect(text).toMatch(locale === "en" ? /\.$/ : /。$/);
    // Not typed in: change every measured figure (not years, ranks or row numbers) and the description changes.
    const changed = rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, typeof v === "number" && !["year", "rank", "no"].includes(k) ? v * 2 + 1 : v]),
      ),
    );
    expect(spec.describe(changed, w)).not.toBe(text);
  });

  it("plots without a DOM, the same drawing for the same input, in both editions", () => {
    expect((globalThis as { document?: unknown }).document).toBeUndefined();
    for (const locale of LOCALES)
      for (const step of [undefined, ...spec.steps.map((s) => s.id)]) {
        const a = spec.plot(rows, { width: 640, step, words: words(locale) });
        const b = spec.plot(rows, { width: 640, step, words: words(locale) });
        expect(a.title ?? a.subtitle ?? a.caption).toBeUndefined();
        // Drawn, not compared as JSON: JSON.stringify drops the functions (channels, transforms) that make the drawing.
        expect(plotSvg(a), `${spec.id} ${step ?? ""} (${locale})`).toBe(plotSvg(b));
      }
  });
});

describe("the missing-value check", () => {
  it("reads single years and spans, in both editions", () => {
    expect([...yearsNamed("Taiwan: outside the top five in 2014–2015 and 2017.")]).toEqual([2014, 2015, 2017]);
    expect([...yearsNamed("台灣：2011至2013及2016年不在五大之列")]).toEqual([2011, 2012, 2013, 2016]);
    expect([...yearsNamed("from 2011 to 2013; Table 8, pp. 82-93")]).toEqual([2011, 2012, 2013]);
  });

  it("finds the place and years of each missing figure", () => {
    const rows = [
      { year: 2014, place: "taiwan-china", share_percent: null, value_hkd_thousand: 5 },
      { year: 2015, place: "taiwan-china", share_percent: 3, value_hkd_thousand: null },
      { year: 2015, place: "japan", share_percent: 3, value_hkd_thousand: 4 },
    ];
    expect(missingValues(rows, en())).toEqual([{ name: en().place("taiwan-china"), years: [2014, 2015] }]);
    expect(missingValues(rows, zh())).toEqual([{ name: zh().place("taiwan-china"), years: [2014, 2015] }]);
  });
});

describe("plotSvg, which the purity test compares", () => {
  it("tells apart options that differ only in a function, which JSON.stringify does not", () => {
    const rows = [
      { x: 1, y: 2 },
      { x: 2, y: 1 },
    ];
    const a = { marks: [Plot.dot(rows, { x: (d: { x: number }) => d.x, y: (d: { y: number }) => d.y })] };
    const b = { marks: [Plot.dot(rows, { x: (d: { x: number }) => d.x, y: (d: { y: number }) => -d.y })] };
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(plotSvg(a)).not.toBe(plotSvg(b));
    const again = { marks: [Plot.dot(rows, { x: (d: { x: number }) => d.x, y: (d: { y: number }) => d.y })] };
    expect(plotSvg(a)).toBe(plotSvg(again));
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
    expect(ENGLISH.years([2014, 2017, 2018, 2019, 2021])).toBe("2014, 2017–2019 and 2021");
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
