/** The bench's report: its shape (bench/out/report.json) and its Markdown rendering. */
import type { ChartDrawnRun, NoJsMeasure, ScrollMeasure } from "./browser-measures.ts";
import type { BuildMeasure, GrowthStep } from "./growth.ts";
import type { LighthouseMeasure } from "./lighthouse.ts";
import type { Resource, ResourceSummary, ResourceType } from "./resources.ts";
import { RESOURCE_TYPES } from "./resources.ts";

export type PageId = "story" | "chart" | "embed" | "reference";

export interface PageReport {
  id: PageId;
  path: string;
  url: string;
  status: "measured" | "not-built" | "error";
  error?: string;
  requests?: ResourceSummary & { resources: Resource[] };
  chartDrawn?: { runs: ChartDrawnRun[]; median: number | null; ratioToReference: number | null };
  scroll?: ScrollMeasure;
  noJs?: NoJsMeasure;
  lighthouse?: LighthouseMeasure | { error: string };
  /** value / the reference page's value, measured in the same run. */
  ratios?: Record<string, number | null>;
}

export interface Report {
  generatedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    node: string;
    chromium: string;
    lighthouse: string | null;
    loadAverage?: { start: number; end: number };
  };
  method: Record<string, string>;
  pages: Partial<Record<PageId, PageReport>>;
  build: { normal: BuildMeasure; growth: Partial<Record<"x1" | "x10" | "x100", GrowthStep>> };
}

const kB = (n: number | undefined | null) => (n == null ? "—" : `${(n / 1000).toFixed(1)}`);
const ms = (n: number | undefined | null) => (n == null || !Number.isFinite(n) ? "—" : `${Math.round(n)}`);
const x = (n: number | undefined | null) => (n == null || !Number.isFinite(n) ? "—" : `${n.toFixed(2)}×`);
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
function table(head: string[], rows: (string | number)[][]): string {
  return [row(head), row(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(row)].join("\n");
}

function lh(p: PageReport): LighthouseMeasure | null {
  return p.lighthouse && "scores" in p.lighthouse ? p.lighthouse : null;
}

function loadAverage(r: Report): string {
  const l = r.machine.loadAverage;
  if (!l) return "";
  const [start, end] = [l.start.toFixed(1), l.end.toFixed(1)];
  return ` · load average ${start} at the start, ${end} at the end (timings are only comparable when it is well under the CPU count)`;
}

export function renderMarkdown(r: Report): string {
  const pages = (["story", "chart", "embed", "reference"] as const).map((id) => r.pages[id]).filter((p): p is PageReport => !!p);
  const measured = pages.filter((p) => p.status === "measured");
  const out: string[] = [];
  out.push(`# Bench report`, "");
  out.push(
    `${r.generatedAt} · ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB · Node ${r.machine.node} · ` +
      `${r.machine.chromium} · Lighthouse ` +
      `${r.machine.lighthouse ?? "—"}${loadAverage(r)}`,
    "",
  );
  for (const p of pages.filter((p) => p.status !== "measured"))
    out.push(`- **${p.id}** \`${p.path}\`: ${p.status === "not-built" ? "page not built (404), skipped" : `not measured: ${p.error}`}`);
  if (pages.some((p) => p.status !== "measured")) out.push("");

  out.push(`## Bytes (kB = 1,000 bytes; compressed = gzip -6, Brotli q11 in the total)`, "");
  out.push(
    table(
      [
        "page",
        "requests",
        ...RESOURCE_TYPES.filter((t) => t !== "other").map((t) => `${t} gz`),
        "other gz",
        "total raw",
        "total gz",
        "total br",
        "other-origin requests",
      ],
      measured.map((p) => {
        const q = p.requests!;
        const t = (k: ResourceType) => `${kB(q.byType[k].gzip)} (${q.byType[k].requests})`;
        return [
          `${p.id} \`${p.path}\``,
          q.requests,
          ...RESOURCE_TYPES.filter((k) => k !== "other").map(t),
          t("other"),
          kB(q.total.raw),
          kB(q.total.gzip),
          kB(q.total.brotli),
          q.otherOrigin,
        ];
      }),
    ),
    "",
    "Per type: compressed kB (requests).",
    "",
  );

  out.push(`## Speed and quality (Lighthouse mobile, one run per page; chart drawn under the same throttling, median of runs)`, "");
  out.push(
    table(
      [
        "page",
        "performance",
        "accessibility",
        "best practices",
        "SEO",
        "FCP ms",
        "LCP ms",
        "TBT ms",
        "CLS",
        "first chart drawn ms (runs)",
        "long tasks while scrolling (longest ms)",
        "long tasks during load (longest ms)",
        "charts drawn without JS",
      ],
      measured.map((p) => {
        const l = lh(p);
        const runs = p.chartDrawn?.runs.map((r) => ms(r.drawn)).join(", ") ?? "";
        return [
          p.id,
          l?.scores.performance ?? "—",
          l?.scores.accessibility ?? "—",
          l?.scores["best-practices"] ?? "—",
          l?.scores.seo ?? "—",
          ms(l?.metrics.fcp),
          ms(l?.metrics.lcp),
          ms(l?.metrics.tbt),
          l ? l.metrics.cls.toFixed(3) : "—",
          `${ms(p.chartDrawn?.median)} (${runs})`,
          p.scroll ? `${p.scroll.longTasks} (${ms(p.scroll.longestTaskMs)})` : "—",
          p.scroll ? `${p.scroll.loadLongTasks} (${ms(p.scroll.loadLongestTaskMs)})` : "—",
          p.noJs ? `${p.noJs.drawn} of ${p.noJs.charts}` : "—",
        ];
      }),
    ),
    "",
  );

  const withRatios = measured.filter((p) => p.ratios && p.id !== "reference");
  if (withRatios.length) {
    out.push(`## As a ratio to the hand-written reference (same run)`, "");
    const keys = Object.keys(withRatios[0]!.ratios!);
    out.push(
      table(
        ["page", ...keys],
        withRatios.map((p) => [p.id, ...keys.map((k) => x(p.ratios![k]))]),
      ),
      "",
    );
  }

  out.push(`## Build`, "");
  const b = r.build;
  const mem = (m: BuildMeasure) => `${Math.round(m.peakTreeRssMB ?? NaN)} MB (largest process ${Math.round(m.peakProcessHwmMB ?? NaN)} MB)`;
  const slow = (m: BuildMeasure) =>
    (m.slowestRoutes ?? [])
      .slice(0, 3)
      .map((r) => `${r.route} ${(r.ms / 1000).toFixed(1)} s`)
      .join(", ") || "—";
  const buildRows: (string | number)[][] = [
    [
      `normal (the project, into bench/out/site)`,
      "12",
      b.normal.ok ? b.normal.seconds.toFixed(1) : "failed",
      mem(b.normal),
      "—",
      "—",
      "—",
      "—",
      slow(b.normal),
    ],
  ];
  for (const key of ["x1", "x10", "x100"] as const) {
    const g = b.growth[key];
    if (g)
      buildRows.push([
        `${g.factor}× trade years (copy)`,
        g.years,
        g.ok ? g.seconds.toFixed(1) : `failed`,
        mem(g),
        kB(g.storyHtmlBytes),
        g.distBytes == null ? "—" : (g.distBytes / 1e6).toFixed(1),
        x(g.timeRatio),
        x(g.memoryRatio),
        slow(g),
      ]);
  }
  out.push(
    table(
      [
        "build",
        "years per direction",
        "seconds",
        "peak memory (tree RSS)",
        "story HTML kB",
        "dist MB",
        "time vs 1×",
        "memory vs 1×",
        "slowest routes",
      ],
      buildRows,
    ),
    "",
  );
  for (const key of ["x1", "x10", "x100"] as const)
    if (b.growth[key] && !b.growth[key]!.ok) out.push("```", `${key}: ${b.growth[key]!.error}`, "```", "");

  const failing = measured.filter((p) => lh(p)?.failing.length);
  if (failing.length) {
    out.push(
      `## Lighthouse audits not passed`,
      "",
      "Weight is the audit's share of its category score; weight 0 is advice that does not move the score.",
      "",
    );
    for (const p of failing) {
      out.push(`### ${p.id}`, "");
      for (const a of lh(p)!.failing) {
        out.push(
          `- ${a.category} · \`${a.id}\` (weight ${a.weight}, score ${a.score}): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ""}`,
        );
        for (const i of a.items) out.push(`  - \`${i.replace(/`/g, "'").replace(/\s+/g, " ")}\``);
      }
      out.push("");
    }
  }
  for (const p of measured) if (p.lighthouse && "error" in p.lighthouse) out.push(`- Lighthouse failed on ${p.id}: ${p.lighthouse.error}`);
  for (const p of measured)
    if (p.noJs && p.noJs.notDrawn) out.push(`- ${p.id}: charts not drawn without JavaScript: ${p.noJs.missing.join(", ")}`);

  out.push(`## Method`, "");
  for (const [k, v] of Object.entries(r.method)) out.push(`- **${k}**: ${v}`);
  out.push("");
  return out.join("\n");
}
