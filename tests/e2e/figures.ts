/**
 * What a loaded page shows of its figures and tables, read in the browser, and what each page of
 * each edition must show, read from the sources: the chapters' MDX (which places every <Step>,
 * <Chart>, <Table> and <Facts>), the graphics' registry and the datasets' registry.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Locale } from "../../src/lib/i18n.ts";

/** One figure of a page, in document order. */
export interface ShownFigure {
  kind: "chart" | "table" | "facts";
  /** data-chart-id or data-table-id; the caption for facts. */
  id: string;
  /** The chart's state (data-step), "" for the full chart. */
  step: string;
  /** Whether it sits in a scrollytelling step. */
  inStep: boolean;
  /** Charts: the heading, the paper's reference, and each rendered (visible) SVG's title and description. */
  heading: string;
  ref: string;
  svgs: { title: string; desc: string; width: number }[];
  /** Tables: the caption, the header cells and the number of body rows. */
  caption: string;
  headers: number;
  rows: number;
}

/** The figures of the page as shown now (charts' SVGs that are laid out, tables' rows), outside the sticky graphic's copies. */
export function shownFigures(page: Page): Promise<ShownFigure[]> {
  return page.$$eval("figure.chart, figure.data-table, figure.facts", (figs) =>
    figs
      .filter((f) => !f.closest(".scrolly-graphic"))
      .map((f) => {
        const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
        const kind = f.classList.contains("chart") ? "chart" : f.classList.contains("facts") ? "facts" : "table";
        const table = f.querySelector("table");
        return {
          kind: kind as "chart" | "table" | "facts",
          id: f.getAttribute("data-chart-id") ?? f.getAttribute("data-table-id") ?? text(table?.querySelector("caption")),
          step: f.getAttribute("data-step") ?? "",
          inStep: !!f.closest(".step"),
          heading: text(f.querySelector(".chart-title")),
          ref: text(f.querySelector(".chart-ref")),
          svgs: [...f.querySelectorAll(":scope > .chart-svg > svg")]
            .map((s) => ({
              title: text(s.querySelector(":scope > title")),
              desc: text(s.querySelector(":scope > desc")),
              width: s.getBoundingClientRect().width,
            }))
            .filter((s) => s.width > 0),
          caption: text(table?.querySelector("caption")),
          headers: table?.querySelectorAll("thead th").length ?? 0,
          rows: table?.querySelectorAll("tbody tr").length ?? 0,
        };
      }),
  );
}

/** One figure a chapter places, in the order the MDX places them. */
export type Placed =
  | { kind: "step"; chart: string; state: string }
  | { kind: "chart"; chart: string }
  | { kind: "table"; table: string }
  | { kind: "facts"; caption: string };

/** The figures an edition's chapters place (src/content/story/<locale>/*.mdx, in file order). */
export function placedFigures(root: string, locale: Locale): Placed[] {
  const dir = join(root, "src/content/story", locale);
  const out: Placed[] = [];
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()) {
    const mdx = readFileSync(join(dir, file), "utf8");
    for (const m of mdx.matchAll(/<(Step|Chart|Table|Facts)\b[^>]*>/g)) {
      const tag = m[0];
      if (m[1] === "Step") out.push({ kind: "step", chart: attr(tag, "chart")!, state: attr(tag, "state") ?? "" });
      else if (m[1] === "Chart") out.push({ kind: "chart", chart: attr(tag, "id")! });
      else if (m[1] === "Table") out.push({ kind: "table", table: attr(tag, "id")! });
      else out.push({ kind: "facts", caption: attr(tag, "caption")! });
    }
  }
  return out;
}

/** What a placed figure is, in the terms of a shown one: kind, id and state. */
export function placedKey(p: Placed): string {
  if (p.kind === "step") return `step ${p.chart} ${p.state}`;
  if (p.kind === "chart") return `chart ${p.chart}`;
  if (p.kind === "table") return `table ${p.table}`;
  return `facts ${p.caption}`;
}

export function shownKey(f: ShownFigure): string {
  if (f.kind === "chart") return f.inStep ? `step ${f.id} ${f.step}` : `chart ${f.id}`;
  return `${f.kind} ${f.id}`;
}
