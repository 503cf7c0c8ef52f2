/**
 * The story's tables as excerpts, against the built site: Tables 1 and 8 print the years their
 * chapter's numbers name (and the latest), Tables 4 and 7 their five films with the highest box
 * office, every other table in full; each excerpt says how many rows of how many it shows and
 * links to the table's page, which prints them all. Expected rows are computed here from the
 * chapters' MDX and the data, not read from the page.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadSiteData } from "../../src/data/load.ts";
import { tradeYears } from "../../src/data/trade.ts";
import { LOCALES, localePrefix, type Locale } from "../../src/lib/i18n.ts";
import { yearsNamed } from "../../src/story/excerpts.ts";
import { TABLES } from "../../src/tables/index.ts";
import type { TableSpec } from "../../src/tables/types.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
const data = loadSiteData(process.cwd());

/** The MDX text of the chapter of `locale` that places <Table id="..."/>. */
function chapterOf(locale: Locale, id: string): string {
  const dir = join("src/content/story", locale);
  const bodies = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
  const found = bodies.filter((b) => b.includes(`<Table id="${id}" />`));
  expect(found, `${locale}: chapters placing ${id}`).toHaveLength(1);
  return found[0]!;
}

/** The rows the story should print, as [first cell, second cell] keys, and why. */
function expected(t: TableSpec, locale: Locale): { keys: string[]; years?: number[] } {
  const rows = t.rows(data);
  const x = t.excerpt;
  if (x?.kind === "years-named") {
    const years = yearsNamed(chapterOf(locale, t.id), data, x.direction);
    return { keys: rows.filter((r) => years.includes(r[x.column] as number)).map((r) => `${r.year} ${r.rank}`), years };
  }
  if (x?.kind === "top") {
    const top = [...rows].sort((a, b) => (b[x.column] as number) - (a[x.column] as number)).slice(0, x.count);
    return { keys: rows.filter((r) => top.includes(r)).map((r) => String(r.no)) };
  }
  return { keys: rows.map((_, i) => String(i)) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Each body row of a table on the page, as the keys `expected` gives: Tables 1 and 8 by year and rank, the film tables by No. */
function shownKeys(page: Page, t: TableSpec): Promise<string[]> {
  return page.$$eval(
    `figure[data-table-id="${t.id}"] tbody`,
    (groups, kind) =>
      groups.flatMap((g) => {
        const year = g.querySelector("th[scope=rowgroup]")?.textContent?.trim().replace(/\D/g, "");
        return [...g.querySelectorAll("tr")].map((tr, i) => {
          const cells = [...tr.children].map((c) => c.textContent?.trim() ?? "");
          if (kind === "years-named") return `${year} ${cells[i === 0 ? 1 : 0]!.replace(/\D/g, "")}`;
          if (kind === "top") return cells[0]!.replace(/\D/g, "");
          return "";
        });
      }),
    t.excerpt?.kind ?? "",
  );
}

for (const locale of LOCALES) {
  describe(`the story's tables, ${locale}`, () => {
    it("the trade tables' years are a handful however long the series, and include the latest", () => {
      for (const t of TABLES.filter((x) => x.excerpt?.kind === "years-named")) {
        const { years } = expected(t, locale);
        const direction = t.excerpt!.kind === "years-named" ? t.excerpt!.direction : "imports";
        expect(years!.at(-1), t.id).toBe(tradeYears(data, direction).at(-1));
        expect(years!.length, t.id).toBeGreaterThan(2);
        expect(years!.length, t.id).toBeLessThan(tradeYears(data, direction).length);
      }
    });

    it("print the rows the text discusses, say how many of how many, and link to the whole table", async () => {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(new URL(localePrefix(locale), baseUrl).toString());
      for (const t of TABLES) {
        const figure = page.locator(`figure[data-table-id="${t.id}"]`);
        expect(await figure.count(), t.id).toBe(1);
        const total = t.rows(data).length;
        const want = expected(t, locale);
        const shown = await figure.locator("tbody tr").count();
        expect(shown, t.id).toBe(want.keys.length);
        const line = figure.locator("p.excerpt");
        if (!t.excerpt) {
          expect(shown, t.id).toBe(total);
          expect(await line.count(), t.id).toBe(0);
          continue;
        }
        expect(want.keys.length, t.id).toBeLessThan(total);
        expect(await shownKeys(page, t), t.id).toEqual(want.keys);
        expect(await line.getAttribute("data-rows-shown"), t.id).toBe(String(want.keys.length));
        expect(await line.getAttribute("data-rows-total"), t.id).toBe(String(total));
        const text = (await line.textContent())!.replace(/\s+/g, " ");
        expect(text, t.id).toContain(
          locale === "en" ? `Showing ${want.keys.length} of ${total} rows` : `顯示${total}行中的${want.keys.length}行`,
        );
        if (want.years) for (const y of want.years) expect(text, `${t.id} names ${y}`).toContain(String(y));
        const link = line.locator("a");
        expect(await link.getAttribute("href"), t.id).toBe(`/${localePrefix(locale)}charts/${t.id}/`);
        // One link away, the whole table: every row.
        const full = await browser.newPage({ javaScriptEnabled: false });
        await full.goto(new URL((await link.getAttribute("href"))!.slice(1), baseUrl).toString());
        expect(await full.locator(`figure[data-table-id="${t.id}"] tbody tr`).count(), `${t.id} page`).toBe(total);
        expect(await full.locator(`figure[data-table-id="${t.id}"] p.excerpt`).count(), `${t.id} page`).toBe(0);
        await full.close();
      }
      await page.close();
    });
  });
}
