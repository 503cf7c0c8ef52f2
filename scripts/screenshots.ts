/**
 * Screenshots of pages at phone and desktop widths, light and dark, for looking at what we
 * build. Usage: node scripts/screenshots.ts http://127.0.0.1:4321/ [more urls] [--out shots]
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../tests/e2e/browser.ts";

const args = process.argv.slice(2);
const outIdx = args.indexOf("--out");
const out = outIdx > -1 ? args[outIdx + 1]! : "shots";
const urls = args.filter((a, i) => a !== "--out" && i !== outIdx + 1);
const full = !args.includes("--viewport-only");
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
for (const url of urls) {
  for (const width of [375, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(url, { waitUntil: "networkidle" });
      const name = (new URL(url).pathname.replace(/\/+/g, "-").replace(/^-|-$/g, "") || "home") + `-${width}-${scheme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: full });
      console.log(join(out, name));
      await page.close();
    }
  }
}
await browser.close();
