/**
 * The inventory of the paper's sentences (data/paper/sentences.csv): its reader and checks on
 * the real file and on broken copies, and the scan that lists sentences it still lacks.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  GAP,
  PAPER_SENTENCES_FILE,
  PAPER_SENTENCES_ID,
  PAPER_SENTENCE_SCHEMA,
  inventoryCounts,
  locateInPaper,
  normaliseSpace,
  paperTextPath,
  readPaperSentences,
  readPaperText,
} from "../../src/data/paper-sentences.ts";
import { checkableSentences, notInInventory, paperProseSentences } from "../../scripts/scan-paper.ts";

const ROOT = process.cwd();
const PAPER = readPaperText(ROOT);
const HEADER = Object.keys(PAPER_SENTENCE_SCHEMA).join(",");

const dirs: string[] = [];
/** A project folder holding only an inventory with these lines after the header. */
function project(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "paper-sentences-"));
  dirs.push(dir);
  mkdirSync(join(dir, "data/paper"), { recursive: true });
  writeFileSync(join(dir, PAPER_SENTENCES_FILE), [HEADER, ...lines].join("\n") + "\n");
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const TEXT = "Japan led the market with 29.1% of all the imports, well ahead of\nthe Mainland and the others. Exports fell in the year.\n";
const LED = "Japan led the market with 29.1% of all the imports, well ahead of the Mainland and the others.";

describe("the real inventory", () => {
  it("has the paper's text to check against", () => {
    expect(PAPER, paperTextPath(ROOT)).toBeDefined();
  });

  it("reads without issues, every sentence found in the paper", () => {
    const { rows, issues } = readPaperSentences(ROOT, { paper: "required" });
    expect(issues).toEqual([]);
    expect(rows.length).toBeGreaterThan(100);
  });

  it("has the id and path the dataset registry uses", () => {
    expect(PAPER_SENTENCES_ID).toBe("paper-sentences");
    expect(PAPER_SENTENCES_FILE).toBe("data/paper/sentences.csv");
  });

  it("counts its statuses", () => {
    const { rows } = readPaperSentences(ROOT);
    const c = inventoryCounts(rows);
    expect(c.tested + c.notCheckable + c.notData).toBe(c.sentences);
    expect(c.tested).toBeGreaterThanOrEqual(38);
  });

  it("gives each sentence the section the scan finds it in", () => {
    const { rows } = readPaperSentences(ROOT);
    const scanned = new Map(paperProseSentences(PAPER!).map((s) => [s.sentence, s.section]));
    for (const r of rows) expect(r.section, r.id).toBe(scanned.get(r.sentence));
  });
});

describe("the scan", () => {
  it("lists nothing: every checkable sentence of the paper is in the inventory", () => {
    const { rows } = readPaperSentences(ROOT);
    expect(
      notInInventory(
        PAPER!,
        rows.map((r) => r.sentence),
      ).map((s) => s.sentence),
    ).toEqual([]);
    expect(checkableSentences(PAPER!).length).toBe(rows.length);
  });

  it("as a command, exits 0 and says none is left", () => {
    const out = execFileSync(process.execPath, ["scripts/scan-paper.ts"], { cwd: ROOT, encoding: "utf8" });
    expect(out).toMatch(/, 0 are not\.\n$/);
  });

  it("exits 1 and lists a sentence the inventory lacks", () => {
    const dir = project([]);
    const paper = join(dir, "paper.txt");
    writeFileSync(paper, TEXT);
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/scan-paper.ts"), paper], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, PAPER_TEXT: paper },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(LED);
  });

  it("splits sentences, keeps those with digits or ranking words, and marks text it leaves out", () => {
    const text = [
      "Introduction",
      "The market grew a little in the year. It is",
      "",
      "JOURNAL OF MODERN SOCIAL SCIENCES Volume 2 Issue 1 , 2025 , 82-93",
      "",
      "large and it is the largest in the region.2 This is a view.",
      "1 The compendium is an annual collection of film information",
      "",
      "Table 9. Some figures",
      "",
      "1 Japan 1,000 35.0%",
      "",
      "Nothing here counts anything at all in any way, as the reader will see.",
    ].join("\n");
    const s = paperProseSentences(text);
    expect(s.map((x) => x.sentence)).toEqual([
      "The market grew a little in the year.",
      `It is${GAP}large and it is the largest in the region.2`,
      "This is a view.",
      "Nothing here counts anything at all in any way, as the reader will see.",
    ]);
    expect(s[0]!.section).toBe("Introduction");
    expect(checkableSentences(text).map((x) => x.sentence)).toEqual([
      "The market grew a little in the year.",
      `It is${GAP}large and it is the largest in the region.2`,
    ]);
  });
});

describe("a sentence occurs in the paper", () => {
  const paper = normaliseSpace("Alpha beta gamma. Page 84 JOURNAL. Delta epsilon.");
  it("as one piece, or as pieces in order across a gap", () => {
    expect(locateInPaper("beta gamma.", paper)).not.toBeNull();
    expect(locateInPaper(`Alpha beta${GAP}Delta epsilon.`, paper)).not.toBeNull();
    expect(locateInPaper(`Delta epsilon.${GAP}Alpha beta`, paper)).toBeNull();
    expect(locateInPaper("Alpha  beta\ngamma.", paper)).not.toBeNull();
    expect(locateInPaper("Alpha beta delta", paper)).toBeNull();
  });
});

describe("the checks report located problems", () => {
  const ok = `a,Results,"${LED}",tested,a,`;
  const issuesOf = (lines: string[], claimIds = ["a"]) => readPaperSentences(project(lines), { paperText: TEXT, claimIds }).issues;

  it("a valid file has none", () => {
    expect(issuesOf([ok])).toEqual([]);
  });

  it("a tested sentence without its claim", () => {
    expect(issuesOf([`a,Results,"${LED}",tested,,`], [])).toEqual([
      expect.objectContaining({ line: 2, field: "claim", expected: "the id of the claim that tests this sentence" }),
    ]);
  });

  it("a sentence not tested, without its reason, or with a claim", () => {
    const issues = issuesOf(["b,Results,Exports fell.,not-data,,", `c,Results,"${LED}",not-checkable,a,no table has it`], ["a"]);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, field: "reason" }),
        expect.objectContaining({ line: 3, field: "claim", expected: "no claim for a not-checkable sentence" }),
      ]),
    );
  });

  it("a claim that does not exist, and a claim no sentence names", () => {
    const issues = issuesOf([`a,Results,"${LED}",tested,zz,`], ["a"]);
    expect(issues).toEqual([
      expect.objectContaining({ line: 2, field: "claim", value: "zz", expected: "the id of a claim in src/story/claims.ts" }),
      expect.objectContaining({ problem: expect.stringContaining("the claim “a”") }),
    ]);
  });

  it("a sentence that is not in the paper", () => {
    expect(issuesOf([`a,Results,"${LED.replace("29.1%", "30%")}",tested,a,`])).toEqual([
      expect.objectContaining({
        line: 2,
        field: "sentence",
        expected: "a sentence that occurs in the paper's text, whitespace-normalised",
      }),
    ]);
  });

  it("a repeated id or sentence, and a status not in the list", () => {
    const issues = issuesOf([ok, "a,Results,Exports fell.,not-data,,a date", "d,Results,Exports fell.,maybe,,"]);
    expect(issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ line: 3, field: "id" }), expect.objectContaining({ line: 4, field: "status" })]),
    );
    const dup = issuesOf([ok, `e,Results,"${LED}",not-data,,a repeat`]);
    expect(dup).toEqual(
      expect.arrayContaining([expect.objectContaining({ line: 3, field: "sentence", expected: expect.stringContaining("only once") })]),
    );
  });

  it("a missing paper text is an issue only when it is required", () => {
    const dir = project([ok]);
    const prev = process.env.PAPER_TEXT;
    process.env.PAPER_TEXT = join(dir, "no-such-paper.txt");
    try {
      expect(readPaperSentences(dir, { claimIds: ["a"] }).issues).toEqual([]);
      expect(readPaperSentences(dir, { claimIds: ["a"], paper: "required" }).issues).toEqual([
        expect.objectContaining({ expected: expect.stringContaining("the paper's extracted text") }),
      ]);
    } finally {
      if (prev === undefined) delete process.env.PAPER_TEXT;
      else process.env.PAPER_TEXT = prev;
    }
  });
});

describe("the inventory file", () => {
  it("is UTF-8 with the header of the schema", () => {
    expect(readFileSync(join(ROOT, PAPER_SENTENCES_FILE), "utf8").split("\n")[0]).toBe(HEADER);
  });
});
