/**
 * `npm run bench:check`: compares the bench's report with the budgets kept in the repo, prints
 * each budget, the measured value and the verdict, and exits 1 if any is missed or could not
 * be measured. Usage: node scripts/check-budgets.ts [--report bench/out/report.json] [--budgets bench/budgets.json]
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluateBudgets, formatResults, type Budget } from "./bench/budgets.ts";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i > -1 ? args[i + 1]! : fallback;
};
const budgetsFile = resolve(opt("--budgets", "bench/budgets.json"));
const config = JSON.parse(readFileSync(budgetsFile, "utf8")) as { report?: string; budgets: Budget[] };
const reportFile = resolve(opt("--report", config.report ?? "bench/out/report.json"));
if (!existsSync(reportFile)) {
  console.error(`No report at ${reportFile}; run \`npm run bench\` first.`);
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportFile, "utf8")) as { generatedAt?: string };
const results = evaluateBudgets(report, config.budgets);
console.log(`Budgets (${budgetsFile}) against the report of ${report.generatedAt ?? "?"}:\n`);
console.log(formatResults(results));
const missed = results.filter((r) => r.verdict === "missed").length;
const unmeasured = results.filter((r) => r.verdict === "not measured").length;
console.log(`\n${results.length - missed - unmeasured} met, ${missed} missed, ${unmeasured} not measured.`);
process.exit(missed + unmeasured > 0 ? 1 : 0);
