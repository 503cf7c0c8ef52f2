/**
 * `npm run data:check`: loads and checks every dataset without building the site.
 * Exits 1 and lists every problem, located by file, line and column, if anything is wrong.
 * Usage: node scripts/data-check.ts [project-folder]
 */
import { resolve } from "node:path";
import { checkEditions } from "../src/data/editions.ts";
import { DataCheckError, formatIssue } from "../src/data/issues.ts";
import { loadSiteData } from "../src/data/load.ts";
import { tradeYears } from "../src/data/trade.ts";
import { checkTranslations } from "./lib/translations.ts";

const root = resolve(process.argv[2] ?? ".");
try {
  const data = loadSiteData(root);
  const untranslated = checkTranslations(root);
  if (untranslated.length) throw new DataCheckError(untranslated);
  const editions = checkEditions(root);
  if (editions.issues.length) throw new DataCheckError(editions.issues);
  const years = tradeYears(data, "imports");
  console.log(
    `data:check passed: ${years.length} years of trade data (${years[0]}-${years.at(-1)}), ${data.places.length} places, ` +
      "every table valid, every text in both editions.",
  );
  // Data being prepared are not an error here, but the build will not publish them until they are an edition.
  if (editions.pending.length) {
    console.log(
      "\nNot an edition yet, so `npm run build` will stop:\n" +
        editions.pending.map((i) => "  - " + formatIssue(i)).join("\n") +
        "\nWhen the data are ready: their entry at the top of data/CHANGELOG.md, then `npm run data:edition` " +
        "(data/README.md, “Editions”).",
    );
  }
} catch (e) {
  if (e instanceof DataCheckError) {
    console.error(e.message);
    console.error("\nNothing was built. Fix the problems above and run “npm run data:check” again.");
    process.exit(1);
  }
  throw e;
}
