/**
 * Lighthouse, mobile preset (simulated throttling), against the project's Chromium (scripts/lib/browser.ts), launched here with
 * a remote-debugging port and the flags the end-to-end tests use.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import { CHROMIUM_ARGS, chromiumPath } from "../lib/browser.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export interface FailingAudit {
  id: string;
  category: string;
  /** The audit's weight in its category's score; 0 means it is advice that does not move the score. */
  weight: number;
  score: number | null;
  title: string;
  displayValue?: string;
  /** Up to three offending nodes or URLs. */
  items: string[];
}

export interface LighthouseMeasure {
  /** 0-100, as Lighthouse shows them. */
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number; tti: number | null };
  failing: FailingAudit[];
  runWarnings: string[];
  lighthouseVersion: string;
}

export interface Chrome {
  port: number;
  close(): Promise<void>;
}

export async function launchChromeForLighthouse(): Promise<Chrome> {
  const profile = mkdtempSync(join(tmpdir(), "bench-chrome-"));
  const child: ChildProcess = spawn(
    await chromiumPath(),
    [...CHROMIUM_ARGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a debugging port:\n${log}`)), 30_000);
    child.stderr!.on("data", (d: Buffer) => {
      log += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited (${code}):\n${log}`)));
  });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => {
          rmSync(profile, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

function itemsOf(audit: Result["audits"][string]): string[] {
  const details = audit.details as { items?: unknown } | undefined;
  const out: string[] = [];
  // Most audits list items; some (a screenshot, a debug blob) carry an object there instead.
  const items = Array.isArray(details?.items) ? (details.items as Record<string, unknown>[]) : [];
  for (const item of items) {
    const node = item["node"] as { snippet?: string; selector?: string } | undefined;
    const str = (k: string) => (typeof item[k] === "string" && item[k] ? (item[k] as string) : undefined);
    const text = node?.snippet ?? ([str("source"), str("description"), str("url")].filter(Boolean).join(": ") || undefined);
    // Skip Lighthouse's own advice text (Markdown with links), keep nodes, URLs and messages.
    if (text && !/\]\(https?:/.test(text)) out.push(text.length > 160 ? text.slice(0, 157) + "..." : text);
    if (out.length === 3) break;
  }
  return out;
}

/**
 * One Lighthouse run; rejects after `timeoutMs` rather than hang. `categories` narrows it (the
 * end-to-end tests leave performance, which only the bench's repeated runs can judge, to the bench);
 * the categories not run score null.
 */
export async function runLighthouse(
  url: string,
  port: number,
  timeoutMs = 180_000,
  categories: readonly (typeof CATEGORIES)[number][] = CATEGORIES,
): Promise<LighthouseMeasure> {
  let timer: NodeJS.Timeout | undefined;
  const run = lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...categories],
    formFactor: "mobile",
    throttlingMethod: "simulate",
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Lighthouse took longer than ${timeoutMs / 1000} s`)), timeoutMs);
  });
  const result = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
  if (!result) throw new Error("Lighthouse returned no result");
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
  ) as LighthouseMeasure["scores"];
  const failing: FailingAudit[] = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      if (["informative", "manual", "notApplicable", "error"].includes(a.scoreDisplayMode)) continue;
      failing.push({
        id: a.id,
        category: c,
        weight: ref.weight,
        score: a.score,
        title: a.title,
        ...(a.displayValue ? { displayValue: a.displayValue } : {}),
        items: itemsOf(a),
      });
    }
  }
  failing.sort((a, b) => b.weight - a.weight);
  return {
    scores,
    metrics: {
      fcp: num("first-contentful-paint"),
      lcp: num("largest-contentful-paint"),
      tbt: num("total-blocking-time"),
      cls: num("cumulative-layout-shift"),
      speedIndex: num("speed-index"),
      tti: lhr.audits["interactive"]?.numericValue ?? null,
    },
    failing,
    runWarnings: lhr.runWarnings.map(String),
    lighthouseVersion: lhr.lighthouseVersion,
  };
}
