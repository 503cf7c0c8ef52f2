/**
 * One SVG snapshot per chart and step, rendered from the real data at 640 px: the file in
 * __snapshots__ is the reviewed picture, and any change to it shows up as a diff.
 */
import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../src/lib/render-chart.ts";
import { allRenders, siteData } from "./helpers.ts";

describe("chart snapshots", () => {
  for (const { spec, step, name } of allRenders()) {
    it(name, async () => {
      const svg = renderChartSvg(spec, siteData(), { width: 640, step });
      await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
    });
  }
});
