/**
 * One SVG snapshot per chart and step, rendered from the real data at each width the site
 * ships (the story's narrow and wide drawings; the wide one is also the exports'), in each edition
 * (English as <name>-<width>.svg, Chinese as <name>-<width>.zh-hk.svg), written one
 * element per line so a diff shows which mark changed. The files in __snapshots__ are the
 * reviewed pictures. On a mismatch the new drawing is also written beside the reference as
 * <name>-changed.svg, to open and compare; `npx vitest run -u` accepts it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RENDER_WIDTHS, renderChartSvg } from "../../src/charts/render.ts";
import { LOCALES } from "../../src/lib/i18n.ts";
import { allRenders, prettySvg, siteData } from "./helpers.ts";

const DIR = join(import.meta.dirname, "__snapshots__");

describe("chart snapshots", () => {
  for (const { spec, step, name } of allRenders()) {
    for (const [which, width] of Object.entries(RENDER_WIDTHS)) {
      for (const locale of LOCALES) {
        const suffix = locale === "en" ? "" : `.${locale}`;
        it(`${name} at ${width} px (${which}), ${locale}`, async () => {
          const svg = prettySvg(renderChartSvg(spec, siteData(), { width, step, locale }));
          const file = `${name}-${width}${suffix}.svg`;
          const changed = join(DIR, `${name}-${width}${suffix}-changed.svg`);
          const reference = join(DIR, file);
          if (existsSync(reference) && readFileSync(reference, "utf8") !== svg) writeFileSync(changed, svg);
          else rmSync(changed, { force: true });
          await expect(svg).toMatchFileSnapshot(`__snapshots__/${file}`);
        });
      }
    }
  }
});
