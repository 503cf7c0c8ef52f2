/** /data/ in real Chromium: every dataset listed with its counts, and downloads byte-identical to data/. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DATASETS, datasetRows, missingValueCount } from "../../src/data/index.ts";
import { loadSiteData } from "../../src/data/load.ts";
import { tradeYears } from "../../src/data/trade.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("/data/", () => {
  it("lists every dataset with its row and missing-value counts, and every CSV downloads byte for byte", async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const res = await page.goto(new URL("data/", baseUrl).toString());
    expect(res?.status()).toBe(200);
    const data = loadSiteData(process.cwd());
    for (const meta of DATASETS) {
      const row = page.locator(`tr#${meta.id}`);
      await expect(row.count()).resolves.toBe(1);
      const rows = datasetRows(data, meta.id);
      expect(await row.locator("[data-rows]").innerText()).toBe(rows.length.toLocaleString("en-GB"));
      expect(await row.locator("[data-missing]").innerText()).toBe(String(missingValueCount(meta, rows)));
      const links = await row.locator("a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const served = Buffer.from(await (await fetch(link)).arrayBuffer());
        const path = new URL(link).pathname.replace(/^\//, "");
        expect(served.equals(readFileSync(join(process.cwd(), path))), `${link} differs from ${path}`).toBe(true);
      }
    }
    await page.close();
  });

  it("serves a datapackage.json whose resources match the CSVs' headers", async () => {
    const pkg = (await (await fetch(new URL("data/datapackage.json", baseUrl))).json()) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    const data = loadSiteData(process.cwd());
    const yearly = tradeYears(data, "imports").length + tradeYears(data, "exports").length;
    expect(pkg.resources.length).toBe(DATASETS.filter((d) => d.kind === "file").length + yearly);
    for (const r of pkg.resources) {
      const csv = await (await fetch(new URL(`data/${r.path}`, baseUrl))).text();
      const header = csv
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/)[0]!
        .split(",");
      expect(header, r.name).toEqual(r.schema.fields.map((f) => f.name));
    }
  });
});
