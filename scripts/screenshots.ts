/**
 * Screenshots of pages at phone and desktop widths, light and dark, for looking at what we
 * build. Usage: node scripts/screenshots.ts <url> [more urls] [--out shots] [--viewport-only]
 *   [--steps] [--widths 375,1280] [--height 900]
 * --steps: one viewport shot per scrollytelling step, scrolled to it as a reader would: a
 * full-page shot cannot show the sticky graphic beside any step but the first.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gotoWithFaces, launchChromium } from "./lib/browser.ts";

const { values, positionals: urls } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: "shots" },
    "viewport-only": { type: "boolean", default: false },
    steps: { type: "boolean", default: false },
    widths: { type: "string", default: "375,1280" },
    height: { type: "string", default: "900" },
  },
});
if (urls.length === 0) {
  console.error(
    "Usage: node scripts/screenshots.ts <url> [more urls] [--out shots] [--viewport-only] [--steps] [--widths 375,1280] [--height 900]",
  );
  process.exit(2);
}
const widths = values.widths.split(",").map(Number);
mkdirSync(values.out, { recursive: true });
const browser = await launchChromium();
for (const url of urls) {
  for (const width of widths) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: Number(values.height) }, colorScheme: scheme });
      await gotoWithFaces(page, url, "networkidle");
      const { pathname, search } = new URL(url);
      const stem = ((pathname + search).replace(/[/?=&]+/g, "-").replace(/^-|-$/g, "") || "home") + `-${width}-${scheme}`;
      if (values.steps) {
        const ids = await page.$$eval(".scrolly .step[id]", (els) => els.map((e) => e.id));
        for (const id of ids) {
          await page.locator(`[id="${id}"] .step-text`).evaluate((e) => e.scrollIntoView({ block: "center" }));
          await page.waitForTimeout(500); // the graphic's transition
          const path = join(values.out, `${stem}-${id}.png`);
          await page.screenshot({ path });
          console.log(path);
        }
      } else {
        const path = join(values.out, `${stem}.png`);
        await page.screenshot({ path, fullPage: !values["viewport-only"] });
        console.log(path);
      }
      await page.close();
    }
  }
}
await browser.close();
