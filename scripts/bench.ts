/**
 * `npm run bench`: builds the site, serves it on localhost, and measures the story, one chart
 * page and one embed page of each edition in headless Chromium, each against its own reference:
 * hand-written HTML holding only that page's first chart. Then times the build with 1x, 10x and
 * 100x the trade years. Writes bench/out/report.json and bench/out/report.md, and each reference
 * as bench/out/reference-<page>.html. It reports; `npm run bench:check` judges the report against
 * bench/budgets.json.
 * Usage: node scripts/bench.ts [--runs 25] [--skip-growth] [--skip-lighthouse] [--pages story-en,chart-zh-hk]
 */
import { cpus, loadavg, totalmem } from "node:os";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { chromiumVersion as chromiumVersionLine, launchChromium } from "./lib/browser.ts";
import {
  MOBILE_THROTTLING,
  THROTTLED_DOWNLOAD_BYTES_PER_SECOND,
  measureChartDrawn,
  type ChartDrawnRun,
  measureResources,
  measureScroll,
  measureWithoutJs,
} from "./bench/browser-measures.ts";
import { measureGrowth, toBuildMeasure } from "./bench/growth.ts";
import { launchChromeForLighthouse, runLighthouse } from "./bench/lighthouse.ts";
import { runMeasured } from "./bench/process.ts";
import { ratio, ratioInterval, referenceFirst, referencePage, spread, transferFloor } from "./bench/reference.ts";
import { compressedSizes } from "./bench/resources.ts";
import { renderMarkdown, type PageKind, type PageReport, type Report } from "./bench/report.ts";
import { startBenchServer } from "./bench/server.ts";
import { LANG, LOCALES, localePrefix, type Locale } from "../src/lib/i18n.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
/**
 * Throttled loads of each page and of its reference: at least 5, so a median and its range mean
 * something. 25 by default: with 7, the ratio's 95% interval (ratioInterval) was 0.1-0.4 wide here,
 * far too wide to tell 1.05 from 1.10; it narrows about as 1/sqrt(runs), and each pair takes ~2 s.
 */
const RUNS = Math.max(5, Number(option("--runs") ?? 25));
const ONLY = option("--pages")?.split(",");

const root = process.cwd();
const outDir = join(root, "bench/out");
const siteDir = join(outDir, "site");
const started = Date.now();
/** Other work on the machine skews every timing here; the report says how busy it was, sampled every 10 s. */
const loadAtStart = loadavg()[0]!;
const loadSamples: number[] = [loadAtStart];
const sampler = setInterval(() => loadSamples.push(loadavg()[0]!), 10_000);
const log = (s: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

/** The chart the chart page and the embed show: the story's first. */
const CHART = "imports-mainland-vs-japan";
/** The gallery of charts and tables shows thumbnails (images), not a chart: no first chart and no reference. */
const drawsChart = (kind: PageKind) => kind !== "gallery";
const PAGES: { id: string; kind: PageKind; locale: Locale; path: string }[] = LOCALES.flatMap((locale) =>
  (
    [
      ["story", ""],
      ["chart", `charts/${CHART}/`],
      ["embed", `embed/${CHART}/`],
      ["gallery", "charts/"],
    ] as const
  ).map(([kind, path]) => ({ id: `${kind}-${locale}`, kind, locale, path: `/${localePrefix(locale)}${path}` })),
).filter((p) => !ONLY || ONLY.includes(p.id));
/** The first chart: on a page, a chart's SVG; on a reference, the one SVG. */
const PAGE_CHART = "figure.chart svg";
const REFERENCE_CHART = "svg";

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

const pages: Record<string, PageReport> = {};
const urlOf = (path: string) => new URL(path, server.origin).toString();
const template = readFileSync(join(root, "bench/reference/index.html"), "utf8");
const browser: Browser = await launchChromium();
const chromiumVersion = browser.version();
try {
  for (const p of PAGES) {
    const url = urlOf(p.path);
    const base = { id: p.id, kind: p.kind, locale: p.locale, path: p.path, url };
    if ((await fetch(url)).status === 404) {
      log(`${p.id} ${p.path}: page not built, skipped`);
      pages[p.id] = { ...base, status: "not-built" };
      continue;
    }
    try {
      log(`${p.id} ${p.path}: requests and bytes...`);
      const { firstChartSvg, bytesThroughChart, ...requests } = await measureResources(browser, url, PAGE_CHART);
      const doc = requests.resources.find((r) => r.type === "html" && r.url === url);
      const documentSizes = doc ? { document: { raw: doc.raw, gzip: doc.gzip, brotli: doc.brotli } } : {};
      if (!drawsChart(p.kind)) {
        log(`${p.id}: scroll with long tasks, and without JavaScript...`);
        pages[p.id] = {
          ...base,
          status: "measured",
          requests,
          ...documentSizes,
          scroll: await measureScroll(browser, url),
          noJs: await measureWithoutJs(browser, url),
        };
        continue;
      }
      if (!firstChartSvg) throw new Error("no chart drawn at the mobile viewport to build the reference from");
      // The page's reference: its own first chart, as drawn at the phone viewport, alone, in the page's language.
      const refPath = `/__reference/${p.id}/`;
      const refFile = `bench/out/reference-${p.id}.html`;
      const refHtml = referencePage(template, firstChartSvg, LANG[p.locale]);
      mkdirSync(join(siteDir, "__reference", p.id), { recursive: true });
      writeFileSync(join(siteDir, "__reference", p.id, "index.html"), refHtml);
      writeFileSync(join(root, refFile), refHtml);
      const refUrl = urlOf(refPath);
      const {
        firstChartSvg: _,
        resources: __,
        bytesThroughChart: ___,
        ...refRequests
      } = await measureResources(browser, refUrl, REFERENCE_CHART);
      log(`${p.id}: first chart drawn, ${RUNS} throttled loads of the page and of its reference, interleaved...`);
      const pageRuns: ChartDrawnRun[] = [];
      const refRuns: ChartDrawnRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (referenceFirst(i)) refRuns.push(await measureChartDrawn(browser, refUrl, REFERENCE_CHART));
        pageRuns.push(await measureChartDrawn(browser, url, PAGE_CHART));
        if (!referenceFirst(i)) refRuns.push(await measureChartDrawn(browser, refUrl, REFERENCE_CHART));
      }
      const pageSpread = spread(pageRuns.map((r) => r.drawn));
      const refSpread = spread(refRuns.map((r) => r.drawn));
      const refBytes = compressedSizes(Buffer.from(refHtml), true).gzip;
      const floor =
        bytesThroughChart === null
          ? null
          : transferFloor(bytesThroughChart, refBytes, refSpread.median, THROTTLED_DOWNLOAD_BYTES_PER_SECOND);
      log(`${p.id}: scroll with long tasks, and without JavaScript...`);
      const scroll = await measureScroll(browser, url);
      const noJs = await measureWithoutJs(browser, url);
      pages[p.id] = {
        ...base,
        status: "measured",
        requests,
        ...documentSizes,
        chartDrawn: {
          runs: pageRuns,
          ...pageSpread,
          ratioToReference: ratio(pageSpread.median, refSpread.median),
          pairRatios: spread(pageRuns.map((r, i) => ratio(r.drawn, refRuns[i]?.drawn))),
          ratioInterval: ratioInterval(
            pageRuns.map((r) => r.drawn),
            refRuns.map((r) => r.drawn),
          ),
          transferFloor: floor,
        },
        reference: {
          path: refPath,
          url: refUrl,
          file: refFile,
          svgBytes: Buffer.byteLength(firstChartSvg),
          svgTitle: /<title[^>]*>([^<]*)<\/title>/.exec(firstChartSvg)?.[1] ?? null,
          requests: refRequests,
          chartDrawn: { runs: refRuns, ...refSpread },
        },
        scroll,
        noJs,
        ratios: {
          "first chart drawn": ratio(pageSpread.median, refSpread.median),
          requests: ratio(requests.requests, refRequests.requests),
          "bytes gz": ratio(requests.total.gzip, refRequests.total.gzip),
          "bytes raw": ratio(requests.total.raw, refRequests.total.raw),
        },
      };
      log(
        `${p.id}: first chart at ${Math.round(pageSpread.median ?? NaN)} ms, reference ${Math.round(refSpread.median ?? NaN)} ms ` +
          `(${pages[p.id]!.chartDrawn!.ratioToReference?.toFixed(3)}×)`,
      );
    } catch (e) {
      pages[p.id] = { ...base, status: "error", error: String((e as Error).stack ?? e) };
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

const growth: Report["build"]["growth"] = {};
if (!flag("--skip-growth")) {
  log("build growth with synthetic trade years, in a temporary copy of the project...");
  for (const step of await measureGrowth(root, [1, 10, 100], buildEnv, log)) growth[`x${step.factor}` as "x1" | "x10" | "x100"] = step;
}
await server.close();
clearInterval(sampler);

const report: Report = {
  generatedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.version,
    chromium: chromiumVersion ? `Chromium ${chromiumVersion}` : await chromiumName(),
    lighthouse: lighthouseVersion,
    loadAverage: { start: loadAtStart, end: loadavg()[0]!, max: Math.max(...loadSamples), samples: loadSamples },
  },
  method: {
    server:
      "the project's preview server (scripts/lib/site-server.ts: sirv with the production headers of src/lib/http-headers.ts) behind " +
      "a layer that gzips text responses at level 6, as a production host would; the site is built for that origin",
    viewport: "Lighthouse's mobile emulation: 412×823 CSS px at 1.75 device pixels, touch, its mobile user agent",
    pages:
      `the story, the chart page and the embed of ${CHART}, and the gallery of charts and tables (/charts/), in each edition ` +
      "(English at /, Hong Kong Chinese at /zh-hk/); the gallery shows thumbnails, not a chart, so it has no first chart and no " +
      "reference; the story's HTML budget is the page's own document, gzip -6 as served",
    bytes:
      "every response of a cold load plus a scroll to the end, unthrottled; raw is the body as served, gzip (level 6) and Brotli " +
      "(quality 11) sizes computed with node:zlib; fonts and raster images count as sent",
    lighthouse:
      "one run per page after one discarded warm-up run, mobile preset, simulated throttling (Lantern), categories performance, " +
      "accessibility, best practices and SEO, against the project's Chromium (scripts/lib/browser.ts) on a remote-debugging port",
    "first chart drawn":
      `cold load with Lighthouse's mobile throttling applied through the DevTools protocol (request latency ` +
      `${+MOBILE_THROTTLING.latencyMs.toFixed(2)} ms, ${+MOBILE_THROTTLING.downloadKbps.toFixed(2)} kbit/s down, ` +
      `${+MOBILE_THROTTLING.uploadKbps.toFixed(2)} kbit/s up, CPU ${MOBILE_THROTTLING.cpuSlowdown}× slower, cache off). A script ` +
      `injected before the page's own polls every animation frame for the first matching SVG (${PAGE_CHART}; ${REFERENCE_CHART} on ` +
      `a reference) that has a box and that the parser has finished, and notes the next animation frame; the chart counts as drawn ` +
      `at the later of that frame and the first contentful paint (Paint Timing; nothing is on screen before it). Not Lighthouse's ` +
      `LCP, which picks text. Each page has its own reference: bench/reference/index.html in the page's language holding the page's ` +
      `first chart's SVG as drawn at the phone viewport in this run (kept as bench/out/reference-<page>.html). ${RUNS} loads of the ` +
      `page and ${RUNS} of its reference, in pairs, the reference first in every other pair, so a change in the machine's load ` +
      `weighs on both; the ratio is the page's median over the reference's, with the pairs' ratios for their spread. The least ` +
      `ratio its bytes allow: the page's document through its first chart's SVG, gzip -6, less the reference's document, at the ` +
      `throttled download rate, added to the reference's median (transferFloor in scripts/bench/reference.ts)`,
    "long tasks":
      "PerformanceObserver('longtask') with the CPU 4× slower: the page is loaded and left to settle for 1 s, then scrolled to the " +
      "end with the mouse wheel, half a screen every 100 ms; only tasks that start after the scroll begins count",
    "without JavaScript": "the page loaded with JavaScript disabled; a chart counts as drawn when its figure.chart holds an SVG with a box",
    build:
      "wall time and peak memory of `node scripts/build.ts` (data check + astro build + swap), memory sampled from /proc every 50 ms " +
      "over the process tree, and the slowest routes from Astro's log. Growth builds run in a temporary copy of the project " +
      "(node_modules symlinked) whose year range is widened to 1000-9999, because 1990-2100 holds only 111 years: synthetic years go " +
      "before 2011 (1903-2010 for 10x; 1000-2010 and then 2023-2199 for 100x), the years after 2022 keeping the last real year's " +
      "leaders in the same order so the story's sentences about the end of the series still hold; each growth build has an empty " +
      "temp directory of its own (TMPDIR), so none reads the PNGs and font cuts another build cached there; ratios are to the 1x " +
      "build in the same copy",
  },
  runs: RUNS,
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
