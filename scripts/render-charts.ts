/**
 * Renders every chart (each step too) at the widths the site draws them, light and dark, in both
 * editions, to /tmp/charts as SVG and PNG, for a person to look at. Not a test. PNGs are drawn
 * with resvg and the fonts the site ships (as the downloads are), so Chinese text renders on a
 * machine with no CJK fonts, and no browser is needed.
 * Run: node scripts/render-charts.ts [chart-id ...] [--locale en|zh-hk]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Resvg } from "@resvg/resvg-js";
import { CHARTS } from "../src/charts/index.ts";
import { RENDER_WIDTHS, renderChartSvg } from "../src/charts/render.ts";
import { loadSiteData } from "../src/data/load.ts";
import { exportFonts } from "../src/graphics/export-image.ts";
import { LOCALES, isLocale, type Locale } from "../src/lib/i18n.ts";

const OUT = "/tmp/charts";
const THEMES = {
  light: { background: "#fdfcf9", color: "#1d1d1f" },
  dark: { background: "#16181d", color: "#e8e6e1" },
} as const;
const FAMILY: Record<Locale, string> = { en: "Noto Sans S Chinese", "zh-hk": "Noto Sans HK" };
const PAD = 16;

const { values, positionals: only } = parseArgs({ allowPositionals: true, options: { locale: { type: "string" } } });
const locales = values.locale && isLocale(values.locale) ? [values.locale] : LOCALES;
const data = loadSiteData(process.cwd());
mkdirSync(OUT, { recursive: true });

for (const locale of locales) {
  const fontFiles = await exportFonts(data, locale);
  for (const spec of CHARTS.filter((c) => only.length === 0 || only.includes(c.id))) {
    for (const step of [undefined, ...spec.steps.map((s) => s.id)]) {
      for (const width of Object.values(RENDER_WIDTHS)) {
        const svg = renderChartSvg(spec, data, { width, step, locale });
        const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 400);
        for (const [theme, { background, color }] of Object.entries(THEMES)) {
          const suffix = `${theme === "dark" ? "-dark" : ""}${locale === "en" ? "" : `.${locale}`}`;
          const name = `${spec.id}${step ? `--${step}` : ""}-${width}${suffix}`;
          const inner = svg.replace(/currentColor/g, color).replace(/font-family:\s*inherit/g, `font-family: '${FAMILY[locale]}'`);
          const page =
            `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * PAD}" height="${height + 2 * PAD}" font-family="${FAMILY[locale]}">` +
            `<rect width="100%" height="100%" fill="${background}"/>${inner.replace(/^<svg\b/, `<svg x="${PAD}" y="${PAD}"`)}</svg>`;
          writeFileSync(join(OUT, `${name}.svg`), page);
          const png = new Resvg(page, {
            fitTo: { mode: "zoom", value: 2 },
            font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FAMILY[locale] },
          });
          writeFileSync(join(OUT, `${name}.png`), png.render().asPng());
          console.log(join(OUT, `${name}.png`));
        }
      }
    }
  }
}
