/**
 * The story's lead (src/charts/imports-lead.ts): a view of Figure 1's own rows, its labels,
 * crossing year, title and description computed from them in both editions, drawn the same for
 * the same rows, and kept as a reviewed SVG snapshot per edition.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { IMPORTS_LEAD } from "../../src/charts/imports-lead.ts";
import { IMPORTS_MAINLAND_VS_JAPAN } from "../../src/charts/imports-mainland-vs-japan.ts";
import { renderLeadSvg } from "../../src/charts/render.ts";
import type { TradePlaceRow } from "../../src/charts/trade-rows.ts";
import { LOCALES, type Locale } from "../../src/lib/i18n.ts";
import { en, parseSvg, prettySvg, siteData, zh } from "./helpers.ts";

const words = (locale: Locale) => (locale === "en" ? en() : zh());
const rows = () => IMPORTS_LEAD.chart.rows(siteData());
interface TextNode {
  textContent: string;
  querySelectorAll(s: string): ArrayLike<TextNode>;
}
/** The texts the lead draws for these rows, a multi-line label with its line breaks. */
const texts = (locale: Locale, r: TradePlaceRow[] = rows()) => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const options = IMPORTS_LEAD.plot(r, { width: IMPORTS_LEAD.width, words: words(locale) });
  const svg = Plot.plot({ ...options, document }) as unknown as TextNode;
  return Array.from(svg.querySelectorAll("text")).map((t) => {
    const lines = Array.from(t.querySelectorAll("tspan"));
    return lines.length ? lines.map((l) => l.textContent).join("\n") : t.textContent;
  });
};
/** The annotations: what is drawn besides the year ticks and the labels of values. */
const annotations = (locale: Locale, r?: TradePlaceRow[]) => texts(locale, r).filter((t) => !/^\d{4}$/.test(t) && !t.includes("%"));

/** The first year of the run, ending at the last year, in which Japan's share is above the Mainland's: found here by hand. */
function crossingYear(r: TradePlaceRow[]): number | undefined {
  const years = [...new Set(r.map((x) => x.year))].sort((a, b) => b - a);
  let first: number | undefined;
  for (const y of years) {
    const [m, j] = ["mainland-china", "japan"].map((p) => r.find((x) => x.year === y && x.place === p)?.share_percent ?? null);
    if (m === null || j === null || m === undefined || j === undefined || j <= m) break;
    first = y;
  }
  return first;
}

/** The rows with Japan's and the Mainland's shares swapped in `years`. */
function swapped(r: TradePlaceRow[], years: number[]): TradePlaceRow[] {
  const share = (y: number, p: string) => r.find((x) => x.year === y && x.place === p)!.share_percent;
  return r.map((x) =>
    years.includes(x.year) ? { ...x, share_percent: share(x.year, x.place === "japan" ? "mainland-china" : "japan") } : x,
  );
}

describe("the story's lead", () => {
  it("draws Figure 1's own rows", () => {
    expect(IMPORTS_LEAD.chart).toBe(IMPORTS_MAINLAND_VS_JAPAN);
    expect(rows()).toEqual(IMPORTS_MAINLAND_VS_JAPAN.rows(siteData()));
  });

  it.each(LOCALES)("labels both ends of both lines with the rows' shares and names (%s)", (locale) => {
    const w = words(locale);
    const drawn = texts(locale).join("\n");
    for (const place of ["mainland-china", "japan"]) {
      const known = rows().filter((r) => r.place === place && r.share_percent !== null);
      expect(drawn).toContain(w.f.percent(known[0]!.share_percent));
      expect(drawn).toContain(w.f.percent(known.at(-1)!.share_percent));
      expect(drawn.replace(/\n/g, " ")).toContain(w.place(place));
    }
  });

  it.each(LOCALES)("marks the year Japan's share overtook for good, found from the rows (%s)", (locale) => {
    const year = crossingYear(rows());
    expect(year).toBeDefined();
    const w = words(locale);
    expect(texts(locale)).toContain(String(year));
    const says = (y: number) => [
      expect.stringMatching(new RegExp(`${w.f.year(y)}[\\s\\S]*${w.place("japan")}|${w.place("japan")}[\\s\\S]*${w.f.year(y)}`)),
    ];
    expect(annotations(locale)).toEqual(says(year!));
    // Put the Mainland ahead again in the crossing year: the mark moves to the next year.
    const later = swapped(rows(), [year!]);
    expect(crossingYear(later)).toBe(year! + 1);
    expect(annotations(locale, later)).toEqual(says(year! + 1));
    // And with the Mainland ahead at the end there is no crossing to mark.
    const lastYear = Math.max(...rows().map((r) => r.year));
    const none = swapped(rows(), [lastYear]);
    expect(crossingYear(none)).toBeUndefined();
    expect(annotations(locale, none)).toEqual([]);
  });

  it.each(LOCALES)("has a title and a description computed from the rows (%s)", (locale) => {
    const w = words(locale);
    const r = rows();
    const years = r.map((x) => x.year);
    const title = IMPORTS_LEAD.title(r, w);
    expect(title).toContain(w.f.yearSpan(Math.min(...years), Math.max(...years)));
    const text = IMPORTS_LEAD.describe(r, w);
    for (const place of ["mainland-china", "japan"]) {
      const known = r.filter((x) => x.place === place && x.share_percent !== null);
      expect(text).toContain(w.place(place));
      expect(text).toContain(w.f.percent(known[0]!.share_percent));
      expect(text).toContain(w.f.percent(known.at(-1)!.share_percent));
    }
    expect(text).toContain(String(crossingYear(r)));
    expect(text).toMatch(locale === "en" ? /\.$/ : /。$/);
    // Other figures, other words.
    const doubled = r.map((x) => ({ ...x, share_percent: x.share_percent === null ? null : x.share_percent / 2 + 1 }));
    expect(IMPORTS_LEAD.describe(doubled, w)).not.toBe(text);
    expect(
      IMPORTS_LEAD.title(
        r.filter((x) => x.year > Math.min(...years)),
        w,
      ),
    ).not.toBe(title);
  });

  it("plots without a DOM, the same drawing for the same rows", () => {
    expect((globalThis as { document?: unknown }).document).toBeUndefined();
    for (const locale of LOCALES)
      expect(renderLeadSvg(IMPORTS_LEAD, siteData(), { locale })).toBe(renderLeadSvg(IMPORTS_LEAD, siteData(), { locale }));
  });

  it.each(LOCALES)("is an image named and described by its title and description, with a fixed ratio (%s)", (locale) => {
    const w = words(locale);
    const svg = parseSvg(renderLeadSvg(IMPORTS_LEAD, siteData(), { locale }));
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.querySelector("title")!.textContent).toBe(IMPORTS_LEAD.title(rows(), w));
    expect(svg.querySelector("desc")!.textContent).toBe(IMPORTS_LEAD.describe(rows(), w));
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${IMPORTS_LEAD.width} ${svg.getAttribute("height")}`);
    expect(svg.getAttribute("width")).toBe(String(IMPORTS_LEAD.width));
  });

  it.each(LOCALES)("matches its reviewed snapshot (%s)", async (locale) => {
    const suffix = locale === "en" ? "" : `.${locale}`;
    const svg = prettySvg(renderLeadSvg(IMPORTS_LEAD, siteData(), { locale }));
    const dir = join(import.meta.dirname, "__snapshots__");
    const changed = join(dir, `imports-lead-${IMPORTS_LEAD.width}${suffix}-changed.svg`);
    const reference = join(dir, `imports-lead-${IMPORTS_LEAD.width}${suffix}.svg`);
    if (existsSync(reference) && readFileSync(reference, "utf8") !== svg) writeFileSync(changed, svg);
    else rmSync(changed, { force: true });
    await expect(svg).toMatchFileSnapshot(`__snapshots__/imports-lead-${IMPORTS_LEAD.width}${suffix}.svg`);
  });
});
