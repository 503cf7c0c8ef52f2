/**
 * Renders every chart (each step too) at phone and desktop widths, light and dark, to
 * /tmp/charts as SVG, HTML and a Chromium screenshot, for a person to look at. Not a test.
 * Run: node scripts/render-charts.ts [chart-id ...]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHARTS } from "../src/charts/index.ts";
import { loadSiteData } from "../src/data/load.ts";
import { renderChartSvg } from "../src/charts/render.ts";
import { CHROMIUM_ARGS, chromiumPath } from "./lib/browser.ts";
import { LOCALES } from "../src/lib/i18n.ts";

const OUT = "/tmp/charts";
const WIDTHS = [375, 1280];
const THEMES = {
  light: { background: "#fdfcf9", color: "#1d1d1f" },
  dark: { background: "#16181d", color: "#e8e6e1" },
} as const;
const PAD = 16;

const only = process.argv.slice(2);
const data = loadSiteData(process.cwd());
mkdirSync(OUT, { recursive: true });
const chromium = await chromiumPath();

for (const spec of CHARTS.filter((c) => only.length === 0 || only.includes(c.id))) {
  for (const locale of LOCALES) {
    for (const step of [undefined, ...spec.steps.map((s) => s.id)]) {
      for (const width of WIDTHS) {
        // The chart is laid out for the column it sits in, so the page is that plus padding.
        const svg = renderChartSvg(spec, data, { width: width - 2 * PAD, step, locale });
        const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 400);
        for (const [theme, { background, color }] of Object.entries(THEMES)) {
          const name = `${spec.id}${step ? `--${step}` : ""}-${width}${theme === "dark" ? "-dark" : ""}${locale === "en" ? "" : `.${locale}`}`;
          writeFileSync(join(OUT, `${name}.svg`), svg);
          const css =
            `html,body{margin:0;background:${background};color:${color};font-family:system-ui,sans-serif}` +
            `body{padding:${PAD}px}svg{--plot-background:${background}}`;
          const html = `<!doctype html><meta charset="utf-8"><style>${css}</style>${svg}`;
          writeFileSync(join(OUT, `${name}.html`), html);
          execFileSync(
            chromium,
            [
              ...CHROMIUM_ARGS,
              "--hide-scrollbars",
              `--screenshot=${join(OUT, `${name}.png`)}`,
              `--window-size=${width},${Math.ceil(height) + 2 * PAD}`,
              `file://${join(OUT, `${name}.html`)}`,
            ],
            { stdio: "ignore" },
          );
          console.log(join(OUT, `${name}.png`));
        }
      }
    }
  }
}
