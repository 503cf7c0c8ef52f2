/**
 * The maintainer's year, end to end, on a copy of the project: add 2023 as two CSVs and a
 * changelog entry, rebuild with `node scripts/build.ts`, and find 2023 in every chart, table,
 * chart page, embed, download and the catalogue. Then break 2023 in each common way: the build
 * fails naming the file and line, stops before Astro runs, and leaves dist/ byte for byte as it was.
 * The copy has no .git, so the data page's dates come from the changelog, as in a tarball.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHARTS } from "../../src/charts/index.ts";
import { readChangelog } from "../../src/data/changelog.ts";
import { siteHandler } from "../../scripts/lib/site-server.ts";
import { TABLES } from "../../src/tables/index.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { copyProject, runScript, snapshot } from "./project-copy.ts";

const IMPORTS = "data/trade/imports/2023.csv";
const EXPORTS = "data/trade/exports/2023.csv";
const CHANGELOG = "data/CHANGELOG.md";
const HEADER = "year,rank,place,value_hkd_thousand,share_percent,note";

/** A made-up 2023 whose values and shares agree: each value ÷ share implies one year total. */
const GOOD = {
  [IMPORTS]: [
    HEADER,
    "2023,1,japan,702913,29.5,",
    "2023,2,mainland-china,351457,14.7,",
    "2023,3,south-korea,287021,12.0,",
    "2023,4,singapore,258764,10.8,",
    "2023,5,ireland,233108,9.8,",
    "",
  ].join("\n"),
  [EXPORTS]: [
    HEADER,
    "2023,1,mainland-china,244187,78.1,",
    "2023,2,taiwan-china,39522,12.6,",
    "2023,3,japan,12871,4.1,",
    "2023,4,usa,6019,1.9,",
    "2023,5,macao-china,3288,1.1,",
    "",
  ].join("\n"),
};
/** Each 2023 value as the tables print it. */
const VALUES = {
  imports: ["702,913", "351,457", "287,021", "258,764", "233,108"],
  exports: ["244,187", "39,522", "12,871", "6,019", "3,288"],
};
const ENTRY_DATE = "2099-01-31";
const ENTRY_TITLE = "Trade figures for 2023 (synthetic, for the maintainer test)";
const ENTRY = `## ${ENTRY_DATE}: ${ENTRY_TITLE}\n\n- Added \`${IMPORTS}\` and \`${EXPORTS}\`.\n\n`;

const TRADE_DATASETS = ["trade-imports", "trade-exports"];
const TRADE_CHARTS = CHARTS.filter((c) => c.datasets.some((d) => TRADE_DATASETS.includes(d))).map((c) => c.id);
const TRADE_TABLES = TABLES.filter((t) => t.datasets.some((d) => TRADE_DATASETS.includes(d))).map((t) => t.id);

let project: string;
const at = (rel: string) => join(project, rel);
const read = (rel: string) => readFileSync(at(rel), "utf8");
const write = (rel: string, text: string) => writeFileSync(at(rel), text);

/** `npm run build` as a maintainer runs it, in the copy. */
const build = () => runScript(project, "scripts/build.ts");

function writeGood2023(): void {
  for (const [rel, text] of Object.entries(GOOD)) write(rel, text);
}

let server: Server;
let base: string;
let browser: Browser;
let goodBuild: ReturnType<typeof build>;
let frozen: ReturnType<typeof build>;

beforeAll(async () => {
  project = copyProject("maintainer-");
  writeGood2023();
  // The new entry goes above the newest one, as data/README.md says.
  const lines = read(CHANGELOG).split("\n");
  const first = readChangelog(project).entries[0]!.line;
  write(CHANGELOG, [...lines.slice(0, first - 1), ENTRY + lines.slice(first - 1).join("\n")].join("\n"));
  // Then the data are frozen as the entry's edition, which the build requires (data/README.md, "Editions").
  frozen = runScript(project, "scripts/edition.ts");
  // A stale file from an earlier build: a successful build replaces dist/ whole, so it must go.
  mkdirSync(at("dist"), { recursive: true });
  write("dist/stale-from-an-old-build.txt", "old");
  goodBuild = build();
  server = createServer(siteHandler(at("dist"), "/"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (project) rmSync(project, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ javaScriptEnabled: false });
  const res = await page.goto(new URL(path, base).toString());
  expect(res?.status(), path).toBe(200);
  return page;
}

/** The texts of every SVG <text> inside `selector` (one list per SVG). */
function svgTexts(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(selector, (svgs) => svgs.map((s) => Array.from(s.querySelectorAll("text")).map((t) => t.textContent ?? "")));
}

/** The rows of the table whose caption has id `${id}-caption`, as cell texts. */
function tableRows(page: Page, id: string): Promise<string[][]> {
  return page.$$eval(`table:has(caption#${id}-caption) tbody tr`, (trs) =>
    trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? "").trim())),
  );
}

/** Rows of Table 1 or 8 for 2023: the year heads the first row of its group (rowspan), so take the group. */
async function rowsOf2023(page: Page, id: string): Promise<string[][]> {
  return page.$$eval(`table:has(caption#${id}-caption) tbody`, (groups) =>
    groups
      .filter((g) => (g.querySelector("th[scope=rowgroup], td")?.textContent ?? "").trim() === "2023")
      .flatMap((g) => Array.from(g.querySelectorAll("tr")).map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? "").trim()))),
  );
}

describe("a new year is two CSVs, a changelog entry and one rebuild", () => {
  it("freezes the update as a new data edition, then builds, replacing dist/ whole", () => {
    expect(frozen.code, frozen.out).toBe(0);
    expect(frozen.out).toContain("Froze edition 2099-1");
    expect(existsSync(at("data/editions/2099-1/trade/imports/2023.csv"))).toBe(true);
    expect(goodBuild.code, goodBuild.out).toBe(0);
    expect(goodBuild.out).toContain("Built into");
    expect(existsSync(at("dist/stale-from-an-old-build.txt"))).toBe(false);
    expect(readdirSync(at(".build")).filter((n) => n.startsWith("dist-") || n.startsWith("old-"))).toEqual([]);
  });

  it("serves the two CSVs byte for byte, and lists them on /data/", async () => {
    for (const rel of [IMPORTS, EXPORTS]) {
      expect(readFileSync(at(`dist/${rel}`)).equals(readFileSync(at(rel))), rel).toBe(true);
      expect(Buffer.from(await (await fetch(new URL(rel, base))).arrayBuffer()).equals(readFileSync(at(rel)))).toBe(true);
    }
    const page = await open("data/");
    for (const id of TRADE_DATASETS) {
      const links = await page.locator(`tr#${id} a[download]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links.at(-1), id).toMatch(/\/2023\.csv$/);
    }
    await page.close();
  });

  it("describes 2023 in datapackage.json, with each file's size and hash", () => {
    const pkg = JSON.parse(read("dist/data/datapackage.json")) as {
      title: string;
      resources: { name: string; path: string; bytes: number; hash: string }[];
    };
    expect(pkg.title).toMatch(/, 2011-2023$/);
    for (const [name, rel] of [
      ["trade-imports-2023", IMPORTS],
      ["trade-exports-2023", EXPORTS],
    ] as const) {
      const bytes = readFileSync(at(rel));
      expect(pkg.resources.find((r) => r.name === name)).toMatchObject({
        path: rel.replace(/^data\//, ""),
        bytes: bytes.length,
        hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
      });
    }
  });

  it("draws 2023 in every trade chart of the story, and keeps what the paper said about 2022", async () => {
    expect(TRADE_CHARTS.length).toBeGreaterThan(0);
    const page = await open("");
    const shown = await page.$$eval("figure.chart[data-chart-id]", (fs) => [...new Set(fs.map((f) => f.getAttribute("data-chart-id")!))]);
    const trade = TRADE_CHARTS.filter((id) => shown.includes(id));
    expect(trade.length).toBeGreaterThan(0);
    for (const id of trade) {
      const svgs = await svgTexts(page, `figure[data-chart-id="${id}"] svg`);
      expect(svgs.length, id).toBeGreaterThan(0);
      // Steps may zoom into earlier years; the full chart and the last steps reach 2023.
      expect(
        svgs.some((texts) => texts.includes("2023")),
        `${id}: no SVG on the story page labels 2023`,
      ).toBe(true);
    }
    const text = await page.locator("main, body").first().textContent();
    // The paper's own 2022 figures stay as the paper gave them.
    expect(text).toContain("29.1%");
    expect(text).toContain("77.5%");
    await page.close();
  });

  it("adds 2023 to Tables 1 and 8 in the story, with every value", async () => {
    const page = await open("");
    for (const [id, values] of [
      [TRADE_TABLES.find((t) => t.startsWith("table-1"))!, VALUES.imports],
      [TRADE_TABLES.find((t) => t.startsWith("table-8"))!, VALUES.exports],
    ] as const) {
      expect(await tableRows(page, id), id).not.toEqual([]);
      const rows = await rowsOf2023(page, id);
      expect(rows, id).toHaveLength(5);
      expect(rows.map((r) => values.find((v) => r.includes(v)))).toEqual(values);
    }
    await page.close();
  });

  it("shows 2023 on every trade chart's page and embed, and in its CSV download", async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const kind of ["charts", "embed"]) {
      if (!existsSync(at(`dist/${kind}`))) continue; // pages the site may not have yet
      for (const id of [...TRADE_CHARTS, ...TRADE_TABLES]) {
        const res = await page.goto(new URL(`${kind}/${id}/`, base).toString());
        expect(res?.status(), `${kind}/${id}/`).toBe(200);
        if (TRADE_TABLES.includes(id)) {
          expect(await rowsOf2023(page, id), `${kind}/${id}`).toHaveLength(5);
          continue;
        }
        const svgs = await svgTexts(page, "svg[role=img]");
        expect(svgs.length, `${kind}/${id}`).toBeGreaterThan(0);
        for (const texts of svgs) expect(texts, `${kind}/${id}`).toContain("2023");
      }
    }
    await page.close();
    for (const id of [...TRADE_CHARTS, ...TRADE_TABLES]) {
      const csv = at(`dist/charts/${id}/${id}.csv`);
      if (existsSync(csv)) expect(readFileSync(csv, "utf8"), csv).toMatch(/^2023,/m);
    }
  });

  it("lists 2023 in the catalogue, /charts/index.json, when the site has one", () => {
    const file = at("dist/charts/index.json");
    if (!existsSync(file)) return;
    const catalogue = JSON.parse(readFileSync(file, "utf8")) as { charts: { id: string; datasets: string[]; description: string }[] };
    const trade = catalogue.charts.filter((c) => c.datasets.some((d) => TRADE_DATASETS.includes(d)));
    expect(trade.map((c) => c.id).sort()).toEqual([...TRADE_CHARTS, ...TRADE_TABLES].sort());
    for (const c of trade) expect(c.description, c.id).toContain("2023");
  });

  it("shows the update on /data/: the latest changelog entry and each dataset's last change", async () => {
    const page = await open("data/");
    const latest = page.locator("[data-latest-update]");
    expect(await latest.locator("h3").innerText()).toBe(`Latest update, 31 Jan 2099: ${ENTRY_TITLE}`);
    expect(await latest.locator("li").allInnerTexts()).toEqual([`Added ${IMPORTS} and ${EXPORTS}.`]);
    expect(await page.locator("[data-last-changed] time").getAttribute("datetime")).toBe(ENTRY_DATE);
    for (const id of TRADE_DATASETS) {
      const cells = await page.locator(`tr[data-last-change="${id}"] td`).allInnerTexts();
      expect(cells, id).toEqual(["31 Jan 2099", "data changelog"]);
    }
    // No git in the copy: the other datasets take the first release's date from the changelog too.
    const places = await page.locator(`tr[data-last-change="places"] td`).allInnerTexts();
    expect(places[1]).toBe("data changelog");
    expect(await page.locator("details.earlier summary").innerText()).toMatch(/^Earlier updates \(\d+\)$/);
    await page.close();
  });
});

describe("a broken 2023 never reaches readers", () => {
  let before: Record<string, string>;
  let buildDir: string[];
  beforeAll(() => {
    before = snapshot(at("dist"));
    buildDir = readdirSync(at(".build")).sort();
  });

  /** Each case edits the good 2023 (or the changelog); `says` must all appear in the output. */
  const CASES: { name: string; edit: () => void; says: (string | (() => string))[] }[] = [
    {
      name: "shares as fractions",
      edit: () =>
        write(
          IMPORTS,
          GOOD[IMPORTS].replace(/,(\d+\.\d),$/gm, (_, s: string) => `,${(Number(s) / 100).toFixed(3)},`),
        ),
      says: [`${IMPORTS}:2:5 (line 2, column 5 "share_percent")`, "shares should be percentages such as 35.9, not 0.359"],
    },
    {
      name: "a value with thousands separators, unquoted",
      edit: () => write(IMPORTS, GOOD[IMPORTS].replace(",702913,", ",702,913,")),
      says: [`${IMPORTS}:2 (line 2)`, "expected 6 cells, as in the header, but found 7"],
    },
    {
      name: "a value with thousands separators, quoted as a spreadsheet saves it",
      edit: () => write(IMPORTS, GOOD[IMPORTS].replace(",702913,", ',"702,913",')),
      says: [`${IMPORTS}:2:4 (line 2, column 4 "value_hkd_thousand")`, "write numbers without thousands separators, e.g. 702913."],
    },
    {
      name: "a place not in data/places.csv",
      edit: () => write(EXPORTS, GOOD[EXPORTS].replace("2023,4,usa,", "2023,4,france,")),
      says: [`${EXPORTS}:5:3 (line 5, column 3 "place")`, 'found "france"', "to add a place, add a line to data/places.csv"],
    },
    {
      name: "a mistyped digit: value and share disagree",
      edit: () => write(IMPORTS, GOOD[IMPORTS].replace(",287021,", ",387021,")),
      says: [`${IMPORTS}:4:4 (line 4, column 4 "value_hkd_thousand")`, "value ÷ share gives the year's total"],
    },
    {
      // A whole-file problem: the missing row has no line, so the message names the file and the rank.
      name: "only four rows",
      edit: () => write(EXPORTS, GOOD[EXPORTS].replace("2023,5,macao-china,3288,1.1,\n", "")),
      says: [`${EXPORTS}: expected one row for each rank 1 to 5, but rank 5 is missing`],
    },
    {
      name: "imports without exports",
      edit: () => rmSync(at(EXPORTS)),
      says: [`${EXPORTS}: expected this file to exist, since 2023 has a file for imports`, "npm run data:new-year -- 2023"],
    },
    {
      name: "an unfilled template from npm run data:new-year",
      edit: () => {
        rmSync(at(IMPORTS));
        rmSync(at(EXPORTS));
        const r = spawnSync(process.execPath, [at("scripts/new-year.ts"), "2023"], { cwd: project, encoding: "utf8" });
        expect(r.status, r.stderr).toBe(0);
      },
      says: [
        `${IMPORTS}:2:6 (line 2, column 6 "note"): 2023 is a template that has not been filled in`,
        `${EXPORTS}:2:6 (line 2, column 6 "note"): 2023 is a template that has not been filled in`,
      ],
    },
    {
      name: "a changelog entry dated day/month/year",
      edit: () => write(CHANGELOG, read(CHANGELOG).replace(`## ${ENTRY_DATE}:`, "## 31/01/2099:")),
      says: [() => `${CHANGELOG}:${entryLine()}:4`, "write 2099-01-31"],
    },
  ];
  function entryLine(): number {
    return (
      read(CHANGELOG)
        .split("\n")
        .findIndex((l) => l.startsWith("## 31/01/2099:")) + 1
    );
  }

  for (const c of CASES) {
    it(`${c.name}: the build fails at the data check, naming the file and line, and dist/ is unchanged`, () => {
      expect(goodBuild.code, "the good build must pass first").toBe(0);
      const log = read(CHANGELOG);
      c.edit();
      try {
        const r = build();
        expect(r.code, r.out).not.toBe(0);
        for (const s of c.says) expect(r.out).toContain(typeof s === "function" ? s() : s);
        expect(r.out).toContain("The build stopped before writing anything");
        // Stopped before Astro: none of its log lines, and no staging folder was made.
        expect(r.out).not.toMatch(/\[(build|content|types|vite)\]/);
        expect(readdirSync(at(".build")).sort()).toEqual(buildDir);
        expect(snapshot(at("dist"))).toEqual(before);
      } finally {
        writeGood2023();
        write(CHANGELOG, log);
      }
    });
  }

  it("a failure inside the Astro build (a page that throws) also leaves dist/ unchanged, and no staging folder behind", () => {
    expect(goodBuild.code, "the good build must pass first").toBe(0);
    const page = at("src/pages/maintainer-test-broken.astro");
    write("src/pages/maintainer-test-broken.astro", '---\nthrow new Error("deliberately broken page");\n---\n<p>never</p>\n');
    try {
      const r = build();
      expect(r.code, r.out).not.toBe(0);
      expect(r.out).toContain("deliberately broken page");
      expect(r.out).toMatch(/The build failed; .*dist is unchanged\./);
      expect(readdirSync(at(".build")).sort()).toEqual(buildDir);
      expect(snapshot(at("dist"))).toEqual(before);
    } finally {
      rmSync(page, { force: true });
    }
  });
});
