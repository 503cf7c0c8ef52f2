/**
 * `npm run bench`: builds the site, serves it on localhost, and measures the story, one chart
 * page and one embed page in headless Chromium against a hand-written reference page holding
 * only the story's first chart; then times the build with 1x, 10x and 100x the trade years.
 * Writes bench/out/report.json and bench/out/report.md. It reports; `npm run bench:check`
 * judges the report against bench/budgets.json.
 * Usage: node scripts/bench.ts [--runs 3] [--skip-growth] [--skip-lighthouse]
 */
import { cpus, loadavg, totalmem } from "node:os";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { chromiumVersion as chromiumVersionLine, launchChromium } from "./lib/browser.ts";
import { MOBILE_THROTTLING, measureChartDrawn, measureResources, measureScroll, measureWithoutJs } from "./bench/browser-measures.ts";
import { measureGrowth, toBuildMeasure } from "./bench/growth.ts";
import { launchChromeForLighthouse, runLighthouse } from "./bench/lighthouse.ts";
import { runMeasured } from "./bench/process.ts";
import { median, ratio, referencePage } from "./bench/reference.ts";
import { renderMarkdown, type PageId, type PageReport, type Report } from "./bench/report.ts";
import { startBenchServer } from "./bench/server.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const runsIdx = args.indexOf("--runs");
const RUNS = runsIdx > -1 ? Number(args[runsIdx + 1]) : 3;

const root = process.cwd();
const outDir = join(root, "bench/out");
const siteDir = join(outDir, "site");
const started = Date.now();
/** Other work on the machine skews every timing here; the report says how busy it was. */
const loadAtStart = loadavg()[0]!;
const log = (s: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

const PAGES: { id: PageId; path: string; selector: string }[] = [
  { id: "story", path: "/", selector: "figure.chart svg" },
  { id: "chart", path: "/charts/imports-mainland-vs-japan/", selector: "figure.chart svg" },
  { id: "embed", path: "/embed/imports-mainland-vs-japan/", selector: "figure.chart svg" },
  { id: "reference", path: "/__reference/", selector: "svg" },
];

mkdirSync(outDir, { recursive: true });
const server = await startBenchServer(siteDir);
// The site is built for the origin it is served from, so canonical URLs and embed codes match.
const buildEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", SITE_URL: server.origin, BASE_PATH: "/" };

log(`building the site into bench/out/site for ${server.origin}...`);
const normal = toBuildMeasure(
  await runMeasured(process.execPath, [join(root, "scripts/build.ts"), "--out", siteDir], { cwd: root, env: buildEnv }),
);
if (!normal.ok) {
  console.error(normal.error);
  await server.close();
  process.exit(1);
}
log(`built in ${normal.seconds.toFixed(1)} s`);

const pages: Partial<Record<PageId, PageReport>> = {};
/** The story's first drawn chart, which the reference page holds. */
let firstChartSvg: string | null = null;
const urlOf = (path: string) => new URL(path, server.origin).toString();
const browser: Browser = await launchChromium();
const chromiumVersion = browser.version();
try {
  for (const p of PAGES) {
    const url = urlOf(p.path);
    if (p.id === "reference") {
      const svg = pages.story?.status === "measured" ? firstChartSvg : null;
      if (!svg) {
        pages.reference = {
          id: p.id,
          path: p.path,
          url,
          status: "error",
          error: "no first chart found on the story page to build the reference from",
        };
        continue;
      }
      const html = referencePage(readFileSync(join(root, "bench/reference/index.html"), "utf8"), svg);
      mkdirSync(join(siteDir, "__reference"), { recursive: true });
      writeFileSync(join(siteDir, "__reference/index.html"), html);
      writeFileSync(join(outDir, "reference.html"), html);
    }
    const status = (await fetch(url)).status;
    if (status === 404) {
      log(`${p.id} ${p.path}: page not built, skipped`);
      pages[p.id] = { id: p.id, path: p.path, url, status: "not-built" };
      continue;
    }
    log(`${p.id} ${p.path}: requests and bytes...`);
    try {
      const { firstChartSvg: svg, ...requests } = await measureResources(browser, url, p.selector);
      if (p.id === "story") firstChartSvg = svg;
      log(`${p.id}: first chart drawn, ${RUNS} throttled runs...`);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measureChartDrawn(browser, url, p.selector));
      log(`${p.id}: scroll with long tasks, and without JavaScript...`);
      const scroll = await measureScroll(browser, url);
      const noJs = await measureWithoutJs(browser, url);
      pages[p.id] = {
        id: p.id,
        path: p.path,
        url,
        status: "measured",
        requests,
        chartDrawn: { runs, median: median(runs.flatMap((r) => (r.drawn === null ? [] : [r.drawn]))), ratioToReference: null },
        scroll,
        noJs,
      };
    } catch (e) {
      pages[p.id] = { id: p.id, path: p.path, url, status: "error", error: String((e as Error).stack ?? e) };
      log(`${p.id}: failed: ${(e as Error).message}`);
    }
  }
} finally {
  await browser.close();
}

let lighthouseVersion: string | null = null;
if (!flag("--skip-lighthouse")) {
  const chrome = await launchChromeForLighthouse();
  try {
    // One discarded run first: a fresh Chromium's first page pays for font and disk caches.
    const warmUp = Object.values(pages).find((p) => p.status === "measured");
    if (warmUp) {
      log("Lighthouse warm-up run (discarded)...");
      await runLighthouse(warmUp.url, chrome.port).catch(() => undefined);
    }
    for (const p of Object.values(pages)) {
      if (p.status !== "measured") continue;
      log(`${p.id}: Lighthouse...`);
      try {
        p.lighthouse = await runLighthouse(p.url, chrome.port);
        lighthouseVersion = p.lighthouse.lighthouseVersion;
      } catch (e) {
        p.lighthouse = { error: (e as Error).message };
      }
    }
  } finally {
    await chrome.close();
  }
}

// Ratios to the reference, measured in this same run.
const ref = pages.reference?.status === "measured" ? pages.reference : undefined;
const lhOf = (p: PageReport | undefined) => (p?.lighthouse && "scores" in p.lighthouse ? p.lighthouse : undefined);
for (const p of Object.values(pages)) {
  if (p.status !== "measured" || !ref) continue;
  p.chartDrawn!.ratioToReference = ratio(p.chartDrawn!.median, ref.chartDrawn!.median);
  p.ratios = {
    "first chart drawn": p.chartDrawn!.ratioToReference,
    requests: ratio(p.requests!.requests, ref.requests!.requests),
    "bytes gz": ratio(p.requests!.total.gzip, ref.requests!.total.gzip),
    "bytes raw": ratio(p.requests!.total.raw, ref.requests!.total.raw),
    FCP: ratio(lhOf(p)?.metrics.fcp, lhOf(ref)?.metrics.fcp),
    LCP: ratio(lhOf(p)?.metrics.lcp, lhOf(ref)?.metrics.lcp),
  };
}

const growth: Report["build"]["growth"] = {};
if (!flag("--skip-growth")) {
  log("build growth with synthetic trade years, in a temporary copy of the project...");
  for (const step of await measureGrowth(root, [1, 10, 100], buildEnv, log)) growth[`x${step.factor}` as "x1" | "x10" | "x100"] = step;
}
await server.close();

const report: Report = {
  generatedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.version,
    chromium: chromiumVersion ? `Chromium ${chromiumVersion}` : await chromiumName(),
    lighthouse: lighthouseVersion,
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  },
  method: {
    server:
      "the project's preview server (scripts/lib/site-server.ts: sirv with the production headers of src/lib/http-headers.ts) behind " +
      "a layer that gzips text responses at level 6, as a production host would; the site is built for that origin",
    viewport: "Lighthouse's mobile emulation: 412×823 CSS px at 1.75 device pixels, touch, its mobile user agent",
    bytes:
      "every response of a cold load plus a scroll to the end, unthrottled; raw is the body as served, gzip (level 6) and Brotli " +
      "(quality 11) sizes computed with node:zlib; fonts and raster images count as sent",
    lighthouse:
      "one run per page after one discarded warm-up run, mobile preset, simulated throttling (Lantern), categories performance, " +
      "accessibility, best practices and SEO, against Debian's Chromium on a remote-debugging port",
    "first chart drawn":
      `cold load with Lighthouse's mobile throttling applied through the DevTools protocol (request latency ` +
      `${+MOBILE_THROTTLING.latencyMs.toFixed(2)} ms, ${+MOBILE_THROTTLING.downloadKbps.toFixed(2)} kbit/s down, ` +
      `${+MOBILE_THROTTLING.uploadKbps.toFixed(2)} kbit/s up, CPU ${MOBILE_THROTTLING.cpuSlowdown}× slower, cache off). A script ` +
      `injected before the page's own polls every animation frame for the first matching SVG (figure.chart svg; svg on the reference) ` +
      `that has a box and that the parser has finished, and notes the next animation frame; the chart counts as drawn at the later of ` +
      `that frame and the first contentful paint (Paint Timing; nothing is on screen before it). Median of ${RUNS} runs. Not ` +
      `Lighthouse's LCP, which picks text`,
    "long tasks":
      "PerformanceObserver('longtask') with the CPU 4× slower: the page is loaded and left to settle for 1 s, then scrolled to the " +
      "end with the mouse wheel, half a screen every 100 ms; only tasks that start after the scroll begins count",
    "without JavaScript": "the page loaded with JavaScript disabled; a chart counts as drawn when its figure.chart holds an SVG with a box",
    build:
      "wall time and peak memory of `node scripts/build.ts` (data check + astro build + swap), memory sampled from /proc every 50 ms " +
      "over the process tree, and the slowest routes from Astro's log. Growth builds run in a temporary copy of the project " +
      "(node_modules symlinked) whose year range is widened to 1000-9999, because 1990-2100 holds only 111 years: synthetic years go " +
      "before 2011 (1903-2010 for 10x; 1000-2010 and then 2023-2199 for 100x), the years after 2022 keeping the last real year's " +
      "leaders in the same order so the story's sentences about the end of the series still hold; ratios are to the 1x build in the " +
      "same copy",
  },
  pages,
  build: { normal, growth },
};
writeFileSync(join(outDir, "report.json"), JSON.stringify(report, null, 2) + "\n");
const md = renderMarkdown(report);
writeFileSync(join(outDir, "report.md"), md);
console.log("\n" + md.split("\n## Lighthouse audits not passed")[0]!.split("\n## Method")[0]);
log(`wrote bench/out/report.json and bench/out/report.md; check against the budgets with \`npm run bench:check\``);

async function chromiumName(): Promise<string> {
  try {
    return await chromiumVersionLine();
  } catch {
    return "Chromium ?";
  }
}
