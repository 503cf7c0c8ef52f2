/**
 * `npm run data:new-year -- 2023`: writes data/trade/imports/2023.csv and
 * data/trade/exports/2023.csv as templates to fill in, and prints the place ids they accept.
 * Never overwrites a file: if one direction already exists, only the other is written.
 * An unfilled template fails `npm run data:check`, so blanks are never published.
 * Usage: node scripts/new-year.ts <year> [project-folder]
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readPlaces } from "../src/data/places.ts";
import { DIRECTIONS, FIRST_YEAR, LAST_YEAR, listTradeYears, RANKS_PER_YEAR, tradeFile, tradeTemplate } from "../src/data/trade.ts";
import { formatIssue } from "../src/data/issues.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [yearArg, folder] = process.argv.slice(2);
const root = resolve(folder ?? ".");
if (!yearArg || !/^\d{4}$/.test(yearArg)) {
  fail(`Give the year to add, in full: npm run data:new-year -- 2023${yearArg ? ` (found “${yearArg}”)` : ""}`);
}
const year = Number(yearArg);
if (year < FIRST_YEAR || year > LAST_YEAR) fail(`${year} is outside the years the data accept (${FIRST_YEAR}-${LAST_YEAR}).`);
if (!existsSync(join(root, "data", "trade"))) fail(`No data/trade folder in ${root}; run this from the project folder.`);

const places = readPlaces(root);
if (places.issues.length) {
  fail(`data/places.csv has problems; fix them first:\n${places.issues.map((i) => "  - " + formatIssue(i)).join("\n")}`);
}

const files = DIRECTIONS.map((direction) => ({ direction, path: tradeFile(direction, year) }));
const existing = files.filter((f) => existsSync(join(root, f.path)));
if (existing.length === files.length) {
  fail(
    `${year} already exists: ${files.map((f) => f.path).join(" and ")}.\nNothing was written. To change ${year}, edit those files; ` +
      `to start again, delete them first.`,
  );
}
for (const f of existing) console.log(`${f.path} already exists and was left as it is.`);

const written = files.filter((f) => !existing.includes(f));
for (const f of written) writeFileSync(join(root, f.path), tradeTemplate(year), { flag: "wx" });

const latest = Math.max(...DIRECTIONS.flatMap((d) => listTradeYears(root, d).years).filter((y) => y !== year));
const width = Math.max(...places.rows.map((p) => p.id.length));
const gapNote =
  Number.isFinite(latest) && year > latest + 1
    ? `\nNote: the latest year so far is ${latest}; ${year} leaves a gap, which charts will show as one.\n`
    : "";

console.log(`Wrote ${written.map((f) => f.path).join(" and ")}, with ${RANKS_PER_YEAR} rows${written.length > 1 ? " each" : ""} to fill in.
${gapNote}
What to do next (data/README.md explains each step):

  1. Open each file in a spreadsheet or a text editor. For each rank, 1 (largest) to ${RANKS_PER_YEAR}, fill in
       place               the place's id, from the list below
       value_hkd_thousand  the value in thousands of HK dollars, digits only: 684202
       share_percent       its share of the year's total, as a percentage: 29.1
     and delete the note "${"TEMPLATE: ..."}". A figure the source does not give stays
     empty, and the note says why.
  2. Save as "CSV UTF-8" and run:  npm run data:check
     Until every row is filled in, it reports "${year} is a template that has not been filled in".
  3. Add an entry at the top of data/CHANGELOG.md saying what you added.
  4. Freeze the data as the entry's edition, so that articles can pin their charts to it:
       npm run data:edition
  5. Build the site:  npm run build

Places the files accept (id, then the name as printed), from data/places.csv:
${places.rows.map((p) => `  ${p.id.padEnd(width)}  ${p.name}`).join("\n")}

A place that is not listed? Add a line to data/places.csv: id,name,display_name
(the id in lower case with hyphens, e.g. new-zealand,New Zealand,New Zealand).`);
