/**
 * How the build grows with data: the same build in a temporary copy of the project with the
 * trade series made 10 and 100 times as long by synthetic years. The schema allows 1990-2100
 * (111 years), fewer than the 120 and 1,200 years asked for, so the copy alone has its range
 * widened to 1000-9999 (four-digit years, as the file names require); the real project is not
 * touched.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { runMeasured, type Measured } from "./process.ts";
import { syntheticTradeYear, syntheticYears, tradeYearCsv } from "./synthetic.ts";

export const DIRECTIONS = ["imports", "exports"] as const;
const SKIP = new Set(["node_modules", "dist", ".build", ".astro", ".git", "bench/out"]);
/** Places in every synthetic year, so the charts that follow them get a point each year. */
const ALWAYS = ["mainland-china", "japan", "taiwan-china"];

export interface BuildMeasure {
  seconds: number;
  peakTreeRssMB: number | null;
  peakProcessHwmMB: number | null;
  ok: boolean;
  error?: string;
}

export interface GrowthStep extends BuildMeasure {
  factor: number;
  /** Years per direction in the copy. */
  years: number;
  /** Bytes of the built story page, for scale. */
  storyHtmlBytes: number | null;
  /** seconds / seconds of the 1x build in the same copy. */
  timeRatio: number | null;
  memoryRatio: number | null;
}

export function toBuildMeasure(m: Measured): BuildMeasure {
  return { seconds: m.seconds, peakTreeRssMB: m.peakTreeRssMB, peakProcessHwmMB: m.peakProcessHwmMB, ok: m.code === 0, ...(m.code === 0 ? {} : { error: m.output.split("\n").slice(-15).join("\n") }) };
}

/** A copy of the project without its build outputs, sharing node_modules by a symlink. */
export function copyProject(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), "bench-growth-"));
  cpSync(root, copy, { recursive: true, filter: (src) => !SKIP.has(relative(root, src).split("\\").join("/")) });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}

export function widenYearRange(copy: string): void {
  const file = join(copy, "src/data/trade.ts");
  const text = readFileSync(file, "utf8");
  const widened = text.replace(/export const FIRST_YEAR = \d+;/, "export const FIRST_YEAR = 1000;").replace(/export const LAST_YEAR = \d+;/, "export const LAST_YEAR = 9999;");
  if (!/FIRST_YEAR = 1000;/.test(widened) || !/LAST_YEAR = 9999;/.test(widened)) throw new Error("src/data/trade.ts no longer declares FIRST_YEAR/LAST_YEAR as the bench expects; update scripts/bench/growth.ts");
  writeFileSync(file, widened);
}

function placeIds(copy: string): string[] {
  const [, ...lines] = readFileSync(join(copy, "data/places.csv"), "utf8").trim().split(/\r?\n/);
  return lines.map((l) => l.split(",")[0]!).filter(Boolean);
}

function realYears(copy: string, direction: string): number[] {
  return readdirSync(join(copy, "data/trade", direction)).flatMap((n) => (/^(\d{4})\.csv$/.exec(n) ? [Number(/^(\d{4})/.exec(n)![1])] : []));
}

/** Writes the synthetic years for `factor`; returns the files written, to remove before the next factor. */
export function writeSyntheticYears(copy: string, factor: number): { files: string[]; years: number } {
  const ids = placeIds(copy);
  const always = ALWAYS.filter((p) => ids.includes(p));
  const others = ids.filter((p) => !always.includes(p) && p !== "hong-kong-china");
  const files: string[] = [];
  let years = 0;
  for (const direction of DIRECTIONS) {
    const existing = realYears(copy, direction);
    const add = factor > 1 ? syntheticYears(existing, factor) : [];
    years = existing.length + add.length;
    for (const year of add) {
      const file = join(copy, "data/trade", direction, `${year}.csv`);
      writeFileSync(file, tradeYearCsv(syntheticTradeYear(year, always, others, direction === "imports" ? 1 : 2)));
      files.push(file);
    }
  }
  return { files, years };
}

export async function measureGrowth(root: string, factors: readonly number[], env: NodeJS.ProcessEnv, log: (s: string) => void): Promise<GrowthStep[]> {
  const copy = copyProject(root);
  const steps: GrowthStep[] = [];
  try {
    widenYearRange(copy);
    let written: string[] = [];
    for (const factor of factors) {
      for (const f of written) unlinkSync(f);
      const { files, years } = writeSyntheticYears(copy, factor);
      written = files;
      log(`  build with ${factor}x the trade years (${years} years per direction)...`);
      const out = join(copy, ".build", "bench-out");
      const m = toBuildMeasure(await runMeasured(process.execPath, [join(copy, "scripts/build.ts"), "--out", out], { cwd: copy, env, timeoutMs: 20 * 60_000 }));
      const story = join(out, "index.html");
      const base = steps.find((s) => s.factor === 1 && s.ok);
      steps.push({
        factor,
        years,
        ...m,
        storyHtmlBytes: m.ok && existsSync(story) ? statSync(story).size : null,
        timeRatio: base && m.ok ? m.seconds / base.seconds : factor === 1 && m.ok ? 1 : null,
        memoryRatio: base && m.ok && base.peakTreeRssMB && m.peakTreeRssMB ? m.peakTreeRssMB / base.peakTreeRssMB : factor === 1 && m.ok ? 1 : null,
      });
      log(`    ${m.ok ? `${m.seconds.toFixed(1)} s, peak ${Math.round(m.peakTreeRssMB ?? 0)} MB` : `failed:\n${m.error}`}`);
    }
  } finally {
    // The symlink goes first, so nothing below can reach the real node_modules.
    unlinkSync(join(copy, "node_modules"));
    rmSync(copy, { recursive: true, force: true });
  }
  return steps;
}
