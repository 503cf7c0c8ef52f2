/**
 * `npm run data:new-year -- 2023` as a maintainer runs it, on a temp copy of data/: the
 * templates it writes, what it refuses to do, and how the check treats a template that is
 * left unfilled, half filled, or filled in. Then each slip a new year's file commonly has.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/data/issues.ts";
import { loadSiteData } from "../../src/data/load.ts";
import { TEMPLATE_NOTE, TRADE_ROW_SCHEMA, tradeTemplate, tradeYears } from "../../src/data/trade.ts";
import { issuesOf, ROOT, useTempProjects, where, type TempProject } from "./helpers.ts";

const IMPORTS = "data/trade/imports/2023.csv";
const EXPORTS = "data/trade/exports/2023.csv";
const HEADER = "year,rank,place,value_hkd_thousand,share_percent,note";

/** A made-up 2023 whose values and shares agree (each value ÷ share implies one total). */
const SYNTHETIC_2023 = {
  imports: [
    HEADER,
    "2023,1,japan,702913,29.5,",
    "2023,2,mainland-china,351457,14.7,",
    "2023,3,south-korea,287021,12.0,",
    "2023,4,singapore,258764,10.8,",
    "2023,5,ireland,233108,9.8,",
    "",
  ].join("\n"),
  exports: [
    HEADER,
    "2023,1,mainland-china,244187,78.1,",
    "2023,2,taiwan-china,39522,12.6,",
    "2023,3,japan,12871,4.1,",
    "2023,4,usa,6019,1.9,",
    "2023,5,macao-china,3288,1.1,",
    "",
  ].join("\n"),
};

/** A Node that runs .ts files natively (22.18+): this one, or the project's own. */
function nodeBinary(): string {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major > 22 || (major === 22 && minor >= 18)) return process.execPath;
  return join(ROOT, "node_modules/.bin/node");
}

function newYear(p: TempProject, ...args: string[]) {
  const r = spawnSync(nodeBinary(), [join(ROOT, "scripts/new-year.ts"), ...args, p.root], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const project = useTempProjects();

describe("npm run data:new-year", () => {
  it("writes both templates: the header, then one row per rank with the year and a note to fill in", () => {
    const p = project();
    const r = newYear(p, "2023");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    for (const file of [IMPORTS, EXPORTS]) {
      const text = p.read(file);
      expect(text).toBe(tradeTemplate(2023));
      const [header, ...rows] = text.trimEnd().split("\n");
      expect(header).toBe(HEADER);
      expect(header).toBe(Object.keys(TRADE_ROW_SCHEMA).join(","));
      expect(rows).toEqual([1, 2, 3, 4, 5].map((rank) => `2023,${rank},,,,${TEMPLATE_NOTE}`));
    }
    expect(r.stdout).toContain(`Wrote ${IMPORTS} and ${EXPORTS}, with 5 rows each to fill in.`);
  });

  it("prints every allowed place id, with its name, and how to add one", () => {
    const p = project();
    const r = newYear(p, "2023");
    const places = readFileSync(join(ROOT, "data/places.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[0]!);
    expect(places.length).toBeGreaterThan(10);
    for (const id of places) expect(r.stdout).toMatch(new RegExp(`^  ${id} +\\S`, "m"));
    expect(r.stdout).toContain("  taiwan-china     Taiwan China");
    expect(r.stdout).toContain("Add a line to data/places.csv");
    expect(r.stdout).toContain("npm run data:check");
    expect(r.stdout).toContain("data/CHANGELOG.md");
  });

  it("refuses to overwrite a year that exists, and changes nothing", () => {
    const p = project();
    const before = [readFileSync(p.path("data/trade/imports/2022.csv")), readFileSync(p.path("data/trade/exports/2022.csv"))];
    const r = newYear(p, "2022");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("2022 already exists: data/trade/imports/2022.csv and data/trade/exports/2022.csv.");
    expect(r.stderr).toContain("Nothing was written.");
    expect(readFileSync(p.path("data/trade/imports/2022.csv")).equals(before[0]!)).toBe(true);
    expect(readFileSync(p.path("data/trade/exports/2022.csv")).equals(before[1]!)).toBe(true);
  });

  it("refuses a second run on the same new year, keeping what was typed in", () => {
    const p = project();
    newYear(p, "2023");
    p.write(IMPORTS, SYNTHETIC_2023.imports);
    const r = newYear(p, "2023");
    expect(r.code).toBe(1);
    expect(p.read(IMPORTS)).toBe(SYNTHETIC_2023.imports);
    expect(p.read(EXPORTS)).toBe(tradeTemplate(2023));
  });

  it("writes only the missing direction when the other already exists", () => {
    const p = project().write(IMPORTS, SYNTHETIC_2023.imports);
    const r = newYear(p, "2023");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${IMPORTS} already exists and was left as it is.`);
    expect(r.stdout).toContain(`Wrote ${EXPORTS}, with 5 rows to fill in.`);
    expect(p.read(IMPORTS)).toBe(SYNTHETIC_2023.imports);
    expect(p.read(EXPORTS)).toBe(tradeTemplate(2023));
  });

  it.each([
    [[], "Give the year to add, in full: npm run data:new-year -- 2023"],
    [["23"], "(found “23”)"],
    [["twenty"], "(found “twenty”)"],
    [["1889"], "1889 is outside the years the data accept"],
  ])("rejects the arguments %j without writing anything", (args, message) => {
    const p = project();
    const r = spawnSync(nodeBinary(), [join(ROOT, "scripts/new-year.ts"), ...args], { cwd: p.root, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(existsSync(p.path(IMPORTS))).toBe(false);
  });

  it("says when the new year leaves a gap", () => {
    const r = newYear(project(), "2025");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("the latest year so far is 2022; 2025 leaves a gap");
  });
});

describe("a template in data/", () => {
  it("left unfilled fails the check, once per file, at its first row's note", () => {
    const p = project();
    newYear(p, "2023");
    const issues = issuesOf(p.root);
    expect(issues.map(where)).toEqual([
      { file: IMPORTS, line: 2, column: 6, field: "note", value: TEMPLATE_NOTE },
      { file: EXPORTS, line: 2, column: 6, field: "note", value: TEMPLATE_NOTE },
    ]);
    expect(issues[0]!.problem).toBe(
      "2023 is a template that has not been filled in (lines 2, 3, 4, 5 and 6 still have the template's note “TEMPLATE: …”)",
    );
    expect(formatIssue(issues[0]!)).toMatch(
      /^data\/trade\/imports\/2023\.csv:2:6 \(line 2, column 6 "note"\): 2023 is a template that has not been filled in \(lines 2, 3, 4, 5 and 6 .*\. Expected each row's place, value_hkd_thousand and share_percent for 2023, and the template's note deleted\. Hint: copy the 5 largest places/,
    );
  });

  it("half filled in fails, naming the rows still to do", () => {
    const p = project();
    newYear(p, "2023");
    const rows = SYNTHETIC_2023.imports.split("\n");
    p.write(IMPORTS, [...rows.slice(0, 4), `2023,4,,,,${TEMPLATE_NOTE}`, `2023,5,,,,${TEMPLATE_NOTE}`, ""].join("\n"));
    p.write(EXPORTS, SYNTHETIC_2023.exports);
    const i = issuesOf(p.root);
    expect(i.map(where)).toEqual([{ file: IMPORTS, line: 5, column: 6, field: "note", value: TEMPLATE_NOTE }]);
    expect(i[0]!.problem).toContain("lines 5 and 6 still have the template's note");
  });

  it("filled in but with the template's note left in fails", () => {
    const p = project().write(EXPORTS, SYNTHETIC_2023.exports);
    p.write(IMPORTS, SYNTHETIC_2023.imports.replace("2023,3,south-korea,287021,12.0,", `2023,3,south-korea,287021,12.0,${TEMPLATE_NOTE}`));
    expect(issuesOf(p.root).map(where)).toEqual([{ file: IMPORTS, line: 4, column: 6, field: "note", value: TEMPLATE_NOTE }]);
  });

  it("filled in loads, and 2023 joins both series", () => {
    const p = project();
    newYear(p, "2023");
    p.write(IMPORTS, SYNTHETIC_2023.imports).write(EXPORTS, SYNTHETIC_2023.exports);
    const data = loadSiteData(p.root);
    expect(tradeYears(data, "imports").at(-1)).toBe(2023);
    expect(tradeYears(data, "exports").at(-1)).toBe(2023);
    expect(data["trade-imports"].filter((r) => r.year === 2023).map((r) => r.place)).toEqual([
      "japan",
      "mainland-china",
      "south-korea",
      "singapore",
      "ireland",
    ]);
  });
});

describe("the slips a new year's file commonly has", () => {
  /** A project whose 2023 is the synthetic year with one edit to one file. */
  function with2023(edit: (files: typeof SYNTHETIC_2023) => Partial<typeof SYNTHETIC_2023>): TempProject {
    const files = { ...SYNTHETIC_2023, ...edit(SYNTHETIC_2023) };
    return project().write(IMPORTS, files.imports).write(EXPORTS, files.exports);
  }

  it("shares as fractions", () => {
    const p = with2023((f) => ({ imports: f.imports.replace(/,(\d+\.\d),$/gm, (_, s: string) => `,${(Number(s) / 100).toFixed(3)},`) }));
    const [i, ...rest] = issuesOf(p.root);
    expect(rest).toEqual([]);
    expect(where(i!)).toEqual({ file: IMPORTS, line: 2, column: 5, field: "share_percent", value: "0.295" });
    expect(i!.hint).toContain("shares should be percentages such as 35.9, not 0.359");
  });

  it("a value with thousands separators, as a spreadsheet quotes it", () => {
    const p = with2023((f) => ({ imports: f.imports.replace(",702913,", ',"702,913",') }));
    const i = issuesOf(p.root);
    expect(i.map(where)).toEqual([{ file: IMPORTS, line: 2, column: 4, field: "value_hkd_thousand", value: "702,913" }]);
    expect(i[0]!.hint).toBe("write numbers without thousands separators, e.g. 702913.");
  });

  it("a value with thousands separators, unquoted", () => {
    const p = with2023((f) => ({ imports: f.imports.replace(",702913,", ",702,913,") }));
    const i = issuesOf(p.root);
    expect(i.map(where)).toEqual([{ file: IMPORTS, line: 2, value: "2023,1,japan,702,913,29.5," }]);
    expect(i[0]!.expected).toBe("6 cells, as in the header, but found 7");
  });

  it("a place not in data/places.csv", () => {
    const p = with2023((f) => ({ exports: f.exports.replace("2023,4,usa,", "2023,4,france,") }));
    const i = issuesOf(p.root);
    expect(i.map(where)).toEqual([{ file: EXPORTS, line: 5, column: 3, field: "place", value: "france" }]);
    expect(i[0]!.hint).toMatch(/to add a place, add a line to data\/places\.csv/);
  });

  it("only four rows", () => {
    const p = with2023((f) => ({ exports: f.exports.replace("2023,5,macao-china,3288,1.1,\n", "") }));
    const i = issuesOf(p.root);
    expect(i.map(where)).toEqual([{ file: EXPORTS }]);
    expect(i[0]!.expected).toBe("one row for each rank 1 to 5, but rank 5 is missing");
    expect(i[0]!.hint).toContain("(this file has 4)");
  });

  it("imports without exports", () => {
    const p = project().write(IMPORTS, SYNTHETIC_2023.imports);
    const i = issuesOf(p.root);
    expect(i.map(where)).toEqual([{ file: EXPORTS }]);
    expect(i[0]!.expected).toBe("this file to exist, since 2023 has a file for imports");
    expect(i[0]!.hint).toContain("npm run data:new-year -- 2023");
  });

  it("last year's figures pasted in: the year column disagrees with the file name", () => {
    const p = with2023((f) => ({ imports: f.imports.replace("2023,2,", "2022,2,") }));
    expect(issuesOf(p.root).map(where)).toEqual([{ file: IMPORTS, line: 3, column: 1, field: "year", value: "2022" }]);
  });

  it("a share typed without its decimal point gets a hint", () => {
    const p = with2023((f) => ({ imports: f.imports.replace(",29.5,", ",295,") }));
    const i = issuesOf(p.root);
    expect(i.map(where)).toEqual([{ file: IMPORTS, line: 2, column: 5, field: "share_percent", value: "295" }]);
    expect(i[0]!.expected).toBe("a number of at most 100");
    expect(i[0]!.hint).toContain("check the decimal point (29.5?)");
  });

  it("a rank of 6 says a year has five", () => {
    const p = with2023((f) => ({ imports: f.imports.replace("2023,5,", "2023,6,") }));
    expect(issuesOf(p.root)[0]!.hint).toBe("a year lists its top 5 places only, ranked 1 (largest) to 5.");
  });
});
