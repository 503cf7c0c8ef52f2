/**
 * Every mark a reader can point at carries its readout (data-tip, shown by src/client/chart-tips.ts),
 * in the chart's edition and formatted as the page formats it: trade charts give place, year,
 * value and share of the year's total for each known point; a bar gives its name and the value
 * label the chart prints beside it.
 */
import { describe, expect, it } from "vitest";
import { renderChartSvg, separateTips } from "../../src/charts/render.ts";
import { wordsFor } from "../../src/data/words.ts";
import { LOCALES } from "../../src/lib/i18n.ts";
import type { TradePlaceRow } from "../../src/charts/trade-rows.ts";
import { allRenders, parseSvg, siteData, type SvgElement } from "./helpers.ts";

const TRADE_LINES = ["imports-mainland-vs-japan", "exports-mainland-vs-taiwan", "imports-top-five"];

describe.each(LOCALES)("readouts, %s", (locale) => {
  const w = wordsFor(siteData(), locale);
  for (const { spec, step, name } of allRenders()) {
    it(`${name}: every bar and dot has its readout, formatted as the page formats it`, () => {
      const svg = parseSvg(renderChartSvg(spec, siteData(), { width: 680, step, locale }));
      const tipped = [...svg.querySelectorAll("[data-tip]")];
      const tips = tipped.map((m) => m.getAttribute("data-tip")!);
      // A mark group with readouts has one on every mark: no bar or dot is left out.
      for (const g of svg.querySelectorAll("g"))
        if (Array.from(g.children).some((c) => c.getAttribute("data-tip") !== null))
          for (const c of Array.from(g.children)) expect(c.getAttribute("data-tip"), `${c.tagName} in ${name}`).not.toBeNull();
      expect(tips.length).toBeGreaterThan(0);
      expect(svg.querySelectorAll("title").length, "no native <title> left in the marks").toBe(1);
      if (TRADE_LINES.includes(spec.id)) {
        // Dots only (bands and frames are rects without a readout): one per known point of the measure drawn.
        const rows = spec.rows(siteData()) as TradePlaceRow[];
        const expected = rows
          .filter((r) => r.share_percent !== null || r.value_hkd_thousand !== null)
          .map((r) => {
            const [value, share] = [w.f.hkdThousandShort(r.value_hkd_thousand), w.f.percent(r.share_percent)];
            return locale === "en"
              ? `${w.place(r.place)}, ${r.year}: ${value}, ${share} of the year's total`
              : `${w.place(r.place)}，${w.f.year(r.year)}：${value}，佔全年總值${share}`;
          });
        for (const tip of tips) expect(expected).toContain(tip);
      } else {
        // Bars: the readout ends with the value label printed beside the bar, word for word.
        const printed = new Set([...svg.querySelectorAll("text")].map((t) => t.textContent));
        expect(tipped.every((m) => m.tagName.toLowerCase() === "rect")).toBe(true);
        for (const tip of tips) {
          const value = tip.split(locale === "en" ? ": " : "：").at(-1)!;
          expect(printed, tip).toContain(value);
        }
      }
    });
  }
});

describe("separateTips: the story's drawings without their readouts' text", () => {
  for (const locale of LOCALES)
    for (const { spec, step, name } of allRenders()) {
      it(`${name}, ${locale}: takes every readout out, in the marks' order, word for word, and leaves the drawing as it was`, () => {
        const drawn = renderChartSvg(spec, siteData(), { width: 340, step, locale });
        const { svg, tips } = separateTips(drawn);
        const marks = [...parseSvg(drawn).querySelectorAll("[data-tip]")];
        expect(tips).toEqual(marks.map((m) => m.getAttribute("data-tip")));
        const bare = [...parseSvg(svg).querySelectorAll("[data-tip]")];
        expect(bare.length).toBe(marks.length);
        expect(bare.every((m) => m.getAttribute("data-tip") === "")).toBe(true);
        // Nothing else changed: the same elements, with the same attributes but data-tip, and text.
        const shape = (el: SvgElement): unknown => [
          el.tagName,
          Array.from((el as unknown as { attributes: ArrayLike<{ name: string; value: string }> }).attributes)
            .filter((a) => a.name !== "data-tip")
            .map((a) => `${a.name}=${a.value}`),
          el.children.length ? [...Array.from(el.children)].map(shape) : el.textContent,
        ];
        expect(shape(parseSvg(svg))).toEqual(shape(parseSvg(drawn)));
      });
    }

  it("decodes the entities a serialiser writes in an attribute", () => {
    const { tips } = separateTips('<svg><rect data-tip="A &amp; B &quot;q&quot; &lt;1&gt; &#39;x&#x27;" /></svg>');
    expect(tips).toEqual([`A & B "q" <1> 'x'`]);
  });
});
