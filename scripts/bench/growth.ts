/**
 * How the build grows with data: the same build in a temporary copy of the project with the
 * trade series made 10 and 100 times as long by synthetic years. The schema allows 1990-2100
 * (111 years), fewer than the 120 and 1,200 years asked for, so the copy alone has its range
 * widened to 1000-9999 (file names have four digits). Synthetic years go before 2011, down to
 * 1000; the rest after 2022, where the places that lead the last real year keep leading in the
 * same order, so the story's sentences about the end of the series stay true and the build,
 * which checks them, runs. Each factor's data are frozen as the copy's only data edition, as the
 * build requires. Each build starts with an empty temp directory, so none reads the images and
 * font cuts another build left there. The real project is not touched.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
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
  /** The routes Astro took longest to render, from its build log. */
  slowestRoutes: { route: string; ms: number }[];
}

/** Astro logs each rendered route as "├─ /path/ (+123ms)" or "(+1.23s)". */
export function slowestRoutes(log: string, n = 5): { route: string; ms: number }[] {
  const out: { route: string; ms: number }[] = [];
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g))
    out.push({ route: m[1]!, ms: Number(m[2]) * (m[3] === "s" ? 1000 : 1) });
  return out.sort((a, b) => b.ms - a.ms).slice(0, n);
}

export interface GrowthStep extends BuildMeasure {
  factor: number;
  /** Years per direction in the copy. */
  years: number;
  /** Bytes of the built story page and of the whole build, for scale. */
  storyHtmlBytes: number | null;
  distBytes: number | null;
  /** seconds / seconds of the 1x build in the same copy. */
  timeRatio: number | null;
  memoryRatio: number | null;
}

export function toBuildMeasure(m: Measured): BuildMeasure {
  return {
    seconds: m.seconds,
    peakTreeRssMB: m.peakTreeRssMB,
    peakProcessHwmMB: m.peakProcessHwmMB,
    ok: m.code === 0,
    slowestRoutes: slowestRoutes(m.output),
    ...(m.code === 0 ? {} : { error: m.output.split("\n").slice(-15).join("\n") }),
  };
}

function treeBytes(dir: string): number {
  let sum = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    sum += st.isDirectory() ? treeBytes(p) : st.size;
  }
  return sum;
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
  const widened = text
    .replace(/export const FIRST_YEAR = \d+;/, "export const FIRST_YEAR = 1000;")
    .replace(/export const LAST_YEAR = \d+;/, "export const LAST_YEAR = 9999;");
  if (!/FIRST_YEAR = 1000;/.test(widened) || !/LAST_YEAR = 9999;/.test(widened))
    throw new Error("src/data/trade.ts no longer declares FIRST_YEAR/LAST_YEAR as the bench expects; update scripts/bench/growth.ts");
  writeFileSync(file, widened);
}

function placeIds(copy: string): string[] {
  const [, ...lines] = readFileSync(join(copy, "data/places.csv"), "utf8").trim().split(/\r?\n/);
  return lines.map((l) => l.split(",")[0]!).filter(Boolean);
}

function realYears(copy: string, direction: string): number[] {
  return readdirSync(join(copy, "data/trade", direction)).flatMap((n) =>
    /^(\d{4})\.csv$/.exec(n) ? [Number(/^(\d{4})/.exec(n)![1])] : [],
  );
}

/** The always-present places in the year's file, in rank order. */
function leadersOf(copy: string, direction: string, year: number, always: readonly string[]): string[] {
  const [, ...lines] = readFileSync(join(copy, "data/trade", direction, `${year}.csv`), "utf8")
    .trim()
    .split(/\r?\n/);
  return lines
    .map((l) => l.split(","))
    .filter((c) => always.includes(c[2]!))
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((c) => c[2]!);
}

/**
 * The build publishes only data that are an edition (src/data/editions.ts): in the copy, and
 * only there, the frozen editions are replaced by one of the synthetic data, so that each
 * factor builds one edition, like the real site, and the growth is the data's alone. The copy's
 * own `data:edition` freezes it, since its checks accept the copy's widened years.
 */
export function freezeAsOnlyEdition(copy: string): void {
  const dir = join(copy, "data/editions");
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (statSync(join(dir, name)).isDirectory()) rmSync(join(dir, name), { recursive: true, force: true });
  }
  const r = spawnSync(process.execPath, [join(copy, "scripts/edition.ts")], { cwd: copy, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm run data:edition failed in the bench's copy:\n${r.stdout}\n${r.stderr}`);
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
    const last = Math.max(...existing);
    const lastLeaders = leadersOf(copy, direction, last, always);
    years = existing.length + add.length;
    for (const year of add) {
      const file = join(copy, "data/trade", direction, `${year}.csv`);
      const leaders = year > last ? lastLeaders : [];
      writeFileSync(file, tradeYearCsv(syntheticTradeYear(year, always, others, direction === "imports" ? 1 : 2, leaders)));
      files.push(file);
    }
  }
  return { files, years };
}

export async function measureGrowth(
  root: string,
  factors: readonly number[],
  env: NodeJS.ProcessEnv,
  log: (s: string) => void,
): Promise<GrowthStep[]> {
  const copy = copyProject(root);
  const steps: GrowthStep[] = [];
  try {
    widenYearRange(copy);
    let written: string[] = [];
    for (const factor of factors) {
      for (const f of written) unlinkSync(f);
      const { files, years } = writeSyntheticYears(copy, factor);
      written = files;
      freezeAsOnlyEdition(copy);
      log(`  build with ${factor}x the trade years (${years} years per direction), with empty caches...`);
      const out = join(copy, ".build", "bench-out");
      // The build keeps its PNGs and font cuts in the temp directory across builds
      // (src/lib/file-cache.ts). The 1x data are the project's own, so with the shared temp
      // directory the 1x build read everything the bench's normal build had just made, while
      // the 10x and 100x builds made their trade charts' images anew: a warm build against a
      // cold one. Each factor gets an empty temp directory of its own, as on a fresh machine.
      const cache = mkdtempSync(join(tmpdir(), "bench-growth-cache-"));
      const m = toBuildMeasure(
        await runMeasured(process.execPath, [join(copy, "scripts/build.ts"), "--out", out], {
          cwd: copy,
          env: { ...env, TMPDIR: cache },
          timeoutMs: 20 * 60_000,
        }).finally(() => rmSync(cache, { recursive: true, force: true })),
      );
      const story = join(out, "index.html");
      const base = steps.find((s) => s.factor === 1 && s.ok);
      steps.push({
        factor,
        years,
        ...m,
        storyHtmlBytes: m.ok && existsSync(story) ? statSync(story).size : null,
        distBytes: m.ok ? treeBytes(out) : null,
        timeRatio: base && m.ok ? m.seconds / base.seconds : factor === 1 && m.ok ? 1 : null,
        memoryRatio:
          base && m.ok && base.peakTreeRssMB && m.peakTreeRssMB ? m.peakTreeRssMB / base.peakTreeRssMB : factor === 1 && m.ok ? 1 : null,
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
