/**
 * The inventory of the paper's sentences that state a number, a rank, a trend or a comparison
 * (data/paper/sentences.csv): each one tested by a claim, not checkable with these data, or not
 * a claim about data, with the reason. The checking chapter counts it; scripts/scan-paper.ts
 * lists the sentences of the paper that it still lacks.
 *
 * A sentence is stored as the extracted text prints it, whitespace-normalised. Where it runs
 * across text that is not part of it (a page break, a footnote, a table), that text is left out
 * and shown as " … ": every piece is then text of the paper, in order.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { defineDataset } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import { oneOf, text, type ParseContext } from "./schema.ts";
import { THE_PAPER, THIS_SITE } from "./sources.ts";
import { checkUnique, readTable, type Located, type RowOf } from "./table.ts";

export const PAPER_SENTENCES_ID = "paper-sentences";
export const PAPER_SENTENCES_FILE = "data/paper/sentences.csv";
/** Where the paper's extracted text is, relative to the project root, unless $PAPER_TEXT says. */
export const PAPER_TEXT_DEFAULT = "data/sources/paper.txt";
/** Marks text of the paper left out of a sentence (a page break, a footnote, a table). */
export const GAP = " … ";
/** The longest stretch of left-out text a gap may stand for, in characters of normalised text. */
export const MAX_GAP = 6000;

export const SENTENCE_STATUSES = ["tested", "not-checkable", "not-data"] as const;
export type SentenceStatus = (typeof SENTENCE_STATUSES)[number];

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const PAPER_SENTENCE_SCHEMA = {
  id: text({
    description: "Identifier of the sentence.",
    pattern: KEBAB,
    patternText: "lower-case words and digits joined by hyphens, such as imports-2022-mainland-second",
  }),
  section: text({ description: "The heading of the paper's section the sentence is in, as printed." }),
  sentence: text({
    description:
      "The sentence as the extracted text prints it, whitespace-normalised; text that interrupts it (a page break, a footnote, " +
      "a table) is shown as “ … ”.",
  }),
  status: oneOf({
    description:
      "tested: a claim on the site tests it against the data; not-checkable: it is about data, but these data cannot decide it; " +
      "not-data: it is not a claim about the data (a citation, a method, an opinion, a date of an event).",
    values: SENTENCE_STATUSES,
  }),
  claim: text({
    description: "For a tested sentence, the id of the claim that tests it (src/story/claims.ts).",
    pattern: KEBAB,
    patternText: "a claim id, lower-case words joined by hyphens",
  }).optional(),
  reason: text({
    description: "Why a sentence is not checkable or not a claim about data; for a tested sentence, optionally what the test leaves out.",
  }).optional(),
};
export type PaperSentence = RowOf<typeof PAPER_SENTENCE_SCHEMA>;

const NO_PLACES: ParseContext = { placeIds: new Set(), placeNames: new Map() };

export function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Where the paper's text is: $PAPER_TEXT, else PAPER_TEXT_DEFAULT under `root`. */
export function paperTextPath(root: string): string {
  return process.env.PAPER_TEXT ? resolve(process.env.PAPER_TEXT) : join(root, PAPER_TEXT_DEFAULT);
}

/** The paper's text, or undefined if it is not there (a checkout without the sources). */
export function readPaperText(root: string): string | undefined {
  try {
    return readFileSync(paperTextPath(root), "utf8");
  } catch {
    return undefined;
  }
}

const col = (header: readonly string[], f: string) => header.indexOf(f) + 1;

/** A tested sentence names its claim; the others say why, and name no claim. */
export function checkStatusFields(file: string, header: readonly string[], rows: Located<PaperSentence>[]): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const r of rows) {
    if (r.status === "tested" && !r.claim) {
      issues.push({
        file,
        line: r.line,
        column: col(header, "claim"),
        field: "claim",
        value: "",
        expected: "the id of the claim that tests this sentence",
        hint: "a tested sentence names its claim in src/story/claims.ts.",
      });
    }
    if (r.status !== "tested" && !r.reason) {
      issues.push({
        file,
        line: r.line,
        column: col(header, "reason"),
        field: "reason",
        value: "",
        expected: `the reason this sentence is ${r.status === "not-data" ? "not a claim about data" : "not checkable"}`,
        hint: "for example “no table has it” or “a citation of another study, not a figure of these data”.",
      });
    }
    if (r.status !== "tested" && r.claim) {
      issues.push({
        file,
        line: r.line,
        column: col(header, "claim"),
        field: "claim",
        value: r.claim,
        expected: `no claim for a ${r.status} sentence`,
        hint: "a sentence with a claim is “tested”.",
      });
    }
  }
  return issues;
}

/** Every tested sentence names a claim that exists, and every claim is named by a sentence. */
export function checkClaimReferences(
  file: string,
  header: readonly string[],
  rows: Located<PaperSentence>[],
  claimIds: readonly string[],
): DataIssue[] {
  const issues: DataIssue[] = [];
  const known = new Set(claimIds);
  for (const r of rows) {
    if (r.claim && !known.has(r.claim))
      issues.push({
        file,
        line: r.line,
        column: col(header, "claim"),
        field: "claim",
        value: r.claim,
        expected: "the id of a claim in src/story/claims.ts",
      });
  }
  const named = new Set(rows.map((r) => r.claim));
  for (const id of claimIds) {
    if (!named.has(id))
      issues.push({
        file,
        expected: `a tested sentence for the claim “${id}”`,
        problem: `the claim “${id}” in src/story/claims.ts is tested on the site but no sentence of the inventory names it`,
      });
  }
  return issues;
}

/** Where the pieces of `sentence` are in the normalised paper, in order, or null. */
export function locateInPaper(sentence: string, normalisedPaper: string): { start: number; end: number } | null {
  const pieces = normaliseSpace(sentence)
    .split(GAP)
    .map((p) => p.trim());
  if (pieces.some((p) => p === "")) return null;
  for (let start = normalisedPaper.indexOf(pieces[0]!); start >= 0; start = normalisedPaper.indexOf(pieces[0]!, start + 1)) {
    let end = start + pieces[0]!.length;
    let ok = true;
    for (const p of pieces.slice(1)) {
      const at = normalisedPaper.indexOf(p, end);
      if (at < 0 || at - end > MAX_GAP) {
        ok = false;
        break;
      }
      end = at + p.length;
    }
    if (ok) return { start, end };
  }
  return null;
}

/** Each sentence occurs in the paper's text, whitespace-normalised (its pieces in order). */
export function checkSentencesInPaper(
  file: string,
  header: readonly string[],
  rows: Located<PaperSentence>[],
  paperText: string,
): DataIssue[] {
  const paper = normaliseSpace(paperText);
  return rows
    .filter((r) => locateInPaper(r.sentence, paper) === null)
    .map((r) => ({
      file,
      line: r.line,
      column: col(header, "sentence"),
      field: "sentence",
      value: r.sentence.length > 80 ? r.sentence.slice(0, 77) + "..." : r.sentence,
      expected: "a sentence that occurs in the paper's text, whitespace-normalised",
      hint: "copy it from the text; mark text that interrupts it (a page break, a footnote, a table) with “ … ”.",
    }));
}

export interface ReadPaperSentencesOptions {
  /** The paper's text; read from paperTextPath(root) if not given. */
  paperText?: string;
  /** "required": a missing paper text is an issue; "if-present" (default): the sentences are checked against it only when it is there. */
  paper?: "required" | "if-present";
  /** The claim ids of src/story/claims.ts; when given, the references both ways are checked. */
  claimIds?: readonly string[];
}

/** Reads and checks the inventory under `root`. */
export function readPaperSentences(
  root: string,
  options: ReadPaperSentencesOptions = {},
): { rows: Located<PaperSentence>[]; issues: DataIssue[] } {
  const file = PAPER_SENTENCES_FILE;
  const t = readTable(root, file, PAPER_SENTENCE_SCHEMA, NO_PLACES);
  const issues = [
    ...t.issues,
    ...checkUnique(file, t.header, t.rows, "id"),
    ...checkUnique(file, t.header, t.rows, "sentence"),
    ...checkStatusFields(file, t.header, t.rows),
  ];
  if (options.claimIds) issues.push(...checkClaimReferences(file, t.header, t.rows, options.claimIds));
  const paper = options.paperText ?? readPaperText(root);
  if (paper !== undefined) issues.push(...checkSentencesInPaper(file, t.header, t.rows, paper));
  else if (options.paper === "required")
    issues.push({
      file: paperTextPath(root),
      expected: "the paper's extracted text, to check the inventory's sentences against",
      hint: "set PAPER_TEXT to its path.",
    });
  return { rows: t.rows, issues };
}

export interface InventoryCounts {
  /** Sentences in the inventory. */
  sentences: number;
  tested: number;
  notCheckable: number;
  notData: number;
}

export function inventoryCounts(rows: readonly PaperSentence[]): InventoryCounts {
  const n = (s: SentenceStatus) => rows.filter((r) => r.status === s).length;
  return { sentences: rows.length, tested: n("tested"), notCheckable: n("not-checkable"), notData: n("not-data") };
}

/**
 * The inventory as a dataset of the registry: published on /data/ with the others, and checked
 * with them (against the paper's text where the checkout has it). The claims it names are
 * checked where the claims are, in src/story (the data layer does not see them).
 */
export const PAPER_SENTENCES = defineDataset({
  id: PAPER_SENTENCES_ID,
  title: {
    en: "The paper's sentences that state a number, a rank, a trend or a comparison",
    "zh-hk": "論文中陳述數字、排名、趨勢或比較的句子",
  },
  description: {
    en:
      "One row per sentence of the paper that states a number, a rank, a trend or a comparison, section by section: tested by a " +
      "claim on the site, not checkable with these data, or not a claim about data, with the reason.",
    "zh-hk":
      "論文中每一句陳述數字、排名、趨勢或比較的句子各佔一行，按章節排列，並標明其狀態（經本網站檢驗、無法以這些數據核對，或並非有關數據的陳述）及原因。",
  },
  path: PAPER_SENTENCES_FILE,
  kind: "file",
  schema: PAPER_SENTENCE_SCHEMA,
  primaryKey: ["id"],
  units: { en: "none", "zh-hk": "不適用" },
  source: { reference: { en: "the whole text", "zh-hk": "全文" }, page: "82-93", publisher: THIS_SITE, document: THE_PAPER },
  check: (rows, at) => {
    const paper = readPaperText(at.root);
    return [
      ...checkUnique(at.file, at.header, rows, "sentence"),
      ...checkStatusFields(at.file, at.header, rows),
      ...(paper === undefined ? [] : checkSentencesInPaper(at.file, at.header, rows, paper)),
    ];
  },
});

/**
 * The inventory in Chinese (data/paper/sentences-zh-hk.csv): each sentence, its section and its
 * reason translated, by id, for the Chinese edition's checking chapter, which quotes the English
 * sentence with its translation beside it. Checked against the inventory: the same ids, in the
 * same order, a reason exactly where the inventory gives one.
 */
export const PAPER_SENTENCES_ZH_HK = defineDataset({
  id: "paper-sentences-zh-hk",
  title: { en: "The paper's sentences in Chinese: the inventory translated", "zh-hk": "論文句子的中文版：句子清單的譯文" },
  description: {
    en:
      "The Hong Kong Chinese translation of each sentence of the inventory (data/paper/sentences.csv), with its section and " +
      "reason, for the Chinese edition.",
    "zh-hk": "句子清單（data/paper/sentences.csv）中每一句的香港中文譯文，連同所屬章節及原因，供中文版使用。",
  },
  path: "data/paper/sentences-zh-hk.csv",
  kind: "file",
  primaryKey: ["id"],
  units: { en: "none", "zh-hk": "不適用" },
  missingFields: [],
  source: {
    reference: { en: "the whole text, translated by this site", "zh-hk": "全文，由本網站翻譯" },
    page: "82-93",
    publisher: THIS_SITE,
    document: THE_PAPER,
  },
  schema: {
    id: text({ description: "The id of the sentence in data/paper/sentences.csv." }),
    section_zh_hk: text({ description: "The section's heading, translated." }),
    sentence_zh_hk: text({ description: "The sentence, translated as printed (its errors included)." }),
    reason_zh_hk: text({ description: "The inventory's reason, translated; empty where the inventory gives none." }).optional(),
  },
});

/** The translations match the inventory row for row. */
export function checkTranslations(
  inventory: readonly Located<PaperSentence>[],
  translations: readonly Located<{ id: string; reason_zh_hk: string | null }>[],
  header: readonly string[],
): DataIssue[] {
  const file = PAPER_SENTENCES_ZH_HK.path;
  const issues: DataIssue[] = [];
  const byId = new Map(translations.map((t) => [t.id, t]));
  inventory.forEach((s, i) => {
    const t = byId.get(s.id);
    if (!t) {
      issues.push({
        file,
        expected: `a line for the sentence “${s.id}” (data/paper/sentences.csv line ${s.line})`,
        hint: "translate it, or the Chinese edition shows it untranslated.",
      });
      return;
    }
    if (translations[i]?.id !== s.id)
      issues.push({
        file,
        line: t.line,
        column: 1,
        field: "id",
        value: t.id,
        expected: `the inventory's order: “${s.id}” is line ${s.line} there`,
      });
    if ((s.reason === null) !== (t.reason_zh_hk === null)) {
      issues.push({
        file,
        line: t.line,
        column: header.indexOf("reason_zh_hk") + 1,
        field: "reason_zh_hk",
        value: t.reason_zh_hk ?? "",
        expected: s.reason === null ? "an empty cell, as the inventory gives no reason" : `a translation of the reason “${s.reason}”`,
      });
    }
  });
  const known = new Set(inventory.map((s) => s.id));
  for (const t of translations)
    if (!known.has(t.id))
      issues.push({
        file,
        line: t.line,
        column: 1,
        field: "id",
        value: t.id,
        expected: "the id of a sentence in data/paper/sentences.csv",
      });
  return issues;
}
