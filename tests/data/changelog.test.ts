/**
 * data/CHANGELOG.md: the parser on the real file and on small texts, every format slip
 * located by line, and each dataset's last-change date from git history or, without it, from
 * the changelog. Git runs only in throwaway repositories with fixed dates.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  CHANGELOG_FILE,
  changelogDateFor,
  datasetLastChanges,
  inlineSegments,
  parseChangelog,
  readChangelog,
  type ChangelogEntry,
} from "../../src/data/changelog.ts";
import { DATASETS, datasetById } from "../../src/data/registry.ts";
import { formatIssue } from "../../src/data/issues.ts";
import { issuesOf, ROOT, useTempProjects, where } from "./helpers.ts";

const F = CHANGELOG_FILE;
const parse = (...lines: string[]) => parseChangelog(F, lines.join("\n") + "\n");
const project = useTempProjects();

describe("the real data/CHANGELOG.md", () => {
  const { entries, issues } = readChangelog(ROOT);

  it("parses cleanly, with at least one entry, newest first", () => {
    expect(issues).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("every entry has a title and at least one change", () => {
    for (const e of entries) {
      expect(e.title).not.toBe("");
      expect(e.changes.length).toBeGreaterThan(0);
    }
  });

  it("names every dataset somewhere, so each has a date even without git", () => {
    for (const meta of DATASETS) expect(changelogDateFor(meta, entries), meta.id).not.toBeNull();
  });
});

describe("parseChangelog", () => {
  it("reads entries, ignoring the introduction and comments", () => {
    const { entries, issues } = parse(
      "# Data changelog",
      "",
      "Some words for maintainers, with a ## in the middle.",
      "<!--",
      "## 2099-01-01: an example inside a comment",
      "- not an entry",
      "-->",
      "## 2024-06-30: Trade figures for 2023",
      "",
      "- Added `data/trade/imports/2023.csv` and `data/trade/exports/2023.csv`.",
      "- Corrected a share in `data/trade/imports/2021.csv`,",
      "  which was mistyped. <!-- checked twice -->",
      "",
      "## 2023-01-15 — First release",
      "* Everything.",
    );
    expect(issues).toEqual([]);
    expect(entries).toEqual<ChangelogEntry[]>([
      {
        date: "2024-06-30",
        title: "Trade figures for 2023",
        line: 8,
        changes: [
          "Added `data/trade/imports/2023.csv` and `data/trade/exports/2023.csv`.",
          "Corrected a share in `data/trade/imports/2021.csv`, which was mistyped.",
        ],
        // A change continued on the next line starts where its "- " is.
        changeLines: [10, 11],
      },
      { date: "2023-01-15", title: "First release", line: 14, changes: ["Everything."], changeLines: [15] },
    ]);
  });

  it.each([
    ["## 2024-06-30: Title", "Title"],
    ["## 2024-06-30 - Title: with a colon", "Title: with a colon"],
    ["## 2024-06-30 – Title", "Title"],
    ["## 2024-06-30 — Title", "Title"],
    ["## 2024-06-30 Title", "Title"],
    ["##2024-06-30:Title", "Title"],
  ])("a heading %j gives the title %j", (heading, title) => {
    const { entries, issues } = parse(heading, "- a change");
    expect(issues).toEqual([]);
    expect(entries[0]).toMatchObject({ date: "2024-06-30", title });
  });

  it("drops comments that open mid-line or close mid-line, and reads indented bullets as changes", () => {
    const { entries, issues } = parse("## 2024-06-30: T", "- one <!-- a note", "that runs on --> - two", "  - three");
    expect(issues).toEqual([]);
    expect(entries[0]!.changes).toEqual(["one", "two", "three"]);
  });

  it("accepts Windows line ends and a byte-order mark", () => {
    const { entries, issues } = parseChangelog(F, "\uFEFF# Log\r\n\r\n## 2024-06-30: T\r\n- a change\r\n");
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(1);
  });
});

describe("format slips, each located", () => {
  it("a date written day/month/year", () => {
    const { issues } = parse("# Log", "## 30/06/2024: Trade figures for 2023", "- a change");
    expect(issues.map(where)).toEqual([{ file: F, line: 2, column: 4, value: "30/06/2024" }]);
    expect(issues[0]!.expected).toContain("an entry heading that starts with its date, such as “## 2024-06-30: Trade figures for 2023”");
    expect(issues[0]!.hint).toBe("the paper prints day/month/year; write 2024-06-30.");
  });

  it("a date that does not exist", () => {
    const { issues } = parse("## 2024-02-30: T", "- a change");
    expect(issues.map(where)).toEqual([{ file: F, line: 1, column: 4, value: "2024-02-30" }]);
    expect(issues[0]!.expected).toContain("a date that exists on the calendar");
  });

  it("a heading with no date", () => {
    const { issues } = parse("## Trade figures for 2023", "- a change");
    expect(issues.map(where)).toEqual([{ file: F, line: 1, column: 4, value: "Trade" }]);
  });

  it("a heading with a date and nothing else", () => {
    const { issues } = parse("## 2024-06-30", "- a change");
    expect(issues.map(where)).toEqual([{ file: F, line: 1, value: "## 2024-06-30" }]);
    expect(issues[0]!.expected).toContain("a few words after the date");
  });

  it("an entry with no changes", () => {
    const { issues } = parse("## 2024-06-30: T", "", "## 2023-01-01: U", "- a change");
    expect(issues.map(where)).toEqual([{ file: F, line: 1 }]);
    expect(formatIssue(issues[0]!)).toBe(
      "data/CHANGELOG.md:1 (line 1): the entry for 2024-06-30 lists no changes. Expected at least one line under its heading " +
        "starting with “- ”, saying what changed.",
    );
  });

  it("entries out of order", () => {
    const { issues } = parse("## 2023-01-01: Old", "- a", "## 2024-06-30: New", "- b");
    expect(issues.map(where)).toEqual([{ file: F, line: 3, column: 4, value: "2024-06-30" }]);
    expect(issues[0]!.problem).toBe("the entry for 2024-06-30 is below the entry for 2023-01-01 (line 1)");
    expect(issues[0]!.hint).toContain("move the newest entry to the top");
  });

  it("a line of text that is not a change", () => {
    const { issues } = parse("## 2024-06-30: T", "- a change", "We also fixed a typo.");
    expect(issues.map(where)).toEqual([{ file: F, line: 3, value: "We also fixed a typo." }]);
    expect(issues[0]!.hint).toContain("indent it by two spaces");
  });

  it("a sub-heading inside an entry", () => {
    const { issues } = parse("## 2024-06-30: T", "### Details", "- a change");
    expect(issues.map(where)).toEqual([{ file: F, line: 2, value: "### Details" }]);
    expect(issues[0]!.hint).toContain("entry headings are “## ” followed by the date");
  });

  it("a comment never closed", () => {
    const { issues } = parse("# Log", "<!-- new entries below", "## 2024-06-30: T", "- a change");
    expect(issues.map(where)).toEqual([{ file: F, line: 2, value: "<!--" }]);
    expect(issues[0]!.hint).toContain("everything after an unclosed");
  });

  it("no entries at all", () => {
    const { issues } = parse("# Data changelog", "", "Nothing yet.");
    expect(issues.map(where)).toEqual([{ file: F }]);
    expect(issues[0]!.expected).toContain("at least one entry");
  });

  it("the file missing", () => {
    const p = project().remove(F);
    expect(issuesOf(p.root).map(where)).toEqual([{ file: F }]);
  });

  it("stops the data check like a bad CSV, with the other problems of the run", () => {
    const p = project().replace(F, "## 2026-11-22: First release", "## 22/11/2026: First release");
    p.replace("data/trade/imports/2013.csv", "2013,3,taiwan-china,555153,14.2,", "2013,3,taiwan-china,555153,14.2%,");
    expect(issuesOf(p.root).map(where)).toEqual([
      { file: "data/trade/imports/2013.csv", line: 4, column: 5, field: "share_percent", value: "14.2%" },
      {
        file: F,
        line:
          p
            .read(F)
            .split("\n")
            .findIndex((l) => l.startsWith("## 22/11/2026")) + 1,
        column: 4,
        value: "22/11/2026",
      },
    ]);
  });
});

describe("inlineSegments", () => {
  it("splits `code` from text", () => {
    expect(inlineSegments("Added `data/a.csv` and `data/b.csv`.")).toEqual([
      { code: false, text: "Added " },
      { code: true, text: "data/a.csv" },
      { code: false, text: " and " },
      { code: true, text: "data/b.csv" },
      { code: false, text: "." },
    ]);
  });

  it("leaves an unpaired backtick as text", () => {
    expect(inlineSegments("a ` b")).toEqual([{ code: false, text: "a ` b" }]);
  });
});

describe("when each dataset last changed", () => {
  const imports = datasetById("trade-imports");
  const entries: ChangelogEntry[] = [
    {
      date: "2024-06-30",
      title: "Trade figures for 2023",
      line: 5,
      changes: ["Added `data/trade/imports/2023.csv` and `data/trade/exports/2023.csv`."],
      changeLines: [7],
    },
    {
      date: "2023-01-15",
      title: "First release",
      line: 9,
      changes: ["Added `data/places.csv` and `data/trade/imports/`."],
      changeLines: [11],
    },
  ];

  it("from the changelog: the newest entry naming the dataset's path or a file under it", () => {
    expect(changelogDateFor(imports, entries)).toBe("2024-06-30");
    expect(changelogDateFor(datasetById("places"), entries)).toBe("2023-01-15");
    expect(changelogDateFor(datasetById("tvb-ott"), entries)).toBeNull();
  });

  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  function folder(): string {
    const d = mkdtempSync(join(tmpdir(), "changelog-"));
    dirs.push(d);
    mkdirSync(join(d, "data/trade/imports"), { recursive: true });
    writeFileSync(join(d, "data/places.csv"), "id,name,display_name\n");
    writeFileSync(join(d, "data/trade/imports/2022.csv"), "x\n");
    return d;
  }

  it("without git (a tarball), from the changelog, else not recorded", () => {
    const changes = datasetLastChanges(folder(), DATASETS, entries);
    expect(changes.find((c) => c.id === "trade-imports")).toEqual({ id: "trade-imports", date: "2024-06-30", source: "changelog" });
    expect(changes.find((c) => c.id === "tvb-ott")).toEqual({ id: "tvb-ott", date: null, source: "unknown" });
    expect(changes.map((c) => c.id)).toEqual(DATASETS.map((d) => d.id));
  });

  const hasGit = spawnSync("git", ["--version"]).status === 0;
  it.skipIf(!hasGit)("with git, from the last commit touching the dataset; uncommitted edits defer to the changelog", () => {
    const d = folder();
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.org",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.org",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_CONFIG_NOSYSTEM: "1",
    };
    const git = (date: string, ...args: string[]) => {
      const r = spawnSync("git", args, {
        cwd: d,
        env: { ...env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
        encoding: "utf8",
      });
      expect(r.status, r.stderr).toBe(0);
    };
    git("2020-01-01", "init", "-q");
    git("2020-01-01", "add", "data/places.csv");
    git("2020-01-01", "commit", "-q", "-m", "places");
    git("2021-03-04", "add", "data/trade/imports/2022.csv");
    git("2021-03-04", "commit", "-q", "-m", "imports");

    const byId = (cs: ReturnType<typeof datasetLastChanges>) => Object.fromEntries(cs.map((c) => [c.id, c]));
    let changes = byId(datasetLastChanges(d, DATASETS, []));
    expect(changes["places"]).toEqual({ id: "places", date: "2020-01-01", source: "git" });
    expect(changes["trade-imports"]).toEqual({ id: "trade-imports", date: "2021-03-04", source: "git" });
    expect(changes["tvb-ott"]).toEqual({ id: "tvb-ott", date: null, source: "unknown" });

    // A new year not yet committed: the changelog entry for it is the better record.
    writeFileSync(join(d, "data/trade/imports/2023.csv"), "y\n");
    changes = byId(datasetLastChanges(d, DATASETS, entries));
    expect(changes["trade-imports"]).toEqual({ id: "trade-imports", date: "2024-06-30", source: "changelog" });
    // With no changelog entry for it, the last commit is still the best known date.
    changes = byId(datasetLastChanges(d, DATASETS, []));
    expect(changes["trade-imports"]).toEqual({ id: "trade-imports", date: "2021-03-04", source: "git" });

    // A shallow clone has one commit, which would date everything to it: the changelog is used instead.
    const parent = mkdtempSync(join(tmpdir(), "changelog-shallow-"));
    dirs.push(parent);
    const shallow = join(parent, "clone");
    const r = spawnSync("git", ["clone", "-q", "--depth", "1", `file://${d}`, shallow], { env, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    changes = byId(datasetLastChanges(shallow, DATASETS, entries));
    expect(changes["places"]).toEqual({ id: "places", date: "2023-01-15", source: "changelog" });
    expect(changes["trade-imports"]).toEqual({ id: "trade-imports", date: "2024-06-30", source: "changelog" });
  });

  it.skipIf(!hasGit)("a folder inside some other repository is not taken for this project's history", () => {
    const outer = mkdtempSync(join(tmpdir(), "changelog-outer-"));
    dirs.push(outer);
    expect(spawnSync("git", ["init", "-q"], { cwd: outer }).status).toBe(0);
    const inner = join(outer, "project");
    mkdirSync(join(inner, "data"), { recursive: true });
    expect(datasetLastChanges(inner, DATASETS, []).every((c) => c.source === "unknown")).toBe(true);
  });
});
