/**
 * `npm run data:edition`: freezes data/ as the edition of the newest entry of data/CHANGELOG.md,
 * copying every dataset's files to data/editions/<edition>/ with their SHA-256 in SHA256SUMS
 * (src/data/editions.ts). Run it once the data pass `npm run data:check` and the entry is
 * written, before `npm run build`. It only ever creates files: it refuses, and changes nothing,
 * when the data fail their checks, when there is nothing new to freeze, or when the edition is
 * frozen already with other data (an edition is never rewritten: a change is a new entry).
 * Usage: node scripts/edition.ts [project-folder]
 */
import { resolve } from "node:path";
import { EDITIONS_DIR, MANIFEST_FILE, freezeEdition } from "../src/data/editions.ts";
import { DataCheckError } from "../src/data/issues.ts";

const root = resolve(process.argv[2] ?? ".");
try {
  const { edition, files, already } = freezeEdition(root);
  if (already) {
    console.log(`Edition ${edition.name} (${edition.date}: ${edition.title}) is frozen already, with these data. Nothing was written.`);
  } else {
    const corrects = edition.correction ? ` It corrects edition ${edition.correction.corrects.join(", ")}.` : "";
    console.log(
      `Froze edition ${edition.name} (${edition.date}: ${edition.title}): ${files.length} files copied to ` +
        `${EDITIONS_DIR}/${edition.name}/, their SHA-256 in ${MANIFEST_FILE}.${corrects}\n` +
        `Next: npm run build. Commit ${EDITIONS_DIR}/${edition.name}/ with the data: it is never changed again.`,
    );
  }
} catch (e) {
  if (e instanceof DataCheckError) {
    console.error(e.message);
    console.error("\nNothing was frozen. Fix the problems above and run “npm run data:edition” again.");
    process.exit(1);
  }
  throw e;
}
