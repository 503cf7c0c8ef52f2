/**
 * `npm run build`: checks the data, builds the site into a fresh folder, and only then swaps
 * it in for dist/. A failed check or build leaves the previous dist/ exactly as it was.
 * Usage: node scripts/build.ts [--out dist]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkEditions } from "../src/data/editions.ts";
import { DataCheckError } from "../src/data/issues.ts";
import { loadSiteData } from "../src/data/load.ts";
import { checkTranslations } from "./lib/translations.ts";
import {
  checkChineseIsMarked,
  collapseIndentation,
  placeErrorPages,
  precompress,
  writeHeadersFile,
  writeHongKongFont,
  writeLatinFonts,
  writeSimplifiedFontRanges,
} from "./lib/finish-build.ts";

const root = process.cwd();
// Each phase's wall time, printed at the end: where a slow build (or the bench's 100x build) spends it.
const phases: [string, number][] = [];
let phaseStart = performance.now();
function phaseDone(name: string): void {
  const now = performance.now();
  phases.push([name, (now - phaseStart) / 1000]);
  phaseStart = now;
}
const outFlag = process.argv.indexOf("--out");
const out = resolve(root, outFlag > -1 ? process.argv[outFlag + 1]! : "dist");
const staging = resolve(root, ".build", `dist-${process.pid}`);
const retired = resolve(root, ".build", `old-${process.pid}`);

try {
  loadSiteData(root);
  const untranslated = checkTranslations(root);
  if (untranslated.length) throw new DataCheckError(untranslated);
  // Every frozen edition as frozen and valid, and data/ the newest of them: the site pins every graphic to one.
  const editions = checkEditions(root);
  if (editions.issues.length || editions.pending.length) throw new DataCheckError([...editions.issues, ...editions.pending]);
  phaseDone("data check");
} catch (e) {
  if (e instanceof DataCheckError) {
    console.error(e.message);
    console.error(`\nThe build stopped before writing anything; ${out} is unchanged.`);
    process.exit(1);
  }
  throw e;
}

mkdirSync(join(root, ".build"), { recursive: true });
const astro = join(root, "node_modules", "astro", "bin", "astro.mjs");
// Vite reads BASE_URL, MODE and friends from the environment; a parent Vite process (vitest)
// leaves them set, and an inherited BASE_URL=/ would override the configured base.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !["BASE_URL", "MODE", "DEV", "PROD", "SSR"].includes(k)));
const result = spawnSync(process.execPath, [astro, "build", "--outDir", staging], {
  stdio: "inherit",
  env: { ...env, ASTRO_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${out} is unchanged.`);
  process.exit(result.status ?? 1);
}
phaseDone("Astro");
try {
  placeErrorPages(staging);
  collapseIndentation(staging);
  checkChineseIsMarked(staging);
  writeSimplifiedFontRanges(staging);
  const hk = await writeHongKongFont(staging);
  phaseDone("pages finished, Chinese font cut");
  console.log(`Wrote ${hk.length} cuts of the Chinese edition's font into fonts/ (the edition's, each graphic page's and embed's own).`);
  const latin = await writeLatinFonts(staging);
  console.log(`Wrote ${latin.length} cuts of the Latin faces into fonts/.`);
  phaseDone("Latin fonts cut");
  writeHeadersFile(staging, process.env.BASE_PATH ?? "/");
  const n = await precompress(staging);
  console.log(`Wrote _headers, and .gz and .br beside ${n} text files.`);
  phaseDone("headers, compression");
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nFinishing the build failed (${(e as Error).message}); ${out} is unchanged.`);
  process.exit(1);
}
// Two renames: the old site is never half-replaced, and put back if the second one fails.
const hadOld = existsSync(out);
if (hadOld) renameSync(out, retired);
try {
  renameSync(staging, out);
} catch (e) {
  if (hadOld) renameSync(retired, out);
  rmSync(staging, { recursive: true, force: true });
  throw e;
}
rmSync(retired, { recursive: true, force: true });
phaseDone("swap");
console.log(`Built into ${out} (${phases.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(", ")}).`);
