/**
 * Measures taken in Debian's Chromium through playwright-core, with Lighthouse's mobile
 * emulation (Moto G Power screen and user agent) and, where said, its mobile throttling applied
 * through the DevTools protocol with the same numbers Lighthouse's devtools throttling uses.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { screenEmulationMetrics, throttling, userAgents } from "lighthouse/core/config/constants.js";
import { documentThroughChart } from "./reference.ts";
import { classifyResource, compressedSizes, isCompressible, summariseResources, type Resource, type ResourceSummary } from "./resources.ts";

export const MOBILE: { width: number; height: number; deviceScaleFactor: number } = screenEmulationMetrics.mobile!;
/** Lighthouse's mobile preset ("slow 4G", CPU 4x), in the form the DevTools protocol takes. */
export const MOBILE_THROTTLING = {
  latencyMs: throttling.mobileSlow4G.requestLatencyMs,
  downloadKbps: throttling.mobileSlow4G.downloadThroughputKbps,
  uploadKbps: throttling.mobileSlow4G.uploadThroughputKbps,
  cpuSlowdown: throttling.mobileSlow4G.cpuSlowdownMultiplier,
};

/** The throttled download rate in bytes per second, as the DevTools protocol takes it. */
export const THROTTLED_DOWNLOAD_BYTES_PER_SECOND = (MOBILE_THROTTLING.downloadKbps * 1024) / 8;

function mobileContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: MOBILE.width, height: MOBILE.height },
    deviceScaleFactor: MOBILE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    userAgent: userAgents.mobile,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
}

async function throttle(page: Page, { network, cpu }: { network: boolean; cpu: boolean }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (network) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: MOBILE_THROTTLING.latencyMs,
      downloadThroughput: THROTTLED_DOWNLOAD_BYTES_PER_SECOND,
      uploadThroughput: (MOBILE_THROTTLING.uploadKbps * 1024) / 8,
    });
  }
  if (cpu) await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE_THROTTLING.cpuSlowdown });
}

/**
 * Injected before any of the page's own code (through the DevTools protocol, so the page's CSP
 * does not apply). It records long tasks and layout shifts, and polls every animation frame for
 * the first chart: the first element matching the selector that has a box (the narrow and wide
 * renderings of a chart are both in the page; one is display:none) and that the parser has
 * finished (a node follows it in the document, or parsing is over). It then notes the time of
 * the next animation frame, the first to start after the frame holding the chart was rendered.
 */
function probe(selector: string): string {
  return `(() => {
  const b = (window.__bench = { found: null, nextFrame: null, longTasks: [], shifts: [] });
  const observe = (type, push) => {
    try { new PerformanceObserver((l) => l.getEntries().forEach(push)).observe({ type, buffered: true }); } catch {}
  };
  observe("longtask", (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe("layout-shift", (e) => { if (!e.hadRecentInput) b.shifts.push({ start: e.startTime, value: e.value }); });
  const followed = (el) => {
    for (let n = el; n && n !== document.documentElement; n = n.parentNode) if (n.nextSibling) return true;
    return false;
  };
  const poll = () => {
    const svg = [...document.querySelectorAll(${JSON.stringify(selector)})].find((s) => {
      const r = s.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    if (svg && (document.readyState !== "loading" || followed(svg))) {
      b.found = performance.now();
      requestAnimationFrame(() => { b.nextFrame = performance.now(); });
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;
}

declare global {
  interface Window {
    __bench: {
      found: number | null;
      nextFrame: number | null;
      longTasks: { start: number; duration: number }[];
      shifts: { start: number; value: number }[];
    };
  }
}

export interface ResourceMeasure extends ResourceSummary {
  resources: Resource[];
  /** The outerHTML of the first drawn chart's SVG, at the mobile viewport. */
  firstChartSvg: string | null;
  /** gzip -6 bytes of the page's document through that SVG (documentThroughChart); null without either. */
  bytesThroughChart: number | null;
}

/** Every request of a load and a scroll to the end, with their bodies' sizes. Unthrottled, no cache. */
export async function measureResources(browser: Browser, url: string, selector: string): Promise<ResourceMeasure> {
  const context = await mobileContext(browser);
  const page = await context.newPage();
  await throttle(page, { network: false, cpu: false });
  const pending: Promise<Resource | null>[] = [];
  let documentHtml: string | null = null;
  page.on("response", (response) => {
    pending.push(
      (async () => {
        const contentType = response.headers()["content-type"] ?? "";
        const type = classifyResource(response.url(), contentType);
        const body = await response.body().catch(() => Buffer.alloc(0));
        if (type === "html" && response.url() === url) documentHtml = body.toString("utf8");
        return {
          url: response.url(),
          type,
          status: response.status(),
          ...compressedSizes(body, isCompressible(type, response.url(), contentType)),
        };
      })().catch(() => null),
    );
  });
  // Requests that never get a response (blocked, failed) still count.
  const failed: Resource[] = [];
  page.on("requestfailed", (request) =>
    failed.push({ url: request.url(), type: classifyResource(request.url()), status: 0, raw: 0, gzip: 0, brotli: 0 }),
  );
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  await page.waitForLoadState("networkidle");
  const firstChartSvg = await page.evaluate(
    (sel) => [...document.querySelectorAll(sel)].find((s) => s.getBoundingClientRect().width > 0)?.outerHTML ?? null,
    selector,
  );
  const resources = [...((await Promise.all(pending)).filter(Boolean) as Resource[]), ...failed];
  await context.close();
  const through = documentHtml !== null && firstChartSvg !== null ? documentThroughChart(documentHtml, firstChartSvg) : null;
  const bytesThroughChart = through === null ? null : compressedSizes(Buffer.from(through), true).gzip;
  return { ...summariseResources(resources, new URL(url).origin), resources, firstChartSvg, bytesThroughChart };
}

export interface ChartDrawnRun {
  /**
   * When the first chart was on screen, in ms from navigation start: the later of the next
   * animation frame after it was found and the browser's first contentful paint (the chart
   * cannot be seen before the first paint is presented, and a chart found before it is in it).
   */
  drawn: number | null;
  /** The frame in which the chart was first seen laid out and complete, and the one after. */
  found: number | null;
  nextFrame: number | null;
  /** For context: the browser's first contentful paint (presentation time), the HTML's last byte. */
  fcp: number | null;
  responseEnd: number | null;
}

/** One cold load under mobile network and CPU throttling; when the first chart was drawn. */
export async function measureChartDrawn(browser: Browser, url: string, selector: string, timeoutMs = 30_000): Promise<ChartDrawnRun> {
  const context = await mobileContext(browser);
  const page = await context.newPage();
  await page.addInitScript(probe(selector));
  await throttle(page, { network: true, cpu: true });
  await page.goto(url, { waitUntil: "commit" });
  const done = await page
    .waitForFunction(
      () => window.__bench?.nextFrame != null && performance.getEntriesByName("first-contentful-paint").length > 0,
      undefined,
      { timeout: timeoutMs, polling: 50 },
    )
    .then(
      () => true,
      () => false,
    );
  const r = await page.evaluate(() => ({
    found: window.__bench.found,
    nextFrame: window.__bench.nextFrame,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    responseEnd: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.responseEnd ?? null,
  }));
  await context.close();
  return { ...r, drawn: done && r.nextFrame !== null ? Math.max(r.nextFrame, r.fcp ?? 0) : null };
}

export interface ScrollMeasure {
  /** How far the page was scrolled, in CSS px, and its height. */
  scrolled: number;
  height: number;
  longTasks: number;
  longestTaskMs: number;
  longTaskTotalMs: number;
  /** Long tasks during the load, before scrolling started. */
  loadLongTasks: number;
  loadLongestTaskMs: number;
  /** Sum of layout-shift values without recent input, over the load and the scroll. */
  layoutShift: number;
}

/**
 * Loads the page with the CPU slowed as in Lighthouse's mobile preset, waits for it to settle,
 * then scrolls to the end with the mouse wheel, half a screen every 100 ms, recording long tasks.
 */
export async function measureScroll(browser: Browser, url: string): Promise<ScrollMeasure> {
  const context = await mobileContext(browser);
  const page = await context.newPage();
  await page.addInitScript(probe("svg"));
  await throttle(page, { network: false, cpu: true });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  const start = await page.evaluate(() => performance.now());
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.mouse.move(MOBILE.width / 2, MOBILE.height / 2);
  const step = Math.round(MOBILE.height / 2);
  // Until the bottom is reached; wheel scrolls land late on a slowed CPU, so stalls are waited out.
  let last = 0;
  for (let i = 0, stalled = 0; i < 5000 && stalled < 20; i++) {
    await page.mouse.wheel(0, step);
    await page.waitForTimeout(100);
    const { y, bottom } = await page.evaluate(() => ({
      y: scrollY,
      bottom: scrollY + innerHeight >= document.documentElement.scrollHeight - 2,
    }));
    stalled = y > last ? 0 : stalled + 1;
    last = Math.max(last, y);
    if (bottom) break;
  }
  await page.waitForTimeout(1000);
  const b = await page.evaluate(() => window.__bench);
  await context.close();
  const during = b.longTasks.filter((t) => t.start >= start);
  const before = b.longTasks.filter((t) => t.start < start);
  return {
    scrolled: Math.max(0, last),
    height,
    longTasks: during.length,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTaskTotalMs: during.reduce((s, t) => s + t.duration, 0),
    loadLongTasks: before.length,
    loadLongestTaskMs: Math.max(0, ...before.map((t) => t.duration)),
    layoutShift: b.shifts.reduce((s, x) => s + x.value, 0),
  };
}

export interface NoJsMeasure {
  charts: number;
  drawn: number;
  notDrawn: number;
  /** data-chart-id (or index) of the charts that did not appear. */
  missing: string[];
}

/** With JavaScript off: how many `figure.chart` elements show an SVG with a box. */
export async function measureWithoutJs(browser: Browser, url: string): Promise<NoJsMeasure> {
  const context = await mobileContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  const figures = await page.$$eval("figure.chart", (figs) =>
    figs.map((f, i) => ({
      id: `${f.getAttribute("data-chart-id") ?? i}${f.getAttribute("data-step") ? `:${f.getAttribute("data-step")}` : ""}`,
      drawn: [...f.querySelectorAll("svg")].some((s) => {
        const r = s.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      }),
    })),
  );
  await context.close();
  const missing = figures.filter((f) => !f.drawn).map((f) => f.id);
  return { charts: figures.length, drawn: figures.length - missing.length, notDrawn: missing.length, missing };
}
