/**
 * The data changelog, data/CHANGELOG.md: what changed in each update of data/, written by
 * maintainers, newest first. Parsed and checked with every build, like the CSVs; the /data/
 * page shows the latest entry and when each dataset last changed. The format is in data/README.md.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DatasetDefinition } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import { isoDate, isProblem } from "./schema.ts";

export const CHANGELOG_FILE = "data/CHANGELOG.md";

export interface ChangelogEntry {
  /** YYYY-MM-DD. */
  date: string;
  /** The heading's text after the date: what the update was, in a few words. */
  title: string;
  /** One line each: what changed, in Markdown with `code` for file names. */
  changes: string[];
  /** Line of the entry's heading in the file. */
  line: number;
  /** The line in the file where each change starts. */
  changeLines: number[];
}

const DATE = isoDate({ description: "Date of the update." });
const NO_CONTEXT = { placeIds: new Set<string>(), placeNames: new Map<string, string>() };
/** "## 2024-06-30: Trade figures for 2023"; the separator may be a colon or a dash. */
const HEADING = /^##(?!#)\s*(.*)$/;
const HEADING_PARTS = /^([^\s:–—]+)\s*[:–—-]?\s*(.*)$/;
const ITEM = /^\s{0,3}[-*]\s+(.*)$/;

/** Parses the changelog's text; never throws: every problem comes back located. */
export function parseChangelog(file: string, input: string): { entries: ChangelogEntry[]; issues: DataIssue[] } {
  const entries: ChangelogEntry[] = [];
  const issues: DataIssue[] = [];
  const lines = input.replace(/^\uFEFF/, "").split(/\r?\n/);
  let current: ChangelogEntry | undefined;
  let commentOpenedAt = 0; // line where an unclosed <!-- began, or 0

  const finish = () => {
    if (current && current.changes.length === 0) {
      issues.push({
        file,
        line: current.line,
        problem: `the entry for ${current.date} lists no changes`,
        expected: "at least one line under its heading starting with “- ”, saying what changed",
      });
    }
  };

  lines.forEach((input, i) => {
    let raw = input;
    const line = i + 1;
    // HTML comments are for maintainers (the format reminder at the top); readers never see them.
    if (commentOpenedAt) {
      if (!raw.includes("-->")) return;
      commentOpenedAt = 0;
      raw = raw.slice(raw.indexOf("-->") + 3);
    }
    let text = raw.replace(/<!--.*?-->/g, "");
    if (text.includes("<!--")) {
      commentOpenedAt = line;
      text = text.slice(0, text.indexOf("<!--"));
    }
    if (text.trim() === "") return;

    const heading = HEADING.exec(text);
    if (heading) {
      finish();
      const parts = HEADING_PARTS.exec(heading[1]!.trim());
      const dateText = parts ? parts[1]! : heading[1]!.trim();
      const title = parts ? parts[2]!.trim() : "";
      const date = DATE.parse(dateText, NO_CONTEXT);
      if (isProblem(date)) {
        issues.push({
          file,
          line,
          column: text.indexOf(dateText) + 1,
          value: dateText,
          expected: `an entry heading that starts with its date, such as “## 2024-06-30: Trade figures for 2023”: ${date.expected}`,
          hint: date.hint,
        });
        current = undefined;
        return;
      }
      if (title === "") {
        issues.push({
          file,
          line,
          value: text.trim(),
          expected: `a few words after the date saying what the update was, such as “## ${date}: Trade figures for 2023”`,
        });
      }
      const previous = entries.at(-1);
      if (previous && date > previous.date) {
        issues.push({
          file,
          line,
          column: text.indexOf(dateText) + 1,
          value: date,
          problem: `the entry for ${date} is below the entry for ${previous.date} (line ${previous.line})`,
          expected: "entries in order, newest first",
          hint: "move the newest entry to the top, just under the introduction.",
        });
      }
      current = { date, title, changes: [], line, changeLines: [] };
      entries.push(current);
      return;
    }

    // Before the first entry, the title and introduction are free text; under a heading
    // already reported as broken, lines are skipped rather than reported twice.
    if (!current) return;

    const item = ITEM.exec(text);
    if (item) {
      current.changes.push(item[1]!.trim());
      current.changeLines.push(line);
    } else if (/^\s{2,}\S/.test(text) && current.changes.length) {
      // An indented line continues the change above it.
      current.changes[current.changes.length - 1] += " " + text.trim();
    } else {
      issues.push({
        file,
        line,
        value: text.trim(),
        expected: "a line starting with “- ” (one change per line), or a new entry heading starting with “## ” and a date",
        hint: /^#/.test(text)
          ? "entry headings are “## ” followed by the date; other headings are not used below the introduction."
          : "to continue the change above on another line, indent it by two spaces.",
      });
    }
  });
  finish();

  if (commentOpenedAt) {
    issues.push({
      file,
      line: commentOpenedAt,
      value: "<!--",
      expected: "the note opened here with “<!--” to be closed with “-->”",
      hint: "everything after an unclosed “<!--” is hidden, entries included.",
    });
  }
  if (entries.length === 0 && issues.length === 0) {
    issues.push({
      file,
      expected:
        "at least one entry: a heading such as “## 2024-06-30: Trade figures for 2023”, followed by lines starting with “- ” saying " +
        "what changed",
    });
  }
  return { entries, issues };
}

/** Reads data/CHANGELOG.md under `root`. */
export function readChangelog(root: string): { entries: ChangelogEntry[]; issues: DataIssue[] } {
  let text: string;
  try {
    text = readFileSync(join(root, CHANGELOG_FILE), "utf8");
  } catch {
    return {
      entries: [],
      issues: [
        {
          file: CHANGELOG_FILE,
          expected: "this file to exist: it tells readers what changed in each data update",
          hint: "see “The data changelog” in data/README.md for its format.",
        },
      ],
    };
  }
  return parseChangelog(CHANGELOG_FILE, text);
}

/** A change line split into plain text and `code` spans, for rendering without raw HTML. */
export function inlineSegments(change: string): { code: boolean; text: string }[] {
  return change
    .split(/(`[^`]+`)/)
    .filter((s) => s !== "")
    .map((s) => (s.startsWith("`") && s.endsWith("`") && s.length > 1 ? { code: true, text: s.slice(1, -1) } : { code: false, text: s }));
}

export interface DatasetChange {
  id: string;
  /** YYYY-MM-DD, or null when nothing records it. */
  date: string | null;
  /**
   * Where the date comes from: the last commit that touched the dataset's files, or the
   * newest changelog entry that names them (when there is no git history, as in a tarball, or
   * the files have changes not yet committed).
   */
  source: "git" | "changelog" | "unknown";
}

/** Runs git in `root`; null if git is missing, `root` is not a repository, or anything else fails. */
function git(root: string, args: string[]): string | null {
  try {
    const r = spawnSync("git", args, { cwd: root, encoding: "utf8", timeout: 10_000, stdio: ["ignore", "pipe", "ignore"] });
    return r.status === 0 ? r.stdout : null;
  } catch {
    return null;
  }
}

/**
 * Whether `root` has this project's full git history: it is the top of a work tree (not a
 * folder inside some other repository), and not a shallow clone, whose single commit would
 * date every dataset to the latest change of anything.
 */
function hasFullHistory(root: string): boolean {
  const here = git(root, ["rev-parse", "--show-prefix", "--is-shallow-repository"])?.split("\n");
  return here !== undefined && here[0] === "" && here[1] === "false";
}

/** The newest entry naming the dataset: its path, or a file under it, appears in a change line. */
export function changelogDateFor(meta: Pick<DatasetDefinition, "id" | "path">, entries: readonly ChangelogEntry[]): string | null {
  const named = entries.find((e) => [e.title, ...e.changes].some((c) => c.includes(meta.path)));
  return named?.date ?? null;
}

/** When each dataset last changed: from git where its files are committed, else from the changelog. */
export function datasetLastChanges(
  root: string,
  datasets: readonly Pick<DatasetDefinition, "id" | "path">[],
  entries: readonly ChangelogEntry[],
): DatasetChange[] {
  const useGit = hasFullHistory(root);
  return datasets.map((meta) => {
    const fromLog = changelogDateFor(meta, entries);
    if (useGit) {
      const date = git(root, ["log", "-1", "--format=%cs", "--", meta.path])?.trim() || null;
      const dirty = (git(root, ["status", "--porcelain", "--untracked-files=all", "--", meta.path]) ?? "").trim() !== "";
      if (date && !dirty) return { id: meta.id, date, source: "git" };
      // Uncommitted edits: the last commit is older than the files; the changelog is the better record.
      if (fromLog && (!date || fromLog >= date)) return { id: meta.id, date: fromLog, source: "changelog" };
      if (date) return { id: meta.id, date, source: "git" };
    }
    if (fromLog) return { id: meta.id, date: fromLog, source: "changelog" };
    return { id: meta.id, date: null, source: "unknown" };
  });
}
