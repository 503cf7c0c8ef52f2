/**
 * The two promises the trade charts make: a missing year is a gap, never a line drawn across
 * it (Figure 4), and the years come from the data, so a new year appears with no code change.
 */
import { describe, expect, it } from "vitest";
import { EXPORTS_MAINLAND_VS_TAIWAN } from "../../src/charts/exports-mainland-vs-taiwan.ts";
import { IMPORTS_MAINLAND_VS_JAPAN } from "../../src/charts/imports-mainland-vs-japan.ts";
import { IMPORTS_TOP_FIVE } from "../../src/charts/imports-top-five.ts";
import type { ChartSpec } from "../../src/charts/types.ts";
import type { SiteData } from "../../src/data/load.ts";
import { tradeRows, tradeYears } from "../../src/data/trade.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { parseSvg, siteData, subpaths, en } from "./helpers.ts";

const WIDTH = 640;

/** Pixel column of a year, from the chart's own Plot options (domain and margins). */
function yearToPixel(spec: ChartSpec, data: SiteData, step?: string): (year: number) => number {
  const o = spec.plot(spec.rows(data), { width: WIDTH, step, words: en() });
  const [a, b] = (o.x as { domain: [number, number] }).domain;
  const [ml, mr] = [o.marginLeft as number, o.marginRight as number];
  return (year) => ml + ((year - a) / (b - a)) * (WIDTH - ml - mr);
}

describe("Figure 4 draws gaps, never bridges", () => {
  const data = siteData();
  // Table 8's 2017-2019 block is missing from the source: nothing for the Mainland there, in either measure.
  const missing = [2017, 2018, 2019];

  for (const step of [undefined, "share", "value", "cepa-2020"]) {
    it(`Mainland China's line breaks over ${missing.join("–")} (${step ?? "default"})`, () => {
      const root = parseSvg(renderChartSvg(EXPORTS_MAINLAND_VS_TAIWAN, data, { width: WIDTH, step, locale: "en" }));
      const x = yearToPixel(EXPORTS_MAINLAND_VS_TAIWAN, data, step);
      const paths = root.querySelectorAll("g.series-mainland-china path");
      expect(paths.length).toBeGreaterThan(0);
      const parts = paths.flatMap((p) => subpaths(p.getAttribute("d") ?? ""));
      expect(parts.length).toBeGreaterThan(1);
      const [before, after] = [x(missing[0]! - 1), x(missing.at(-1)! + 1)];
      for (const part of parts) {
        const xs = part.map(([px]) => px);
        // No piece of line has a vertex inside the missing years, or runs from before them to after them.
        for (const px of xs) for (const y of missing) expect(Math.abs(px - x(y))).toBeGreaterThan(1);
        expect(Math.min(...xs) <= before + 1 && Math.max(...xs) >= after - 1).toBe(false);
      }
      const dots = root.querySelectorAll("g.points-mainland-china circle").map((c) => Number(c.getAttribute("cx")));
      expect(dots.length).toBeGreaterThan(0);
      for (const cx of dots) for (const y of missing) expect(Math.abs(cx - x(y))).toBeGreaterThan(1);
    });
  }

  it("shades the illegible years and says so", () => {
    const svg = renderChartSvg(EXPORTS_MAINLAND_VS_TAIWAN, data, { width: WIDTH, locale: "en" });
    expect(svg).toContain("Not in the extracted text");
    const x = yearToPixel(EXPORTS_MAINLAND_VS_TAIWAN, data);
    const bands = parseSvg(svg)
      .querySelectorAll("rect")
      .map((r) => [Number(r.getAttribute("x")), Number(r.getAttribute("x")) + Number(r.getAttribute("width"))]);
    for (const y of missing) expect(bands.some(([l, r]) => l! < x(y) && x(y) < r!)).toBe(true);
  });

  it("takes the CEPA annotation's share from the data", () => {
    const peak = EXPORTS_MAINLAND_VS_TAIWAN.rows(data).find((r) => r.place === "mainland-china" && r.year === 2020)!;
    expect(peak.share_percent).toBe(88);
    const svg = renderChartSvg(EXPORTS_MAINLAND_VS_TAIWAN, data, { width: WIDTH, step: "cepa-2020", locale: "en" });
    expect(svg).toContain("88.0%");
    // Change the number in the data and the annotation follows.
    const altered: SiteData = {
      ...data,
      "trade-exports": data["trade-exports"].map((r) =>
        r.year === 2020 && r.place === "mainland-china" ? { ...r, share_percent: 87.5 } : r,
      ),
    };
    expect(renderChartSvg(EXPORTS_MAINLAND_VS_TAIWAN, altered, { width: WIDTH, step: "cepa-2020", locale: "en" })).toContain("87.5%");
  });
});

describe("years come from the data", () => {
  /** The real data plus a made-up 2023: a copy of the latest year's rows. */
  function withYear(data: SiteData, year: number): SiteData {
    const latest = Math.max(...tradeYears(data, "imports"));
    const copy = (d: "imports" | "exports") => [
      ...tradeRows(data, d),
      ...tradeRows(data, d)
        .filter((r) => r.year === latest)
        .map((r) => ({ ...r, year })),
    ];
    return { ...data, "trade-imports": copy("imports"), "trade-exports": copy("exports") };
  }

  it("a 2023 added to the data appears on Figure 1's axis, with no code change", () => {
    const data = withYear(siteData(), 2023);
    for (const width of [320, 640, 1280]) {
      for (const step of [undefined, ...IMPORTS_MAINLAND_VS_JAPAN.steps.map((s) => s.id)]) {
        const svg = renderChartSvg(IMPORTS_MAINLAND_VS_JAPAN, data, { width, step, locale: "en" });
        const ticks = parseSvg(svg)
          .querySelectorAll("text")
          .map((t) => t.textContent);
        expect(ticks, `width ${width}, step ${step}`).toContain("2023");
      }
    }
    const rows = IMPORTS_MAINLAND_VS_JAPAN.rows(data);
    expect(IMPORTS_MAINLAND_VS_JAPAN.period?.(rows, en())).toBe("2011–2023");
    expect(IMPORTS_MAINLAND_VS_JAPAN.describe(rows, en())).toContain("2023");
    // Without it, the real data end in 2022.
    expect(renderChartSvg(IMPORTS_MAINLAND_VS_JAPAN, siteData(), { width: 640, locale: "en" })).not.toContain(">2023<");
  });

  it("and on Table 1's and Figure 4's axes too", () => {
    const data = withYear(siteData(), 2023);
    for (const spec of [IMPORTS_TOP_FIVE, EXPORTS_MAINLAND_VS_TAIWAN] as ChartSpec[]) {
      expect(renderChartSvg(spec, data, { width: 375, locale: "en" }), spec.id).toContain(">2023</text>");
    }
  });

  it("a place that drops out of the top five becomes a gap with a note", () => {
    const data = siteData();
    const latest = Math.max(...tradeYears(data, "imports"));
    const noJapan: SiteData = {
      ...data,
      "trade-imports": data["trade-imports"].map((r) => (r.year === latest && r.place === "japan" ? { ...r, place: "brazil" } : r)),
    };
    const rows = IMPORTS_MAINLAND_VS_JAPAN.rows(noJapan);
    const gap = rows.find((r) => r.place === "japan" && r.year === latest)!;
    expect(gap).toMatchObject({ status: "not-in-top-five", share_percent: null, value_hkd_thousand: null });
    expect(IMPORTS_MAINLAND_VS_JAPAN.notes(rows, en()).join(" ")).toMatch(new RegExp(`Japan is not in Table 1's top five in ${latest}`));
  });
});

describe("Table 1's small multiples: a band of the year's top five behind each place", () => {
  const data = siteData();
  const rows = IMPORTS_TOP_FIVE.rows(data);
  const band = () => {
    const o = IMPORTS_TOP_FIVE.plot(rows, { width: WIDTH, words: en() });
    return (o.marks![0] as unknown as { data: { year: number; lo: number | null; hi: number | null; fx: number; fy: number }[] }).data;
  };

  it("spans each year's lowest to highest top-five share, from the rows", () => {
    for (const year of tradeYears(data, "imports")) {
      const shares = tradeRows(data, "imports")
        .filter((r) => r.year === year && r.share_percent !== null)
        .map((r) => r.share_percent!);
      const ofYear = band().filter((b) => b.year === year);
      expect(ofYear.length).toBeGreaterThan(0);
      for (const b of ofYear) expect([b.lo, b.hi]).toEqual([Math.min(...shares), Math.max(...shares)]);
    }
  });

  it("has one row per panel and year, so it grows with the years, not with their square", () => {
    const places = new Set(rows.filter((r) => r.share_percent !== null).map((r) => r.place)).size;
    expect(band()).toHaveLength(places * tradeYears(data, "imports").length);
  });

  it("leaves a gap, not a guess, in a year with an illegible share", () => {
    const year = tradeYears(data, "imports")[0]!;
    const blurred = rows.map((r) =>
      r.year === year && r.rank === 1 ? { ...r, share_percent: null, status: "partly-legible" as const } : r,
    );
    const o = IMPORTS_TOP_FIVE.plot(blurred, { width: WIDTH, words: en() });
    const b = (o.marks![0] as unknown as { data: { year: number; lo: number | null; hi: number | null }[] }).data;
    expect(b.filter((x) => x.year === year).every((x) => x.lo === null && x.hi === null)).toBe(true);
    expect(b.filter((x) => x.year !== year).every((x) => x.lo !== null)).toBe(true);
  });
});
