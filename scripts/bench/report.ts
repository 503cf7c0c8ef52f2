/** The bench's report: its shape (bench/out/report.json) and its Markdown rendering. */
import type { ChartDrawnRun, NoJsMeasure, ScrollMeasure } from "./browser-measures.ts";
import type { BuildMeasure, GrowthStep } from "./growth.ts";
import type { LighthouseMeasure } from "./lighthouse.ts";
import type { Locale } from "../../src/lib/i18n.ts";
import type { Interval, Spread, TransferFloor } from "./reference.ts";
import type { Resource, ResourceSummary, ResourceType, Sizes } from "./resources.ts";
import { RESOURCE_TYPES } from "./resources.ts";

export type PageKind = "story" | "chart" | "embed" | "gallery";

/** Times of one kind of load, over the runs: each run, and their median and range. */
export type Runs = { runs: ChartDrawnRun[] } & Spread;

/** A page's reference: its first chart's SVG alone in hand-written HTML (bench/reference/index.html). */
export interface ReferenceReport {
  path: string;
  url: string;
  /** The reference as measured, kept so the comparison can be rerun: bench/out/reference-<page id>.html. */
  file: string;
  /** Bytes of the SVG it holds, and the SVG's title. */
  svgBytes: number;
  svgTitle: string | null;
  requests?: ResourceSummary;
  chartDrawn?: Runs;
}

export interface PageReport {
  /** "<kind>-<locale>": story-en, chart-zh-hk, ... */
  id: string;
  kind: PageKind;
  locale: Locale;
  path: string;
  url: string;
  status: "measured" | "not-built" | "error";
  error?: string;
  requests?: ResourceSummary & { resources: Resource[] };
  /** The page's own HTML document as served (raw, gzip -6, Brotli q11). */
  document?: Sizes;
  chartDrawn?: Runs & {
    /** Median of the page's runs ÷ median of its reference's. */
    ratioToReference: number | null;
    /** Run by run (the pairs measured one after the other), page ÷ reference: the spread of the ratio. */
    pairRatios: Spread;
    /** How sure the ratio of medians is: a bootstrap over the pairs (ratioInterval). */
    ratioInterval?: Interval | null;
    /** The least ratio the page's bytes before its first chart allow at the throttled rate (transferFloor). */
    transferFloor?: TransferFloor | null;
  };
  reference?: ReferenceReport;
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
    /** One-minute load averages (os.loadavg), sampled through the run: other work on the machine skews every timing. */
    loadAverage?: { start: number; end: number; max?: number; samples?: number[] };
  };
  method: Record<string, string>;
  /** Throttled loads per page and per reference. */
  runs: number;
  pages: Record<string, PageReport>;
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
  const max = l.max === undefined ? "" : `, at most ${l.max.toFixed(1)}`;
  return (
    ` · load average ${start} at the start, ${end} at the end${max} on ${r.machine.cpus} CPUs (timings are only comparable when it is ` +
    `well under the CPU count)`
  );
}

/** "1043 (998–1102)": a median and its range, in ms. */
const range = (s: Spread | undefined) => (s && s.median !== null ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : "—");
const ratioRange = (s: Spread | undefined) => (s && s.median !== null ? `${x(s.median)} (${x(s.min)}–${x(s.max)})` : "—");

/** "1.054× (9.5 / 1.9)": the transfer floor (three decimals, as bench:check prints it) and the bytes it comes from. */
function floorCell(f: TransferFloor | null | undefined): string {
  if (!f) return "—";
  return `${f.ratio.toFixed(3)}× (${(f.pageBytes / 1000).toFixed(1)} / ${(f.referenceBytes / 1000).toFixed(1)})`;
}

export function renderMarkdown(r: Report): string {
  const pages = Object.values(r.pages);
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
        "HTML gz (raw)",
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
          p.document ? `${kB(p.document.gzip)} (${kB(p.document.raw)})` : "—",
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
    "Per type: compressed kB (requests). HTML: the page's own document.",
    "",
  );

  const charted = measured.filter((p) => p.chartDrawn);
  if (charted.length) {
    out.push(
      `## First chart drawn, against each page's reference (${r.runs} throttled loads of each, interleaved; ms: median (min–max))`,
      "",
    );
    out.push(
      table(
        [
          "page",
          "page ms",
          "reference ms",
          "ratio of medians",
          "95% interval of that ratio (bootstrap over the pairs)",
          "ratio run by run: median (min–max)",
          "least ratio its bytes allow (gzip kB through the chart, page / reference)",
          "reference",
          "reference SVG kB",
        ],
        charted.map((p) => [
          p.id,
          range(p.chartDrawn),
          range(p.reference?.chartDrawn),
          x(p.chartDrawn?.ratioToReference),
          p.chartDrawn?.ratioInterval ? `${x(p.chartDrawn.ratioInterval.low)}–${x(p.chartDrawn.ratioInterval.high)}` : "—",
          ratioRange(p.chartDrawn?.pairRatios),
          floorCell(p.chartDrawn?.transferFloor),
          p.reference ? `\`${p.reference.file}\` (${p.reference.svgTitle ?? "?"})` : "—",
          kB(p.reference?.svgBytes),
        ]),
      ),
      "",
    );
  }

  out.push(`## Speed and quality (Lighthouse mobile, one run per page)`, "");
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
        "long tasks while scrolling (longest ms)",
        "long tasks during load (longest ms)",
        "layout shift, load and scroll",
        "charts drawn without JS",
      ],
      measured.map((p) => {
        const l = lh(p);
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
          p.scroll ? `${p.scroll.longTasks} (${ms(p.scroll.longestTaskMs)})` : "—",
          p.scroll ? `${p.scroll.loadLongTasks} (${ms(p.scroll.loadLongestTaskMs)})` : "—",
          p.scroll ? p.scroll.layoutShift.toFixed(3) : "—",
          p.noJs ? `${p.noJs.drawn} of ${p.noJs.charts}` : "—",
        ];
      }),
    ),
    "",
  );

  const withRatios = measured.filter((p) => p.ratios);
  if (withRatios.length) {
    out.push(`## As a ratio to each page's reference (same run)`, "");
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
