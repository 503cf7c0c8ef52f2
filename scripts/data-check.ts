/**
 * `npm run data:check`: loads and checks every dataset without building the site.
 * Exits 1 and lists every problem, located by file, line and column, if anything is wrong.
 * Usage: node scripts/data-check.ts [project-folder]
 */
import { resolve } from "node:path";
import { DataCheckError } from "../src/data/issues.ts";
import { loadSiteData } from "../src/data/load.ts";
import { tradeYears } from "../src/data/trade.ts";
import { checkTranslations } from "./lib/translations.ts";

const root = resolve(process.argv[2] ?? ".");
try {
  const data = loadSiteData(root);
  const untranslated = checkTranslations(root);
  if (untranslated.length) throw new DataCheckError(untranslated);
  const years = tradeYears(data, "imports");
  console.log(
    `data:check passed: ${years.length} years of trade data (${years[0]}-${years.at(-1)}), ${data.places.length} places, ` +
      "every table valid, every text in both editions.",
  );
} catch (e) {
  if (e instanceof DataCheckError) {
    console.error(e.message);
    console.error("\nNothing was built. Fix the problems above and run “npm run data:check” again.");
    process.exit(1);
  }
  throw e;
}
