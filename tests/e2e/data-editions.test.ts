/**
 * Data editions end to end (issue 14), on a copy of the project as a fresh clone holds it: build
 * it as it is (edition 2026-2 only); add a synthetic 2023 as a new edition, freeze it with
 * `npm run data:edition` and rebuild; then publish a correction of 2023 as a third edition.
 * Every graphic pinned to the first edition keeps its numbers (the rows CSV byte for byte, the
 * values drawn in its SVG and its embed); the latest graphics show 2023; pinned graphics of an
 * older edition link, without JavaScript, to the newer data; the corrected edition's pinned
 * graphics carry the correction's notice, linking to /corrections/, in both languages. Then
 * break a new edition in each way a maintainer could: every build fails naming the file, line
 * and column, and leaves every published edition's files, and dist/, byte for byte as they were.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readChangelog } from "../../src/data/changelog.ts";
import { GRAPHICS } from "../../src/graphics/registry.ts";
import { LOCALES, localePrefix, type Locale } from "../../src/lib/i18n.ts";
import { siteHandler } from "../../scripts/lib/site-server.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { copyProject, runScript, snapshot } from "./project-copy.ts";

/** The edition the repository's data are (the first one frozen), and the two this test makes from the changelog entries it adds. */
const FIRST = "2026-2";
const ADDED = "2099-1";
const CORRECTION = "2099-2";

const IMPORTS = "data/trade/imports/2023.csv";
const EXPORTS = "data/trade/exports/2023.csv";
const CHANGELOG = "data/CHANGELOG.md";
const HEADER = "year,rank,place,value_hkd_thousand,share_percent,note";
/** A made-up 2023 whose values and shares agree. Ranks 4 and 5 of imports hold each other's place: the correction swaps them back. */
const IMPORTS_2023 = [
  HEADER,
  "2023,1,japan,702913,29.5,",
  "2023,2,mainland-china,351457,14.7,",
  "2023,3,south-korea,287021,12.0,",
  "2023,4,ireland,258764,10.8,",
  "2023,5,singapore,233108,9.8,",
  "",
].join("\n");
const IMPORTS_2023_CORRECTED = IMPORTS_2023.replace("2023,4,ireland,", "2023,4,singapore,").replace("2023,5,singapore,", "2023,5,ireland,");
const EXPORTS_2023 = [
  HEADER,
  "2023,1,mainland-china,244187,78.1,",
  "2023,2,taiwan-china,39522,12.6,",
  "2023,3,japan,12871,4.1,",
  "2023,4,usa,6019,1.9,",
  "2023,5,macao-china,3288,1.1,",
  "",
].join("\n");
const ADDED_ENTRY =
  "## 2099-01-31: Trade figures for 2023 (synthetic, for the editions test)\n\n" + `- Added \`${IMPORTS}\` and \`${EXPORTS}\`.\n\n`;
const CORRECTION_TITLE = { en: "Singapore and Ireland in 2023's imports", "zh-hk": "2023年進口第四及第五位的地方" };
const CORRECTION_WHY = "the two rows were transposed when the figures were copied from Create Hong Kong's table.";
const CORRECTION_ENTRY = [
  `## 2099-02-15: Correction: ${CORRECTION_TITLE.en}`,
  "",
  `- Corrects: ${ADDED}`,
  `- Swapped the places of ranks 4 and 5 in \`${IMPORTS}\`: Singapore is fourth, Ireland fifth.`,
  `- Why: ${CORRECTION_WHY}`,
  `- 標題：${CORRECTION_TITLE["zh-hk"]}`,
  `- 更正：\`${IMPORTS}\`中第四及第五位的地方對調：新加坡排第四，愛爾蘭排第五。`,
  "- 原因：從創意香港的表格抄錄數字時，把這兩行的地方調轉了。",
  "",
  "",
].join("\n");

/** The graphics drawn from the trade series: 2023 reaches them; those drawn from imports are the ones corrected. */
const TRADE = GRAPHICS.filter((g) => g.datasets.some((d) => d.startsWith("trade-")));
const IMPORTS_GRAPHICS = GRAPHICS.filter((g) => g.datasets.includes("trade-imports"));
const NOT_IMPORTS = GRAPHICS.filter((g) => !g.datasets.includes("trade-imports"));
const NEWER: Record<Locale, (name: string) => string> = { en: (n) => `Newer data: ${n}`, "zh-hk": (n) => `較新數據：${n}` };

let project: string;
let server: Server;
let base: string;
let browser: Browser;
const at = (rel: string) => join(project, rel);
const read = (rel: string) => readFileSync(at(rel), "utf8");
const write = (rel: string, text: string) => writeFileSync(at(rel), text);
const build = () => runScript(project, "scripts/build.ts", [], { SITE_URL: new URL(base).origin, BASE_PATH: "/" });
const freeze = () => runScript(project, "scripts/edition.ts");

/** Adds a changelog entry above the newest, as data/README.md says. */
function addEntry(entry: string): void {
  const lines = read(CHANGELOG).split("\n");
  const first = readChangelog(project).entries[0]!.line;
  write(CHANGELOG, [...lines.slice(0, first - 1), entry + lines.slice(first - 1).join("\n")].join("\n"));
}

/** A pinned graphic's path in the site: /[zh-hk/]editions/<edition>/<kind>/<id>/. */
const pinned = (locale: Locale, edition: string, kind: "charts" | "embed", id: string) =>
  `${localePrefix(locale)}editions/${edition}/${kind}/${id}/`;

/** The texts drawn in an SVG file, in order (not <title>, which is not drawn). */
function svgTexts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as {
    querySelectorAll(s: string): { textContent: string }[];
  };
  return [...doc.querySelectorAll("text")].map((t) => t.textContent);
}

/** The numbers among texts: what a reader reads off a graphic. */
const numbersIn = (texts: string[]) => texts.flatMap((t) => t.match(/\d[\d,.]*/g) ?? []);

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ javaScriptEnabled: false });
  const res = await page.goto(new URL(path, base).toString());
  expect(res?.status(), path).toBe(200);
  return page;
}

/** What a page or embed shows of the graphic: the texts of its SVGs (charts) or its table cells. */
async function shown(path: string): Promise<string[]> {
  const page = await open(path);
  const texts = await page.$$eval("figure.chart svg text, figure.data-table td, figure.data-table th", (els) =>
    els.map((e) => (e.textContent ?? "").trim()),
  );
  await page.close();
  return texts;
}

/** Every file of every pinned graphic of an edition, in both languages: path -> bytes. */
function pinnedFiles(edition: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const l of LOCALES) {
    for (const g of GRAPHICS) {
      const dir = `dist/${pinned(l, edition, "charts", g.id)}`;
      for (const f of [`${g.id}.csv`, `${g.id}.svg`, `${g.id}.png`]) out.set(`${dir}${f}`, readFileSync(at(`${dir}${f}`)));
    }
  }
  return out;
}

/** What the first build showed of every graphic pinned to the first edition, to compare after each later build. */
let first: { files: Map<string, Buffer>; shown: Map<string, string[]> };
const builds = {} as Record<"first" | "frozen" | "added" | "correctionFrozen" | "corrected", ReturnType<typeof build>>;

beforeAll(async () => {
  project = copyProject("editions-");
  // Listen first: the builds need the port, since embed codes and the catalogue use absolute URLs.
  server = createServer(siteHandler(at("dist"), "/"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
  builds.first = build();
  expect(builds.first.code, builds.first.out).toBe(0);
  const shownFirst = new Map<string, string[]>();
  for (const l of LOCALES)
    for (const g of GRAPHICS) shownFirst.set(pinned(l, FIRST, "embed", g.id), await shown(pinned(l, FIRST, "embed", g.id)));
  first = { files: pinnedFiles(FIRST), shown: shownFirst };
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (project) rmSync(project, { recursive: true, force: true });
});

describe(`a new year is a new edition (${ADDED}); the graphics pinned to ${FIRST} keep their numbers`, () => {
  beforeAll(() => {
    write(IMPORTS, IMPORTS_2023);
    write(EXPORTS, EXPORTS_2023);
    addEntry(ADDED_ENTRY);
    builds.frozen = freeze();
    builds.added = build();
  }, 900_000);

  it("npm run data:edition freezes the data as the entry's edition, then the build passes", () => {
    expect(builds.frozen.code, builds.frozen.out).toBe(0);
    expect(builds.frozen.out).toContain(`Froze edition ${ADDED}`);
    expect(readFileSync(at(`data/editions/${ADDED}/trade/imports/2023.csv`), "utf8")).toBe(IMPORTS_2023);
    expect(builds.added.code, builds.added.out).toBe(0);
  });

  it(`every graphic pinned to ${FIRST}: the rows CSV byte for byte, and the values in its SVG, in both languages`, () => {
    for (const [file, bytes] of first.files) {
      const now = readFileSync(at(file));
      if (file.endsWith(".csv")) expect(now.equals(bytes), file).toBe(true);
      if (file.endsWith(".svg")) {
        const before = svgTexts(bytes.toString("utf8"));
        const after = svgTexts(now.toString("utf8"));
        expect(numbersIn(before).length, file).toBeGreaterThan(0);
        expect(numbersIn(after), file).toEqual(numbersIn(before));
        if (TRADE.some((g) => file.endsWith(`/${g.id}.svg`))) expect(after.join("\n"), file).not.toMatch(/\b2023\b/);
      }
    }
  });

  it(`every graphic pinned to ${FIRST} draws the same values in its embed`, async () => {
    for (const [path, before] of first.shown) {
      expect(numbersIn(before).length, path).toBeGreaterThan(0);
      expect(numbersIn(await shown(path)), path).toEqual(numbersIn(before));
    }
  });

  it("the latest graphics show 2023, and so do those pinned to the new edition", async () => {
    for (const l of LOCALES) {
      for (const g of TRADE) {
        for (const path of [`${localePrefix(l)}charts/${g.id}/`, `${localePrefix(l)}embed/${g.id}/`, pinned(l, ADDED, "embed", g.id)]) {
          expect((await shown(path)).join(" "), path).toMatch(/\b2023\b/);
        }
        expect(read(`dist/${localePrefix(l)}charts/${g.id}/${g.id}.csv`)).toMatch(/^2023,/m);
        expect(read(`dist/${pinned(l, ADDED, "charts", g.id)}${g.id}.csv`)).toMatch(/^2023,/m);
        expect(read(`dist/${pinned(l, FIRST, "charts", g.id)}${g.id}.csv`)).not.toMatch(/^2023,/m);
      }
    }
  });

  it(`the graphics pinned to ${FIRST} link to the newer data, statically: no script runs here`, async () => {
    for (const l of LOCALES) {
      for (const g of GRAPHICS) {
        for (const kind of ["charts", "embed"] as const) {
          const page = await open(pinned(l, FIRST, kind, g.id));
          const links = page.locator("a[data-newer-data]");
          expect(await links.count(), `${kind} ${g.id} (${l})`).toBe(1);
          expect((await links.innerText()).trim()).toBe(NEWER[l](ADDED));
          const href = new URL((await links.getAttribute("href"))!, page.url());
          expect(href.pathname).toBe(`/${pinned(l, ADDED, "charts", g.id)}`);
          await page.close();
          expect((await fetch(href)).status, href.toString()).toBe(200);
        }
        // The newest edition's are not newer than anything.
        const newest = await open(pinned(l, ADDED, "embed", g.id));
        expect(await newest.locator("a[data-newer-data]").count()).toBe(0);
        await newest.close();
      }
    }
  });

  it(`each chart page offers the embed pinned to ${ADDED} first, and the latest one; the image and citation name the edition`, async () => {
    for (const l of LOCALES) {
      for (const g of GRAPHICS) {
        const page = await open(`${localePrefix(l)}charts/${g.id}/`);
        const code = (await page.locator("#embed-code").textContent())!;
        expect(code).toContain(new URL(pinned(l, ADDED, "embed", g.id), base).toString());
        const latest = (await page.locator("#embed-code-latest").textContent())!;
        expect(latest).toContain(new URL(`${localePrefix(l)}embed/${g.id}/`, base).toString());
        expect(latest).not.toContain("/editions/");
        const image = (await page.locator("#image-code").textContent())!;
        expect(image).toContain(new URL(`${pinned(l, ADDED, "charts", g.id)}${g.id}.png`, base).toString());
        expect(image).toContain(l === "en" ? `(Data edition ${ADDED})` : `（數據版本${ADDED}）`);
        expect((await page.locator("#citation").textContent())!).toContain(l === "en" ? `data edition ${ADDED}` : `數據版本${ADDED}`);
        await page.close();
      }
    }
  });

  it("/charts/index.json lists the editions, newest first, and each graphic's pinned URLs, which all resolve", async () => {
    const cat = (await (await fetch(new URL("charts/index.json", base))).json()) as {
      latestEdition: string;
      dataEditions: { name: string; latest: boolean; correction: unknown }[];
      charts: { id: string; pinned: Record<string, Record<string, Record<string, unknown>>> }[];
    };
    expect(cat.latestEdition).toBe(ADDED);
    expect(cat.dataEditions.map((e) => [e.name, e.latest, e.correction])).toEqual([
      [ADDED, true, null],
      [FIRST, false, null],
    ]);
    expect(cat.charts.map((c) => c.id)).toEqual(GRAPHICS.map((g) => g.id));
    for (const c of cat.charts) {
      expect(Object.keys(c.pinned)).toEqual([ADDED, FIRST]);
      for (const [edition, byLocale] of Object.entries(c.pinned)) {
        for (const l of LOCALES) {
          const e = byLocale[l]!;
          expect(e.embed).toBe(new URL(pinned(l, edition, "embed", c.id), base).toString());
          const urls = [e.page, e.embed, e.oembed, e.image, ...Object.values(e.downloads as Record<string, string>)] as string[];
          for (const u of urls) expect((await fetch(u)).status, u).toBe(200);
        }
      }
    }
  });

  it("the oEmbed of a chart page is pinned to the newest edition and names it", async () => {
    const g = TRADE[0]!;
    const o = (await (await fetch(new URL(`charts/${g.id}/oembed.json`, base))).json()) as { title: string; html: string };
    expect(o.title).toContain(`data edition ${ADDED}`);
    expect(o.html).toContain(new URL(pinned("en", ADDED, "embed", g.id), base).toString());
  });

  it("/corrections/ says there is none yet, in both languages", async () => {
    for (const l of LOCALES) {
      const page = await open(`${localePrefix(l)}corrections/`);
      expect(await page.locator("[data-no-corrections]").count()).toBe(1);
      await page.close();
    }
  });
});

describe(`a correction is an edition too (${CORRECTION}): its notice on the corrected edition's pinned graphics, and /corrections/`, () => {
  let added: Map<string, Buffer>;
  beforeAll(() => {
    added = pinnedFiles(ADDED);
    write(IMPORTS, IMPORTS_2023_CORRECTED);
    addEntry(CORRECTION_ENTRY);
    builds.correctionFrozen = freeze();
    builds.corrected = build();
  }, 900_000);

  it("freezes and builds", () => {
    expect(builds.correctionFrozen.code, builds.correctionFrozen.out).toBe(0);
    expect(builds.correctionFrozen.out).toContain(`Froze edition ${CORRECTION}`);
    expect(builds.correctionFrozen.out).toContain(`It corrects edition ${ADDED}.`);
    expect(builds.corrected.code, builds.corrected.out).toBe(0);
  });

  it(`the pinned graphics of ${ADDED} drawn from the imports carry the notice, linking to the correction, in both languages`, async () => {
    expect(IMPORTS_GRAPHICS.length).toBeGreaterThan(0);
    for (const l of LOCALES) {
      for (const g of IMPORTS_GRAPHICS) {
        for (const kind of ["charts", "embed"] as const) {
          const page = await open(pinned(l, ADDED, kind, g.id));
          const notice = page.locator(`[data-correction="${CORRECTION}"]`);
          expect(await notice.count(), `${kind} ${g.id} (${l})`).toBe(1);
          const text = await notice.innerText();
          expect(text).toContain(CORRECTION_TITLE[l]);
          expect(text).toContain(l === "en" ? "Correction, 15 Feb 2099:" : "更正（2099年2月15日）：");
          const href = new URL((await notice.locator("a").getAttribute("href"))!, page.url());
          expect(href.pathname + href.hash).toBe(`/${localePrefix(l)}corrections/#correction-${CORRECTION}`);
          // The link leads to the correction itself.
          await page.goto(href.toString());
          expect(await page.locator(`#correction-${CORRECTION}`).count()).toBe(1);
          await page.close();
        }
        // The image carries it too; its rows are as they were published.
        const dir = `dist/${pinned(l, ADDED, "charts", g.id)}`;
        expect(svgTexts(read(`${dir}${g.id}.svg`)).join(" ")).toContain(`${localePrefix(l)}corrections/#correction-${CORRECTION}`);
        expect(readFileSync(at(`${dir}${g.id}.csv`)).equals(added.get(`${dir}${g.id}.csv`)!)).toBe(true);
      }
    }
  });

  it(`no other pinned graphic carries it: not those of ${ADDED} drawn from other data, nor any of ${FIRST} or ${CORRECTION}`, async () => {
    for (const l of LOCALES) {
      for (const [edition, graphics] of [
        [ADDED, NOT_IMPORTS],
        [FIRST, GRAPHICS],
        [CORRECTION, GRAPHICS],
      ] as const) {
        for (const g of graphics) {
          for (const kind of ["charts", "embed"] as const) {
            const html = read(`dist/${pinned(l, edition, kind, g.id)}index.html`);
            // The graphic itself is there (the right file), and no notice.
            expect(html, `${kind} ${edition} ${g.id} (${l})`).toMatch(new RegExp(`data-(chart|table)-id="${g.id}"`));
            expect(html.includes("data-correction="), `${kind} ${edition} ${g.id} (${l})`).toBe(false);
          }
        }
      }
    }
  });

  it(`the latest graphics show the corrected figures, and those pinned to ${FIRST} still their own`, async () => {
    const table = TRADE.find((g) => g.kind === "table" && g.datasets.includes("trade-imports"))!;
    const csv = read(`dist/charts/${table.id}/${table.id}.csv`);
    expect(csv).toMatch(/^2023,4,Singapore,258764,/m);
    expect(read(`dist/${pinned("en", ADDED, "charts", table.id)}${table.id}.csv`)).toMatch(/^2023,4,Ireland,258764,/m);
    for (const [file, bytes] of first.files) if (file.endsWith(".csv")) expect(readFileSync(at(file)).equals(bytes), file).toBe(true);
  });

  it("/corrections/ lists it in both languages: what changed, why, and the pinned graphics it concerns", async () => {
    for (const l of LOCALES) {
      const page = await open(`${localePrefix(l)}corrections/`);
      expect(await page.locator("[data-no-corrections]").count()).toBe(0);
      const section = page.locator(`#correction-${CORRECTION}`);
      const text = await section.innerText();
      expect(text).toContain(CORRECTION_TITLE[l]);
      expect(text).toContain(l === "en" ? "The two rows were transposed" : "把這兩行的地方調轉了");
      expect(text).toContain(l === "en" ? `corrects data edition ${ADDED}` : `更正數據版本${ADDED}`);
      const affected = await section.locator("[data-affected]").evaluateAll((els) => els.map((e) => e.getAttribute("data-affected")));
      expect(affected.sort()).toEqual(IMPORTS_GRAPHICS.map((g) => `${ADDED}/${g.id}`).sort());
      for (const a of await section.locator("[data-affected] a").evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href))) {
        expect((await fetch(a)).status, a).toBe(200);
      }
      await page.close();
    }
  });

  it("/charts/index.json marks the correction", async () => {
    const cat = (await (await fetch(new URL("charts/index.json", base))).json()) as {
      dataEditions: { name: string; correction: { corrects: string[]; datasets: string[] } | null }[];
    };
    expect(cat.dataEditions.map((e) => e.name)).toEqual([CORRECTION, ADDED, FIRST]);
    expect(cat.dataEditions[0]!.correction).toMatchObject({ corrects: [ADDED], datasets: ["trade-imports"] });
  });
});

describe("a broken new edition leaves every published edition's files, and dist/, unchanged", () => {
  let before: Record<string, string>;
  let editions: Record<string, string>;
  beforeAll(() => {
    before = snapshot(at("dist"));
    editions = snapshot(at("data/editions"));
  });

  const LATER = "## 2099-03-01: Trade figures revised (synthetic)\n\n- Changed `data/trade/imports/2023.csv`.\n\n";
  const CASES: { name: string; edit: () => void; freezes?: boolean; says: string[] }[] = [
    {
      name: "a file of a published edition edited in place",
      edit: () =>
        write(
          `data/editions/${FIRST}/trade/imports/2022.csv`,
          read(`data/editions/${FIRST}/trade/imports/2022.csv`).replace("684202", "684203"),
        ),
      says: [`data/editions/${FIRST}/trade/imports/2022.csv: this file has changed since the edition was frozen`],
    },
    {
      name: "a file of a published edition deleted",
      edit: () => rmSync(at(`data/editions/${ADDED}/trade/exports/2023.csv`)),
      says: [`data/editions/${ADDED}/trade/exports/2023.csv: this file of the edition is missing`],
    },
    {
      name: "data/ changed with no new edition",
      edit: () => write(IMPORTS, IMPORTS_2023_CORRECTED.replace("702913,29.5", "702914,29.5")),
      says: [`${IMPORTS}:2:19 (line 2, column 19): this file has changed since edition ${CORRECTION}, the newest`],
    },
    {
      name: "a new entry whose data are not frozen",
      edit: () => {
        addEntry(LATER);
        write(IMPORTS, IMPORTS_2023_CORRECTED.replace("702913,29.5", "702914,29.5"));
      },
      says: ["data/CHANGELOG.md:8 (line 8): the newest entry, of 2099-03-01 (edition 2099-3), is not frozen yet", "npm run data:edition"],
    },
    {
      name: "a new edition with a broken file: data:edition refuses it",
      freezes: true,
      edit: () => {
        addEntry(LATER);
        write(IMPORTS, IMPORTS_2023_CORRECTED.replace("2023,3,south-korea,287021,12.0,", "2023,3,south-korea,287021,12.0%,"));
      },
      says: [`${IMPORTS}:4:5 (line 4, column 5 "share_percent"): found "12.0%"`],
    },
    {
      name: "a new edition frozen by hand with a broken file: read through the same loaders, located in its folder",
      edit: () => {
        addEntry(LATER);
        cpSync(at(`data/editions/${CORRECTION}`), at("data/editions/2099-3"), { recursive: true });
        const file = "data/editions/2099-3/trade/imports/2023.csv";
        write(file, read(file).replace("2023,3,south-korea,287021,12.0,", "2023,3,south-korea,287021,12.0%,"));
        // Its SHA256SUMS made to match, as a careless copy would: the loaders still catch the cell.
        const sums = read("data/editions/2099-3/SHA256SUMS").replace(
          /^[0-9a-f]{64}(?= {2}trade\/imports\/2023\.csv$)/m,
          createHash("sha256")
            .update(readFileSync(at(file)))
            .digest("hex"),
        );
        write("data/editions/2099-3/SHA256SUMS", sums);
      },
      says: [`data/editions/2099-3/trade/imports/2023.csv:4:5 (line 4, column 5 "share_percent"): found "12.0%"`],
    },
    {
      name: "a correction that names an edition which did not hold the data it changes",
      freezes: true,
      edit: () => {
        addEntry(
          CORRECTION_ENTRY.replace("2099-02-15", "2099-03-01")
            .replace(`Corrects: ${ADDED}`, `Corrects: ${FIRST}`)
            .replace("Singapore is fourth, Ireland fifth", "Ireland is fourth, Singapore fifth"),
        );
        write(IMPORTS, IMPORTS_2023);
      },
      says: [`data/CHANGELOG.md:10:13 (line 10, column 13): edition ${FIRST} holds none of the files this correction changed`],
    },
  ];

  for (const c of CASES) {
    const who = c.freezes ? "npm run data:edition and the build fail" : "the build fails";
    it(`${c.name}: ${who} naming it, and change nothing`, () => {
      expect(builds.corrected?.code, "the corrected build must pass first").toBe(0);
      const saved = { changelog: read(CHANGELOG), imports: read(IMPORTS) };
      c.edit();
      try {
        if (c.freezes) {
          const f = freeze();
          expect(f.code, f.out).not.toBe(0);
          for (const s of c.says) expect(f.out).toContain(s);
          expect(f.out).toContain("Nothing was frozen.");
          expect(existsSync(at("data/editions/2099-3"))).toBe(false);
        }
        const r = build();
        expect(r.code, r.out).not.toBe(0);
        for (const s of c.says) expect(r.out).toContain(s);
        expect(r.out).toContain("The build stopped before writing anything");
        expect(snapshot(at("dist"))).toEqual(before);
      } finally {
        write(CHANGELOG, saved.changelog);
        write(IMPORTS, saved.imports);
        rmSync(at("data/editions/2099-3"), { recursive: true, force: true });
        if (c.name.includes("edited in place")) {
          write(
            `data/editions/${FIRST}/trade/imports/2022.csv`,
            read(`data/editions/${FIRST}/trade/imports/2022.csv`).replace("684203", "684202"),
          );
        }
        if (c.name.includes("deleted")) write(`data/editions/${ADDED}/trade/exports/2023.csv`, EXPORTS_2023);
      }
      // Every published edition's files as they were.
      expect(snapshot(at("data/editions"))).toEqual(editions);
      expect(readdirSync(at("data/editions")).sort()).toEqual([FIRST, ADDED, CORRECTION, "README.md"].sort());
    });
  }
});
