/**
 * Screenshots of pages at phone and desktop widths, light and dark, for looking at what we
 * build. Usage: node scripts/screenshots.ts <url> [more urls] [--out shots] [--viewport-only]
 *   [--widths 375,1280] [--height 900]
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "./lib/browser.ts";

const { values, positionals: urls } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: "shots" },
    "viewport-only": { type: "boolean", default: false },
    widths: { type: "string", default: "375,1280" },
    height: { type: "string", default: "900" },
  },
});
if (urls.length === 0) {
  console.error("Usage: node scripts/screenshots.ts <url> [more urls] [--out shots] [--viewport-only] [--widths 375,1280] [--height 900]");
  process.exit(2);
}
const widths = values.widths.split(",").map(Number);
mkdirSync(values.out, { recursive: true });
const browser = await launchChromium();
for (const url of urls) {
  for (const width of widths) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: Number(values.height) }, colorScheme: scheme });
      await page.goto(url, { waitUntil: "networkidle" });
      const { pathname, search } = new URL(url);
      const name = ((pathname + search).replace(/[/?=&]+/g, "-").replace(/^-|-$/g, "") || "home") + `-${width}-${scheme}.png`;
      await page.screenshot({ path: join(values.out, name), fullPage: !values["viewport-only"] });
      console.log(join(values.out, name));
      await page.close();
    }
  }
}
await browser.close();
