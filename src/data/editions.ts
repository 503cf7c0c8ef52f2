/**
 * Data editions. Every entry of data/CHANGELOG.md is a release of the data, and each release is
 * an edition, named from its entry: the year of its date and its place among that year's
 * entries, oldest first ("2026-2" is the second release of 2026). An edition's data are frozen
 * when it is published (`npm run data:edition`): a copy of every dataset's files under
 * data/editions/<edition>/, laid out like data/, with SHA256SUMS listing each file's hash. The
 * copy is read by the same loaders and checks as data/ (loadSiteData with `dataDir`), and is
 * never rewritten: SHA256SUMS is checked with every build, and a changed, missing or added
 * file stops it. Pinned graphics (/editions/<edition>/...) are drawn from these copies, so an
 * article that embeds one keeps the numbers it was written about.
 *
 * A correction to published data is a new edition whose entry is marked as a correction (its
 * title starts with "Correction:") and says, in both languages, what changed and why, and which
 * editions it corrects. Those editions' pinned graphics that draw on a dataset the correction
 * changed carry its notice. The format is in data/README.md, "Editions" and "Corrections".
 *
 * Why frozen copies and not git tags: the build must reproduce every edition from any checkout,
 * and CI clones are shallow and often fetch no tags, tarballs have no history at all; a copy in
 * data/ is there in all of them (data/README.md says more).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { nonHongKongChars } from "../lib/hant.ts";
import type { Localized } from "../lib/i18n.ts";
import { CHANGELOG_FILE, readChangelog, type ChangelogEntry } from "./changelog.ts";
import { DATA_DIR, datasetFiles } from "./dataset.ts";
import { DataCheckError, type DataIssue } from "./issues.ts";
import { loadSiteData } from "./load.ts";
import { DATASETS, type DatasetId, type SiteData } from "./registry.ts";

export const EDITIONS_DIR = `${DATA_DIR}/editions`;
/** Each frozen file's SHA-256 and path, as `sha256sum` writes them: `sha256sum -c SHA256SUMS` in the folder checks them too. */
export const MANIFEST_FILE = "SHA256SUMS";
/** An edition's name: the year of its changelog entry and its place among that year's entries. */
export const EDITION_NAME = /^\d{4}-[1-9]\d*$/;

export interface Correction {
  /** The editions whose data it corrects (older editions, named in its "Corrects:" line). */
  corrects: string[];
  /** What was corrected, in a few words: the entry's title after "Correction:", and its 標題 line. */
  title: Localized;
  /** What changed: the entry's other change lines (Markdown, `code` for files), and its 更正 line. */
  changed: Localized<string[]>;
  /** Why: its "Why:" and 原因 lines. */
  why: Localized;
  /** The datasets whose files it changed, from the editions' SHA256SUMS; empty until checkEditions compares them. */
  datasets: DatasetId[];
}

export interface DataEdition {
  /** "2026-2". */
  name: string;
  /** The changelog entry's date, YYYY-MM-DD. */
  date: string;
  /** The changelog entry's title. */
  title: string;
  entry: ChangelogEntry;
  /** Its frozen copy, data/editions/<name>, or null: a release from before editions were kept, or one not frozen yet. */
  dir: string | null;
  correction: Correction | null;
}

/** File hashes by path relative to the data folder ("trade/imports/2022.csv"). */
export type Hashes = ReadonlyMap<string, string>;

/** Each entry's edition name, in the changelog's order (newest first). */
export function editionNames(entries: readonly Pick<ChangelogEntry, "date">[]): string[] {
  const counts = new Map<string, number>();
  const names: string[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const year = entries[i]!.date.slice(0, 4);
    const n = (counts.get(year) ?? 0) + 1;
    counts.set(year, n);
    names[i] = `${year}-${n}`;
  }
  return names;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The files that make a copy of the data: every dataset's CSVs, as paths under `dataDir`. */
export function dataFiles(root: string, dataDir: string = DATA_DIR): string[] {
  return DATASETS.flatMap((d) => datasetFiles(root, d, dataDir)).sort();
}

/** The hashes of the data's files in `dataDir` (data/ by default), by path relative to it. */
export function hashesOf(root: string, dataDir: string = DATA_DIR): Map<string, string> {
  return new Map(dataFiles(root, dataDir).map((f) => [f.slice(dataDir.length + 1), sha256(readFileSync(join(root, f)))]));
}

/** Files that differ between two copies: changed, or present in only one. */
export function changedFiles(a: Hashes, b: Hashes): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

/** The dataset a file of the data belongs to ("trade/imports/2023.csv" -> trade-imports). */
export function datasetOfFile(rel: string): DatasetId | undefined {
  return DATASETS.find((d) => {
    const path = d.path.slice(DATA_DIR.length + 1);
    return d.kind === "file" ? path === rel : rel.startsWith(`${path}/`);
  })?.id;
}

/** Reads an edition's SHA256SUMS: each line a hash, two spaces (or a space and *) and a path. */
export function readManifest(root: string, dir: string): { hashes: Map<string, string>; lines: Map<string, number>; issues: DataIssue[] } {
  const file = `${dir}/${MANIFEST_FILE}`;
  const hashes = new Map<string, string>();
  const lines = new Map<string, number>();
  const issues: DataIssue[] = [];
  let text: string;
  try {
    text = readFileSync(join(root, file), "utf8");
  } catch {
    return {
      hashes,
      lines,
      issues: [
        {
          file,
          expected:
            "this file, listing the SHA-256 of each file of the edition: `npm run data:edition` writes it when it freezes an edition",
          hint:
            `a folder in ${EDITIONS_DIR}/ is made only by \`npm run data:edition\`; ` +
            "if this one was copied by hand, delete it and run that.",
        },
      ],
    };
  }
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    const m = /^([0-9a-f]{64}) [ *](\S.*)$/.exec(raw);
    if (!m) {
      issues.push({
        file,
        line: i + 1,
        column: 1,
        value: raw,
        expected: "a SHA-256 in hex, two spaces and a file's path, as sha256sum writes",
      });
      return;
    }
    if (hashes.has(m[2]!)) {
      issues.push({ file, line: i + 1, column: 67, value: m[2]!, expected: `each file once, but it is also on line ${lines.get(m[2]!)}` });
      return;
    }
    hashes.set(m[2]!, m[1]!);
    lines.set(m[2]!, i + 1);
  });
  return { hashes, lines, issues };
}

/** Every file under `dir` (relative to it, forward slashes). */
function filesIn(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(join(root, dir, r)).isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk("");
  return out.sort();
}

const NEVER_REWRITTEN =
  "an edition's data are never rewritten, so that the graphics pinned to it keep their numbers: restore the file as it was " +
  "(`git checkout -- <file>`); to correct published figures, change data/ and publish a correction (data/README.md, “Corrections”)";

/** The frozen files of an edition are exactly those its SHA256SUMS lists, each with its bytes. */
export function checkFrozen(root: string, dir: string, manifest: ReturnType<typeof readManifest>): DataIssue[] {
  const issues: DataIssue[] = [];
  const present = new Set(filesIn(root, dir).filter((f) => f !== MANIFEST_FILE));
  for (const [rel, hash] of manifest.hashes) {
    const file = `${dir}/${rel}`;
    const line = manifest.lines.get(rel)!;
    if (!present.has(rel)) {
      issues.push({
        file,
        problem: `this file of the edition is missing (${dir}/${MANIFEST_FILE} lists it on line ${line})`,
        expected: NEVER_REWRITTEN,
      });
    } else if (sha256(readFileSync(join(root, file))) !== hash) {
      issues.push({
        file,
        problem:
          "this file has changed since the edition was frozen: " + `its SHA-256 is not the one on line ${line} of ${dir}/${MANIFEST_FILE}`,
        expected: NEVER_REWRITTEN,
      });
    }
    present.delete(rel);
  }
  for (const rel of present) {
    issues.push({
      file: `${dir}/${rel}`,
      problem: `this file is not part of the edition (${dir}/${MANIFEST_FILE} does not list it)`,
      expected: "no file added to a frozen edition: delete it",
    });
  }
  return issues;
}

/** Where two texts first differ, 1-based, as an editor counts. */
export function firstDifference(a: string, b: string): { line: number; column: number } {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    const x = la[i] ?? "";
    const y = lb[i] ?? "";
    if (x === y && i < la.length && i < lb.length) continue;
    let c = 0;
    while (c < x.length && c < y.length && x[c] === y[c]) c++;
    return { line: i + 1, column: c + 1 };
  }
  return { line: 1, column: 1 };
}

// ---------------------------------------------------------------------------------------------
// Corrections, from their changelog entries.

const CORRECTION_TITLE = /^Correction\s*:\s*(.*)$/i;
const FIELDS = {
  corrects: { label: "Corrects:", re: /^Corrects\s*:\s*(.*)$/i },
  why: { label: "Why:", re: /^Why\s*:\s*(.*)$/i },
  titleZh: { label: "標題：", re: /^標題\s*[:：]\s*(.*)$/ },
  changedZh: { label: "更正：", re: /^更正\s*[:：]\s*(.*)$/ },
  whyZh: { label: "原因：", re: /^原因\s*[:：]\s*(.*)$/ },
} as const;
type Field = keyof typeof FIELDS;
const ZH_FIELDS: readonly Field[] = ["titleZh", "changedZh", "whyZh"];

/** Whether a change line is one of a correction's Chinese lines (shown only in the Chinese edition). */
export function isChineseCorrectionLine(change: string): boolean {
  return ZH_FIELDS.some((f) => FIELDS[f].re.test(change));
}

/** Whether an entry is marked as a correction. */
export function isCorrectionEntry(entry: Pick<ChangelogEntry, "title">): boolean {
  return CORRECTION_TITLE.test(entry.title);
}

const FORMAT_HINT = "see “Corrections” in data/README.md for a correction entry's lines.";

/** A correction's fields from its entry; every problem located in data/CHANGELOG.md. */
export function parseCorrection(
  entry: ChangelogEntry,
  name: string,
  earlier: readonly string[],
  fileLines: readonly string[],
): { correction: Correction | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const at = (line: number, value: string) => {
    const raw = fileLines[line - 1] ?? "";
    const i = value ? raw.indexOf(value) : -1;
    return { file: CHANGELOG_FILE, line, ...(i >= 0 ? { column: i + 1 } : {}) };
  };
  const found: Partial<Record<Field, { value: string; line: number }>> = {};
  const english: string[] = [];
  entry.changes.forEach((change, i) => {
    const line = entry.changeLines[i] ?? entry.line;
    const field = (Object.keys(FIELDS) as Field[]).find((f) => FIELDS[f].re.test(change));
    if (!field) {
      english.push(change);
      return;
    }
    const value = FIELDS[field].re.exec(change)![1]!.trim();
    if (found[field]) {
      issues.push({
        ...at(line, change),
        value: change,
        expected: `one “${FIELDS[field].label}” line, but there is one on line ${found[field]!.line}`,
      });
      return;
    }
    found[field] = { value, line };
  });

  const title = CORRECTION_TITLE.exec(entry.title);
  if (!title) {
    if (found.corrects) {
      issues.push({
        ...at(found.corrects.line, "Corrects"),
        value: `Corrects: ${found.corrects.value}`,
        problem: `the entry for ${entry.date} names editions it corrects, but is not marked as a correction`,
        expected: `its title to start with “Correction:”, such as “## ${entry.date}: Correction: Japan's 2021 share”`,
        hint: FORMAT_HINT,
      });
    }
    return { correction: null, issues };
  }

  if (title[1]!.trim() === "") {
    issues.push({
      ...at(entry.line, "Correction"),
      value: entry.title,
      expected: "a few words after “Correction:” saying what was corrected",
      hint: FORMAT_HINT,
    });
  }
  for (const f of Object.keys(FIELDS) as Field[]) {
    if (!found[f] || found[f]!.value === "") {
      issues.push({
        ...(found[f] ? at(found[f]!.line, FIELDS[f].label.slice(0, -1)) : { file: CHANGELOG_FILE, line: entry.line }),
        problem: `the correction of ${entry.date} (edition ${name}) has no “${FIELDS[f].label}” line${found[f] ? " text" : ""}`,
        expected: {
          corrects: "a line “- Corrects: <edition>”, naming each earlier edition whose data were wrong, such as “- Corrects: 2026-2”",
          why: "a line “- Why: …” saying why the data were wrong",
          titleZh: "a line “- 標題：…”: what was corrected, in a few words, in Hong Kong Chinese",
          changedZh: "a line “- 更正：…”: what changed, in Hong Kong Chinese",
          whyZh: "a line “- 原因：…”: why the data were wrong, in Hong Kong Chinese",
        }[f],
        hint: FORMAT_HINT,
      });
    }
  }
  if (english.length === 0) {
    issues.push({
      file: CHANGELOG_FILE,
      line: entry.line,
      problem: `the correction of ${entry.date} (edition ${name}) does not say what changed`,
      expected:
        "at least one line besides its fields, saying what changed in which file, such as " +
        "“- Corrected Japan's share in `data/trade/imports/2021.csv` (17.3, not 17.8).”",
      hint: FORMAT_HINT,
    });
  }

  const corrects: string[] = [];
  if (found.corrects && found.corrects.value) {
    for (const n of found.corrects.value.split(/[\s,，、]+/).filter(Boolean)) {
      if (!EDITION_NAME.test(n) || !earlier.includes(n)) {
        issues.push({
          ...at(found.corrects.line, n),
          value: n,
          expected: `the name of an earlier edition${earlier.length ? ` (${earlier.join(", ")})` : ""}`,
          hint: "an edition is named after its changelog entry: its year and its place among that year's entries, such as 2026-2.",
        });
      } else if (!corrects.includes(n)) corrects.push(n);
    }
  }
  // The Chinese lines are read by the Chinese edition's readers: written as Hong Kong writes.
  for (const f of ZH_FIELDS) {
    const v = found[f];
    if (!v || !v.value) continue;
    const prose = v.value.replace(/`[^`]*`/g, "");
    if (!/\p{Script=Han}/u.test(prose)) {
      issues.push({ ...at(v.line, v.value), value: v.value, expected: "the text in Hong Kong Chinese", hint: FORMAT_HINT });
      continue;
    }
    const odd = nonHongKongChars(prose);
    if (odd.length) {
      issues.push({
        ...at(v.line, odd[0]!),
        value: odd.join(""),
        expected: "Traditional characters as Hong Kong writes them",
        hint: `write ${odd.map((c) => `“${c}”`).join(", ")} in the form Hong Kong uses (src/lib/hant.ts, nonHongKongChars).`,
      });
    }
  }
  if (issues.length) return { correction: null, issues };
  return {
    correction: {
      corrects,
      title: { en: title[1]!.trim(), "zh-hk": found.titleZh!.value },
      changed: { en: english, "zh-hk": [found.changedZh!.value] },
      // "Why: a digit was mistyped" reads as a sentence of its own on /corrections/.
      why: { en: found.why!.value.charAt(0).toUpperCase() + found.why!.value.slice(1), "zh-hk": found.whyZh!.value },
      datasets: [],
    },
    issues,
  };
}

// ---------------------------------------------------------------------------------------------
// The editions of a project, and their checks.

export interface EditionsCheck {
  /** Every changelog entry as an edition, newest first. */
  editions: DataEdition[];
  /** Problems that stop data:check and the build: a frozen edition changed or broken, a malformed correction. */
  issues: DataIssue[];
  /**
   * Why data/ is not (yet) a frozen edition: changed since the newest one, or its newest entry
   * not frozen. data:check says so and passes; the build stops, since every graphic it draws
   * must be pinned to an edition.
   */
  pending: DataIssue[];
  /** The edition data/ is, byte for byte; null while pending. */
  latest: DataEdition | null;
  /** Each frozen edition's data, loaded and checked, by name; the latest's are data/'s own, so it is not here. */
  data: Map<string, SiteData>;
  /** Each frozen edition's file hashes, by name. */
  hashes: Map<string, Hashes>;
  /** The datasets each frozen edition has no file of (it was frozen before they were added), by name. */
  absent: Map<string, ReadonlySet<DatasetId>>;
}

export function frozenEditions(editions: readonly DataEdition[]): DataEdition[] {
  return editions.filter((e) => e.dir !== null);
}

/**
 * Reads the editions of the project at `root` and checks them: each frozen copy against its
 * SHA256SUMS and through the loaders; that every release since the first frozen one is frozen;
 * each correction's lines, and that the editions it names hold data it changed; and whether
 * data/ is the newest edition. With `load: false` the frozen copies are not loaded (a quicker
 * look, for scripts that only need names).
 */
export function checkEditions(root: string, options: { load?: boolean } = {}): EditionsCheck {
  const { load = true } = options;
  const out: EditionsCheck = { editions: [], issues: [], pending: [], latest: null, data: new Map(), hashes: new Map(), absent: new Map() };
  const changelog = readChangelog(root);
  // A changelog that fails its own check is reported by loadSiteData; its entries cannot name editions.
  if (changelog.issues.length) return out;
  const { entries } = changelog;
  const names = editionNames(entries);
  const fileLines = readFileSync(join(root, CHANGELOG_FILE), "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  const editionsDir = join(root, EDITIONS_DIR);
  const folders = existsSync(editionsDir) ? readdirSync(editionsDir).filter((n) => statSync(join(editionsDir, n)).isDirectory()) : [];

  out.editions = entries.map((entry, i) => {
    const name = names[i]!;
    const parsed = parseCorrection(entry, name, names.slice(i + 1), fileLines);
    out.issues.push(...parsed.issues);
    return {
      name,
      date: entry.date,
      title: entry.title,
      entry,
      dir: folders.includes(name) ? `${EDITIONS_DIR}/${name}` : null,
      correction: parsed.correction,
    };
  });

  for (const name of folders.filter((n) => !names.includes(n))) {
    out.issues.push({
      file: `${EDITIONS_DIR}/${name}`,
      value: name,
      problem: "this folder is not the frozen copy of any entry of data/CHANGELOG.md",
      expected: `a folder named after an entry's edition (${names.join(", ")})`,
      hint: "editions are named from the changelog (data/README.md, “Editions”); an entry's date was perhaps changed after it was frozen.",
    });
  }
  if (existsSync(editionsDir)) {
    for (const name of readdirSync(editionsDir).filter((n) => !folders.includes(n) && !["README.md", ".gitattributes"].includes(n))) {
      out.issues.push({
        file: `${EDITIONS_DIR}/${name}`,
        value: name,
        expected: `only one folder per edition in ${EDITIONS_DIR}/`,
        hint: "move this file out of it.",
      });
    }
  }

  // Since the first edition that was frozen, every release is: a pinned graphic must be drawable from each.
  const oldestFrozen = out.editions.findLastIndex((e) => e.dir !== null);
  out.editions.forEach((e, i) => {
    if (e.dir !== null || i >= oldestFrozen || i === 0) return;
    out.issues.push({
      file: CHANGELOG_FILE,
      line: e.entry.line,
      problem: `the release of ${e.date} (edition ${e.name}) has no frozen copy in ${EDITIONS_DIR}/${e.name}/`,
      expected: `every release since edition ${out.editions[oldestFrozen]!.name} frozen, since graphics are pinned to each`,
      hint: "was the folder deleted? Restore it from version control; an edition is never rebuilt from later data.",
    });
  });

  // Each frozen copy: its files as frozen, then read through the loaders like data/.
  const intact = new Set<string>();
  for (const e of frozenEditions(out.editions)) {
    const manifest = readManifest(root, e.dir!);
    const problems = [...manifest.issues, ...(manifest.issues.length ? [] : checkFrozen(root, e.dir!, manifest))];
    out.issues.push(...problems);
    out.hashes.set(e.name, manifest.hashes);
    const held = new Set([...manifest.hashes.keys()].map(datasetOfFile));
    out.absent.set(e.name, new Set(DATASETS.map((d) => d.id).filter((d) => !held.has(d))));
    if (problems.length === 0) intact.add(e.name);
  }

  // data/ is the newest edition, byte for byte, or it is pending.
  const working = hashesOf(root);
  const newest = out.editions[0];
  if (newest && newest.dir === null) {
    out.pending.push({
      file: CHANGELOG_FILE,
      line: newest.entry.line,
      problem: `the newest entry, of ${newest.date} (edition ${newest.name}), is not frozen yet`,
      expected: `its data frozen in ${EDITIONS_DIR}/${newest.name}/ before the site is built, so that its graphics can be pinned to it`,
      hint: "when data:check passes, run “npm run data:edition”, then build.",
    });
  } else if (newest && intact.has(newest.name)) {
    const frozen = out.hashes.get(newest.name)!;
    for (const rel of changedFiles(frozen, working)) out.pending.push(differsFromEdition(root, newest, rel, frozen, working));
    if (out.pending.length === 0) out.latest = newest;
  }

  if (load) {
    for (const e of frozenEditions(out.editions)) {
      if (!intact.has(e.name) || e === out.latest) continue;
      try {
        out.data.set(e.name, loadSiteData(root, { dataDir: e.dir!, changelog: false, absent: out.absent.get(e.name)! }));
      } catch (err) {
        if (!(err instanceof DataCheckError)) throw err;
        out.issues.push(...err.issues);
      }
    }
  }

  // A correction changed some files of the edition before it; the editions it names held them as they were.
  out.editions.forEach((e, i) => {
    const c = e.correction;
    const before = out.editions[i + 1];
    if (!c || !before || !before.dir) return;
    const after = e.dir ? out.hashes.get(e.name) : i === 0 ? working : undefined;
    const previous = out.hashes.get(before.name);
    if (!after || !previous) return;
    const changed = changedFiles(previous, after);
    c.datasets = [...new Set(changed.map(datasetOfFile).filter((d): d is DatasetId => d !== undefined))];
    const line = e.entry.changeLines[e.entry.changes.findIndex((ch) => FIELDS.corrects.re.test(ch))] ?? e.entry.line;
    if (changed.length === 0) {
      out.issues.push({
        file: CHANGELOG_FILE,
        line: e.entry.line,
        problem: `the correction of ${e.date} (edition ${e.name}) changes no file of edition ${before.name}`,
        expected: "a correction to change the data it corrects",
      });
      return;
    }
    for (const name of c.corrects) {
      const held = out.hashes.get(name);
      if (!held) continue; // a release from before editions were kept: nothing pinned to mark
      if (changed.some((f) => held.has(f) && held.get(f) !== after.get(f))) continue;
      out.issues.push({
        file: CHANGELOG_FILE,
        line,
        column: (fileLines[line - 1] ?? "").indexOf(name) + 1 || undefined,
        value: name,
        problem: `edition ${name} holds none of the files this correction changed (${changed.join(", ")}) as they were before it`,
        expected: "“Corrects:” to name only editions whose data were wrong",
      });
    }
  });
  return out;
}

/** The pending problem for one file of data/ that is not as the newest edition froze it. */
function differsFromEdition(root: string, newest: DataEdition, rel: string, frozen: Hashes, working: Hashes): DataIssue {
  const file = `${DATA_DIR}/${rel}`;
  const hint =
    "published data are not changed in place: add an entry at the top of data/CHANGELOG.md for this change (a correction, " +
    "if it corrects published figures: data/README.md, “Corrections”), then run “npm run data:edition”.";
  if (!frozen.has(rel)) {
    return {
      file,
      problem: `this file is new since edition ${newest.name}, the newest`,
      expected: "data/ to be the newest edition, or a new one",
      hint,
    };
  }
  if (!working.has(rel)) {
    return {
      file,
      problem: `edition ${newest.name}, the newest, holds this file, and data/ no longer does`,
      expected: "data/ to be the newest edition, or a new one",
      hint,
    };
  }
  const at = firstDifference(readFileSync(join(root, `${newest.dir}/${rel}`), "utf8"), readFileSync(join(root, file), "utf8"));
  return {
    file,
    ...at,
    problem: `this file has changed since edition ${newest.name}, the newest, froze it (${newest.dir}/${rel})`,
    expected: "data/ to be the newest edition, or a new one",
    hint,
  };
}

/**
 * Freezes data/ as the edition of the newest changelog entry: copies every dataset's files to
 * data/editions/<edition>/ and writes SHA256SUMS. Refuses, changing nothing, unless the data
 * pass their checks, the editions theirs, and there is something to freeze. Never overwrites.
 */
export function freezeEdition(root: string): { edition: DataEdition; files: string[]; already: boolean } {
  loadSiteData(root); // throws DataCheckError: broken data are never frozen
  const check = checkEditions(root, { load: false });
  if (check.issues.length) throw new DataCheckError(check.issues);
  const newest = check.editions[0];
  if (!newest) throw new DataCheckError([{ file: CHANGELOG_FILE, expected: "an entry for the data to freeze" }]);
  if (newest.dir !== null) {
    if (check.pending.length === 0) return { edition: newest, files: [], already: true };
    throw new DataCheckError(
      check.pending.map((p) => ({
        ...p,
        hint:
          `edition ${newest.name} is frozen, and an edition is never rewritten: add a new entry at the top of ` +
          "data/CHANGELOG.md for this change, then run “npm run data:edition” again.",
      })),
    );
  }
  const working = hashesOf(root);
  const previous = frozenEditions(check.editions)[0];
  if (previous && changedFiles(check.hashes.get(previous.name)!, working).length === 0) {
    throw new DataCheckError([
      {
        file: CHANGELOG_FILE,
        line: newest.entry.line,
        problem: `data/ has not changed since edition ${previous.name}, so the entry of ${newest.date} has no new data to freeze`,
        expected: "a changelog entry for a change to the data",
        hint: "change the data first, or remove the entry.",
      },
    ]);
  }
  const dir = `${EDITIONS_DIR}/${newest.name}`;
  const files = dataFiles(root);
  for (const f of files) {
    const to = join(root, dir, f.slice(DATA_DIR.length + 1));
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, readFileSync(join(root, f)), { flag: "wx" });
  }
  const manifest = [...working].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rel, hash]) => `${hash}  ${rel}\n`);
  writeFileSync(join(root, dir, MANIFEST_FILE), manifest.join(""), { flag: "wx" });
  return { edition: { ...newest, dir }, files, already: false };
}

/** The corrections of an edition that concern a graphic drawn from `datasets`, oldest first. */
export function correctionsOf(editions: readonly DataEdition[], edition: string, datasets: readonly string[]): DataEdition[] {
  return editions
    .filter((e) => e.correction?.corrects.includes(edition) && e.correction.datasets.some((d) => datasets.includes(d)))
    .reverse();
}
