/**
 * Data editions (src/data/editions.ts): the repository's frozen editions as frozen (this file
 * fails if one of their files changes), names from the changelog, every way a frozen copy can
 * be broken or data/ can drift from the newest edition, freezing, and corrections' entries, each
 * problem located by file, line and column. Everything that breaks runs on a temporary copy of data/.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseChangelog } from "../../src/data/changelog.ts";
import {
  EDITIONS_DIR,
  MANIFEST_FILE,
  checkEditions,
  checkFrozen,
  correctionsOf,
  editionNames,
  freezeEdition,
  readManifest,
} from "../../src/data/editions.ts";
import { DataCheckError, formatIssue, type DataIssue } from "../../src/data/issues.ts";
import { ROOT, useTempProjects, type TempProject } from "./helpers.ts";

const project = useTempProjects();
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const located = (issues: readonly DataIssue[]) => issues.map(formatIssue);

/** Adds a changelog entry above the newest, as data/README.md says. */
function addEntry(p: TempProject, entry: string): TempProject {
  const text = p.read("data/CHANGELOG.md");
  const at = text.indexOf("\n## ") + 1;
  return p.write("data/CHANGELOG.md", text.slice(0, at) + entry + "\n" + text.slice(at));
}

/** The line of the changelog that starts with `start`. */
const lineOf = (p: TempProject, start: string) =>
  p
    .read("data/CHANGELOG.md")
    .split("\n")
    .findIndex((l) => l.startsWith(start)) + 1;

/** What freezeEdition throws, as located problems; fails the test if it does not throw. */
function refusal(p: TempProject): string[] {
  try {
    freezeEdition(p.root);
  } catch (e) {
    expect(e).toBeInstanceOf(DataCheckError);
    return located((e as DataCheckError).issues);
  }
  throw new Error("expected data:edition to refuse");
}

/** A copy with a synthetic 2023 frozen as edition 2099-1 (data/ then is that edition). */
function withNewEdition(): TempProject {
  const p = project();
  p.write("data/trade/imports/2023.csv", readFileSync(join(ROOT, "data/trade/imports/2022.csv"), "utf8").replaceAll("2022,", "2023,"));
  p.write("data/trade/exports/2023.csv", readFileSync(join(ROOT, "data/trade/exports/2022.csv"), "utf8").replaceAll("2022,", "2023,"));
  addEntry(p, "## 2099-01-31: Trade figures for 2023\n\n- Added `data/trade/imports/2023.csv` and `data/trade/exports/2023.csv`.\n");
  expect(freezeEdition(p.root).edition.name).toBe("2099-1");
  return p;
}

const CORRECTION = (corrects: string) =>
  [
    "## 2099-02-15: Correction: Japan's 2023 import value",
    "",
    `- Corrects: ${corrects}`,
    "- Corrected Japan's 2023 value in `data/trade/imports/2023.csv`.",
    "- Why: a digit was mistyped.",
    "- 標題：日本2023年的進口值",
    "- 更正：`data/trade/imports/2023.csv`中日本2023年的數值已更正。",
    "- 原因：抄錄時打錯了一個數字。",
    "",
  ].join("\n");

describe("the repository's editions", () => {
  const check = checkEditions(ROOT);

  it("pass every check, and data/ is the newest edition, byte for byte", () => {
    expect(located(check.issues)).toEqual([]);
    expect(located(check.pending)).toEqual([]);
    expect(check.latest?.name).toBe(check.editions[0]!.name);
  });

  it("every frozen edition's files are exactly those its SHA256SUMS lists, with those bytes", () => {
    const folders = readdirSync(join(ROOT, EDITIONS_DIR)).filter((n) => !n.includes("."));
    expect(folders.length).toBeGreaterThan(0);
    for (const name of folders) {
      const dir = `${EDITIONS_DIR}/${name}`;
      const manifest = readManifest(ROOT, dir);
      expect(manifest.issues, dir).toEqual([]);
      expect(manifest.hashes.size, dir).toBeGreaterThan(30);
      // Recomputed here, not only by the code under test.
      for (const [rel, hash] of manifest.hashes) expect(sha256(readFileSync(join(ROOT, dir, rel))), `${dir}/${rel}`).toBe(hash);
      expect(located(checkFrozen(ROOT, dir, manifest)), dir).toEqual([]);
    }
  });
});

describe("edition names", () => {
  it("are the year of the entry and its place among that year's entries, oldest first", () => {
    expect(editionNames([{ date: "2027-03-10" }, { date: "2026-12-01" }, { date: "2026-11-22" }, { date: "2025-01-01" }])).toEqual([
      "2027-1",
      "2026-2",
      "2026-1",
      "2025-1",
    ]);
    // A new entry never renames the others.
    expect(editionNames([{ date: "2027-05-01" }, { date: "2027-03-10" }, { date: "2026-12-01" }]).slice(1)).toEqual(["2027-1", "2026-1"]);
  });
});

describe("a frozen edition is never rewritten", () => {
  it("a changed file is named, and so is the SHA256SUMS line it no longer matches", () => {
    const p = project();
    const dir = `${EDITIONS_DIR}/2026-2`;
    p.replace(`${dir}/trade/imports/2022.csv`, "2022,1,japan,684202,", "2022,1,japan,684203,");
    const issues = located(checkEditions(p.root).issues);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      new RegExp(`^${dir}/trade/imports/2022\\.csv: this file has changed since the edition was frozen: .* line \\d+ of ${dir}/SHA256SUMS`),
    );
  });

  it("a deleted file and an added one are named", () => {
    const p = project();
    const dir = `${EDITIONS_DIR}/2026-2`;
    p.remove(`${dir}/places.csv`).write(`${dir}/trade/imports/notes.txt`, "x");
    expect(located(checkEditions(p.root).issues).map((i) => i.split(" (")[0]!.split(": ").slice(0, 2).join(": "))).toEqual([
      `${dir}/places.csv: this file of the edition is missing`,
      `${dir}/trade/imports/notes.txt: this file is not part of the edition`,
    ]);
  });

  it("a folder that is not an entry's edition, and a missing SHA256SUMS, are named", () => {
    const p = project();
    for (const name of ["2031-4", "2026-1"]) {
      mkdirSync(p.path(`${EDITIONS_DIR}/${name}`));
      p.write(`${EDITIONS_DIR}/${name}/places.csv`, "id,name,display_name\n");
    }
    expect(located(checkEditions(p.root).issues).map((i) => i.split(". ")[0])).toEqual([
      "data/editions/2031-4: this folder is not the frozen copy of any entry of data/CHANGELOG.md",
      // 2026-1 is an entry's edition, but a copy made by hand.
      "data/editions/2026-1/SHA256SUMS: expected this file, listing the SHA-256 of each file of the edition: " +
        "`npm run data:edition` writes it when it freezes an edition",
    ]);
  });

  it("an edition is read through the same loaders: a broken cell is named in the edition's folder, with line and column", () => {
    // The older edition: the newest is data/ itself, read as data/.
    const p = withNewEdition();
    const file = `${EDITIONS_DIR}/2026-2/trade/imports/2022.csv`;
    p.replace(file, "2022,2,", "2022,two,");
    // SHA256SUMS made to match, as a careless hand-made copy would have it: the loaders still read the cell.
    const sums = p.read(`${EDITIONS_DIR}/2026-2/${MANIFEST_FILE}`).split("\n");
    const i = sums.findIndex((l) => l.endsWith("  trade/imports/2022.csv"));
    sums[i] = `${sha256(readFileSync(p.path(file)))}  trade/imports/2022.csv`;
    p.write(`${EDITIONS_DIR}/2026-2/${MANIFEST_FILE}`, sums.join("\n"));
    const issues = located(checkEditions(p.root).issues);
    expect(issues).toContainEqual(expect.stringMatching(new RegExp(`^${file}:3:2 \\(line 3, column 2 "rank"\\): found "two"`)));
  });

  it("every release since the first frozen one has its copy", () => {
    const p = withNewEdition();
    addEntry(p, "## 2099-02-01: Another release\n\n- Changed `data/trade/imports/2023.csv`.\n");
    p.replace("data/trade/imports/2023.csv", "2023,1,japan,684202,", "2023,1,japan,684203,");
    freezeEdition(p.root);
    rmSync(p.path(`${EDITIONS_DIR}/2099-1`), { recursive: true });
    const line = lineOf(p, "## 2099-01-31");
    expect(located(checkEditions(p.root).issues)).toEqual([
      expect.stringMatching(
        new RegExp(`^data/CHANGELOG.md:${line} \\(line ${line}\\): the release of 2099-01-31 \\(edition 2099-1\\) has no frozen copy`),
      ),
    ]);
  });
});

describe("data/ and the newest edition", () => {
  it("a change to data/ is pending, located at its first difference", () => {
    const p = project().replace("data/trade/imports/2013.csv", "2013,3,taiwan-china,555153,14.2,", "2013,3,taiwan-china,555154,14.2,");
    const check = checkEditions(p.root);
    expect(check.issues).toEqual([]);
    expect(check.latest).toBeNull();
    expect(located(check.pending)).toEqual([
      expect.stringMatching(
        /^data\/trade\/imports\/2013\.csv:4:26 \(line 4, column 26\): this file has changed since edition 2026-2, the newest/,
      ),
    ]);
  });

  it("a new file, and a new entry not yet frozen, are pending", () => {
    const p = project();
    p.write("data/trade/imports/2023.csv", "year\n");
    expect(located(checkEditions(p.root).pending)).toEqual([
      expect.stringMatching(/^data\/trade\/imports\/2023\.csv: this file is new since edition 2026-2/),
    ]);
    addEntry(p, "## 2099-01-31: Trade figures for 2023\n\n- Added `data/trade/imports/2023.csv`.\n");
    const line = lineOf(p, "## 2099-01-31");
    expect(located(checkEditions(p.root).pending)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^data/CHANGELOG.md:${line} \\(line ${line}\\): the newest entry, of 2099-01-31 \\(edition 2099-1\\), is not frozen yet`,
        ),
      ),
    ]);
  });
});

describe("npm run data:edition (freezeEdition)", () => {
  it("copies every dataset's files, laid out like data/, with their SHA-256 as sha256sum writes them", () => {
    const p = withNewEdition();
    const dir = p.path(`${EDITIONS_DIR}/2099-1`);
    const sums = readFileSync(join(dir, MANIFEST_FILE), "utf8").trimEnd().split("\n");
    expect(sums).toContain(`${sha256(readFileSync(p.path("data/trade/imports/2023.csv")))}  trade/imports/2023.csv`);
    for (const line of sums) {
      const [hash, rel] = line.split("  ");
      expect(sha256(readFileSync(join(dir, rel!))), rel).toBe(hash);
      expect(readFileSync(join(dir, rel!)).equals(readFileSync(p.path(`data/${rel}`))), rel).toBe(true);
    }
    const check = checkEditions(p.root);
    expect(located([...check.issues, ...check.pending])).toEqual([]);
    expect(check.latest?.name).toBe("2099-1");
    // The edition before it is read from its own copy, which has no 2023.
    expect(check.data.get("2026-2")!["trade-imports"].some((r) => r.year === 2023)).toBe(false);
  });

  it("does nothing when the newest edition is already data/", () => {
    const p = project();
    expect(freezeEdition(p.root)).toMatchObject({ already: true, files: [] });
  });

  it("refuses data that fail their checks, and writes nothing", () => {
    const p = project().replace("data/trade/imports/2013.csv", "2013,3,taiwan-china,555153,14.2,", "2013,3,taiwan-china,555153,14.2%,");
    addEntry(p, "## 2099-01-31: A fix\n\n- Changed `data/trade/imports/2013.csv`.\n");
    expect(refusal(p)).toContainEqual(expect.stringMatching(/^data\/trade\/imports\/2013\.csv:4:5 /));
    expect(existsSync(p.path(`${EDITIONS_DIR}/2099-1`))).toBe(false);
  });

  it("refuses to rewrite a frozen edition: a change needs a new entry", () => {
    const p = project().replace("data/trade/imports/2013.csv", "2013,3,taiwan-china,555153,14.2,", "2013,3,taiwan-china,555154,14.2,");
    expect(refusal(p)).toEqual([expect.stringContaining("Hint: edition 2026-2 is frozen, and an edition is never rewritten")]);
    expect(readdirSync(p.path(EDITIONS_DIR)).sort()).toEqual(["2026-2", "README.md"]);
  });

  it("refuses an entry with no new data", () => {
    const p = addEntry(project(), "## 2099-01-31: Nothing really\n\n- Changed nothing.\n");
    expect(refusal(p)).toEqual([expect.stringContaining("data/ has not changed since edition 2026-2")]);
  });
});

describe("corrections", () => {
  /** A copy with 2099-1 frozen, then Japan's 2023 import value changed and the correction entry `entry` added. */
  function corrected(entry: string): TempProject {
    const p = withNewEdition();
    p.replace("data/trade/imports/2023.csv", "2023,1,japan,684202,", "2023,1,japan,684203,");
    return addEntry(p, entry);
  }

  it("a correction entry's lines become its notice in both languages, and it names the datasets it changed", () => {
    const p = corrected(CORRECTION("2099-1"));
    expect(freezeEdition(p.root).edition.name).toBe("2099-2");
    const check = checkEditions(p.root);
    expect(located(check.issues)).toEqual([]);
    const c = check.editions[0]!.correction!;
    expect(c).toEqual({
      corrects: ["2099-1"],
      title: { en: "Japan's 2023 import value", "zh-hk": "日本2023年的進口值" },
      changed: {
        en: ["Corrected Japan's 2023 value in `data/trade/imports/2023.csv`."],
        "zh-hk": ["`data/trade/imports/2023.csv`中日本2023年的數值已更正。"],
      },
      why: { en: "A digit was mistyped.", "zh-hk": "抄錄時打錯了一個數字。" },
      datasets: ["trade-imports"],
    });
    // The graphics of 2099-1 drawn from the imports get its notice; those drawn from the exports, and 2026-2's, do not.
    expect(correctionsOf(check.editions, "2099-1", ["trade-imports", "places"]).map((e) => e.name)).toEqual(["2099-2"]);
    expect(correctionsOf(check.editions, "2099-1", ["trade-exports"])).toEqual([]);
    expect(correctionsOf(check.editions, "2026-2", ["trade-imports"])).toEqual([]);
  });

  it("each missing line is named, at the entry's heading", () => {
    const p = corrected("## 2099-02-15: Correction: Japan's 2023 import value\n\n- Corrects: 2099-1\n");
    const line = lineOf(p, "## 2099-02-15");
    const issues = located(checkEditions(p.root).issues);
    for (const field of ["Why:", "標題：", "更正：", "原因："]) {
      expect(issues).toContainEqual(
        expect.stringContaining(
          `data/CHANGELOG.md:${line} (line ${line}): the correction of 2099-02-15 (edition 2099-2) has no “${field}” line`,
        ),
      );
    }
    expect(issues).toContainEqual(expect.stringContaining("does not say what changed"));
  });

  it("an edition that does not exist, or did not hold the data it changes, is named at its line and column", () => {
    const unknown = corrected(CORRECTION("2099-7"));
    const line = lineOf(unknown, "- Corrects:");
    expect(located(checkEditions(unknown.root).issues)).toEqual([
      `data/CHANGELOG.md:${line}:13 (line ${line}, column 13): found "2099-7"; ` +
        "expected the name of an earlier edition (2099-1, 2026-2, 2026-1). " +
        "Hint: an edition is named after its changelog entry: its year and its place among that year's entries, such as 2026-2.",
    ]);
    const wrong = corrected(CORRECTION("2026-2"));
    expect(located(checkEditions(wrong.root).issues)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^data/CHANGELOG.md:${line}:13 \\(line ${line}, column 13\\): edition 2026-2 holds none of the files this correction changed`,
        ),
      ),
    ]);
    expect(refusal(wrong)).toHaveLength(1);
  });

  it("Chinese that Hong Kong does not write is named", () => {
    const p = corrected(CORRECTION("2099-1").replace("抄錄時打錯了一個數字", "抄录时打错了一个数字"));
    const line = lineOf(p, "- 原因");
    expect(located(checkEditions(p.root).issues)).toEqual([
      expect.stringMatching(new RegExp(`^data/CHANGELOG.md:${line}:7 .*found "录时错个数"`)),
    ]);
  });

  it("“Corrects:” in an entry not marked as a correction is named", () => {
    const p = corrected(CORRECTION("2099-1").replace("Correction: ", ""));
    const line = lineOf(p, "- Corrects:");
    expect(located(checkEditions(p.root).issues)).toEqual([
      expect.stringMatching(new RegExp(`^data/CHANGELOG.md:${line}:3 .*names editions it corrects, but is not marked as a correction`)),
    ]);
  });

  it("the changelog parser keeps a correction's Chinese lines with their line numbers", () => {
    const { entries, issues } = parseChangelog("data/CHANGELOG.md", CORRECTION("2099-1"));
    expect(issues).toEqual([]);
    expect(entries[0]!.changeLines).toEqual([3, 4, 5, 6, 7, 8]);
  });
});

describe("an edition frozen before a dataset existed", () => {
  it("loads without it, and knows it lacks it, so no graphic drawn from it is pinned there", () => {
    const p = withNewEdition();
    // As if tvb-ott had been added after 2026-2 was frozen: 2026-2 has no file of it, nor a line in SHA256SUMS.
    const dir = `${EDITIONS_DIR}/2026-2`;
    p.remove(`${dir}/tv/tvb-ott.csv`);
    const sums = p.read(`${dir}/${MANIFEST_FILE}`).split("\n");
    p.write(`${dir}/${MANIFEST_FILE}`, sums.filter((l) => !l.endsWith("  tv/tvb-ott.csv")).join("\n"));
    const check = checkEditions(p.root);
    expect(located(check.issues)).toEqual([]);
    expect([...check.absent.get("2026-2")!]).toEqual(["tvb-ott"]);
    expect(check.data.get("2026-2")!["tvb-ott"]).toEqual([]);
    expect(check.absent.get("2099-1")?.size).toBe(0);
  });
});
