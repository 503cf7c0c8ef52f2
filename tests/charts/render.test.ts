/**
 * What every rendered chart must be, whatever it draws: an accessible, self-contained <svg>
 * of the requested width, the same bytes every time, with no Plot warning and no legend.
 */
import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import type { ChartSpec } from "../../src/charts/types.ts";
import { renderChartSvg, roundNumbers } from "../../src/charts/render.ts";
import { allRenders, parseSvg, siteData, en } from "./helpers.ts";

describe("every chart and step", () => {
  const renders = allRenders().map((r) => ({ ...r, svg: renderChartSvg(r.spec, siteData(), { width: 640, step: r.step, locale: "en" }) }));

  it.each(renders.map((r) => [r.name, r] as const))("%s is an accessible image", (_name, { spec, step, svg }) => {
    const root = parseSvg(svg);
    expect(root.tagName.toLowerCase()).toBe("svg");
    expect(root.getAttribute("role")).toBe("img");
    const prefix = step ? `${spec.id}--${step}` : spec.id;
    expect(root.getAttribute("aria-labelledby")).toBe(`${prefix}-title`);
    expect(root.getAttribute("aria-describedby")).toBe(`${prefix}-desc`);
    // <title> and <desc> come first, so assistive technology finds them before any drawing.
    const [first, second] = Array.from(root.children);
    expect(first?.tagName.toLowerCase()).toBe("title");
    expect(first?.getAttribute("id")).toBe(`${prefix}-title`);
    // The title, and in a step the step's caption after it: exactly, not merely starting with the title.
    const caption = spec.steps.find((s) => s.id === step)?.caption.en;
    expect(first?.textContent).toBe(caption ? `${spec.title.en}: ${caption}` : spec.title.en);
    expect(second?.tagName.toLowerCase()).toBe("desc");
    expect(second?.getAttribute("id")).toBe(`${prefix}-desc`);
    expect(second?.textContent).toBe(spec.describe(spec.rows(siteData()), en()));
    expect(root.querySelectorAll("g[aria-label]")).toHaveLength(0);
    expect(root.querySelectorAll("[aria-description]")).toHaveLength(0);
  });

  it.each(renders.map((r) => [r.name, r] as const))("%s inherits the page's font and colour", (_name, { svg }) => {
    const root = parseSvg(svg);
    expect(root.getAttribute("font-family")).toBeNull();
    expect(root.getAttribute("style")).toContain("font-family:inherit");
    expect(root.getAttribute("fill")).toBe("currentColor");
    // Plot's own <style> stays: it makes the SVG scale down in a narrow column.
    expect(root.querySelector("style")?.textContent).toContain(`chart-${_name.split("--")[0]}`);
    // No font set on any element: text takes the page's font.
    expect(root.querySelectorAll("[font-family]")).toHaveLength(0);
    expect(svg).not.toMatch(/style="[^"]*font-family:(?!inherit)/);
  });

  it.each(renders.map((r) => [r.name, r] as const))(
    "%s has no Plot warning, no long floats and no unprefixed ids",
    (_name, { spec, step, svg }) => {
      expect(svg).not.toContain("\u26a0");
      // In attribute values only: text such as “1.539 billion yuan” is prose.
      expect(svg).not.toMatch(/="[^"]*\d\.\d{3,}[^"]*"/);
      const prefix = step ? `${spec.id}--${step}` : spec.id;
      for (const [, id] of svg.matchAll(/ id="([^"]+)"/g)) expect(id!.startsWith(`${prefix}-`)).toBe(true);
      expect(svg).not.toMatch(/plot-(clip|pattern)-\d/);
    },
  );

  it("ids are unique across every chart and step, so all can share one page", () => {
    const ids = renders.flatMap((r) => [...r.svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every url(#…) reference points at an id in the same SVG", () => {
    for (const { svg } of renders) {
      const ids = new Set([...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids.has(ref)).toBe(true);
    }
  });

  it("renders are byte-identical, whatever was rendered before", () => {
    // Plot numbers clip paths and patterns with a global counter; a second pass in reverse order must not change a byte.
    const again = [...renders]
      .reverse()
      .map((r) => [r.name, renderChartSvg(r.spec, siteData(), { width: 640, step: r.step, locale: "en" })] as const);
    for (const [name, svg] of again) expect(svg, name).toBe(renders.find((r) => r.name === name)!.svg);
  });
});

describe("responsive sizes", () => {
  const charts = [...new Set(allRenders().map((r) => r.spec))];
  for (const width of [320, 375, 1280]) {
    it.each(charts.map((c) => [c.id, c] as const))(`%s renders at ${width} px with that width`, (_id, spec) => {
      for (const step of [undefined, ...spec.steps.map((s) => s.id)]) {
        const root = parseSvg(renderChartSvg(spec, siteData(), { width, step, locale: "en" }));
        expect(root.getAttribute("width")).toBe(String(width));
        const [x, y, w, h] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number);
        expect([x, y, w]).toEqual([0, 0, width]);
        expect(Number(root.getAttribute("height"))).toBe(h);
        expect(Number.isInteger(h)).toBe(true);
      }
    });
  }

  // The charts that draw a line (a Plot mark labelled "line"), found from their options rather than listed by id.
  const lineCharts = charts.filter((spec) => {
    const marks: unknown[] = [spec.plot(spec.rows(siteData()), { width: 640, words: en() }).marks ?? []];
    return (marks.flat(10) as ({ ariaLabel?: string } | null)[]).some((m) => m?.ariaLabel === "line");
  });

  it("line charts are not taller than 420 px on a wide screen nor shorter than 260 px on a phone", () => {
    expect(lineCharts.length).toBeGreaterThan(0);
    for (const spec of lineCharts) {
      const height = (width: number) => Number(parseSvg(renderChartSvg(spec, siteData(), { width, locale: "en" })).getAttribute("height"));
      expect(height(1280), spec.id).toBeLessThanOrEqual(420);
      expect(height(320), spec.id).toBeGreaterThanOrEqual(260);
    }
  });

  it("every text label stays inside the SVG's width", () => {
    // Positions of text anchors only (their extent needs a layout engine), at the narrowest width.
    for (const spec of charts) {
      const root = parseSvg(renderChartSvg(spec, siteData(), { width: 320, locale: "en" }));
      for (const t of root.querySelectorAll("text")) {
        const m = /translate\((-?[\d.]+),/.exec(t.getAttribute("transform") ?? "");
        if (m) expect(Number(m[1]), `${spec.id}: “${t.textContent}”`).toBeLessThanOrEqual(320);
        if (m) expect(Number(m[1]), `${spec.id}: “${t.textContent}”`).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe("renderChartSvg", () => {
  const base: ChartSpec<{ x: number; y: number; c: string }> = {
    kind: "chart",
    id: "test-chart",
    paperRef: { en: "none", "zh-hk": "無" },
    title: { en: "A test", "zh-hk": "測試" },
    subtitle: { en: "units", "zh-hk": "單位" },
    source: { en: "none", "zh-hk": "無" },
    datasets: [],
    steps: [{ id: "one", caption: { en: "Step one", "zh-hk": "第一步" } }],
    rows: () => [
      { x: 1, y: 1.123456789, c: "a" },
      { x: 2, y: 2.987654321, c: "b" },
    ],
    notes: () => [],
    describe: () => "Two points.",
    plot: (rows) => ({
      title: "dropped",
      subtitle: "dropped",
      caption: "dropped",
      height: 100,
      marks: [Plot.line(rows, { x: "x", y: "y" })],
    }),
  };

  it("drops title, subtitle and caption, which would make Plot return a <figure>", () => {
    const svg = renderChartSvg(base, siteData(), { width: 300, locale: "en" });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toContain("dropped");
  });

  it("refuses a legend, which would make Plot return a <figure>, naming the chart", () => {
    const withLegend: typeof base = {
      ...base,
      plot: (rows) => ({ color: { legend: true }, marks: [Plot.dot(rows, { x: "x", y: "y", fill: "c" })] }),
    };
    expect(() => renderChartSvg(withLegend, siteData(), { width: 300, locale: "en" })).toThrow(/test-chart.*legend/);
  });

  it("refuses a step the chart does not know", () => {
    expect(() => renderChartSvg(base, siteData(), { width: 300, step: "nope", locale: "en" })).toThrow(/no step “nope”.*one/);
  });

  it("suffixes ids with the step, or with a given prefix", () => {
    expect(renderChartSvg(base, siteData(), { width: 300, step: "one", locale: "en" })).toContain('id="test-chart--one-title"');
    expect(renderChartSvg(base, siteData(), { width: 300, idPrefix: "embed-2", locale: "en" })).toContain('id="embed-2-desc"');
  });

  it("rounds long floats to one decimal and leaves short numbers and lengths in em alone", () => {
    expect(roundNumbers("M40,162.06412ZM200,20.5L280,105.75")).toBe("M40,162.1ZM200,20.5L280,105.8");
    expect(roundNumbers("translate(0.5,1e-7) 0.32em -1.25em -0.001 12.04")).toBe("translate(0.5,0) 0.32em -1.25em 0 12");
  });

  it("runs with Plot's pixel offset at 0 in Node, as in the site build", async () => {
    // Plot sets a 0.5 px offset when a global `it` exists (its own mocha tests): with vitest globals on, snapshots would shift.
    // @ts-expect-error Plot ships no types for its internal modules.
    const { offset } = (await import("../../node_modules/@observablehq/plot/src/style.js")) as { offset: number };
    expect(offset).toBe(0);
  });
});
