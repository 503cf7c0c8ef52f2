/**
 * Lists the paper's sentences that state a number, a rank, a trend or a comparison and are not
 * yet in the inventory (data/paper/sentences.csv, read by src/data/paper-sentences.ts).
 * Exits 1 if it lists any, 0 when none is left.
 *
 *   node scripts/scan-paper.ts [paper.txt] [--all]
 *
 * The paper is the argument, else $PAPER_TEXT, else data/sources/paper.txt
 * from the project root. --all also prints every sentence of the prose, kept or not.
 *
 * The rules, in the order they apply to the extracted text (a "block" is a run of lines between
 * blank lines):
 *
 * 1. Reference list: everything from a line reading only "References" or "Bibliography" is
 *    skipped. (This extraction has none: the paper ends with its Conclusion.)
 * 2. Page furniture is removed: the DOI line, the journal's running head, the ISSN line, and a
 *    line holding only a page number.
 * 3. Headings are the paper's section headings, listed in HEADINGS as printed: a run of up to
 *    four whole lines that spells one is a heading. Headings are not sentences; a heading ends
 *    the sentence before it, and each sentence gets the last heading before it as its section.
 * 4. Footnotes are removed. A footnote starts on a line that begins with the next footnote
 *    number (1, 2, 3 ... in order, so "56 Japanese films" is not one), a space and a capital
 *    letter, and reads as words: three or more, no cell of digits, no Chinese characters. It runs
 *    to the end of its block or to a line that starts with a space (here, the top of a column).
 * 5. Tables and figures: a table note (from a line starting "Note:") is removed to the end of
 *    its block; a caption ("Table 4. ...", "Figure 2. ...") is removed to the end of its block,
 *    and so is every block after it up to the next prose block (rule 6) or heading.
 * 6. Table-cell debris is removed, block by block. A block is prose when it has at least 12
 *    words and at least half of them start with a lower-case letter. A shorter block is kept
 *    when it has at least 3 words, half of them lower-case, next to a prose block; or when it
 *    comes straight after a heading and before a prose block (the first line of a paragraph is
 *    often a block of its own in this extraction). Everything else is removed: rows of numbers,
 *    cells broken across lines, column headers.
 * 7. The prose left is split into sentences after . ! or ? (with any closing quote or bracket)
 *    followed by a space and a capital letter, a digit or an opening quote; after a full stop
 *    and a footnote number ("16.3%.2 This"); and after a full stop glued to a capitalised word
 *    ("2.In"). Not after e.g., i.e., vs., Bros., Co., Ltd., Inc., No., Mr., Mrs., Dr., St.
 * 8. A sentence is kept when it has a digit, a % sign or one of TRIGGER_WORDS: number words,
 *    ranks and records, superlatives, trends, comparisons and proportions.
 * 9. Where a kept sentence runs across removed text (a page break, a footnote, a table), the
 *    removed part is shown as " … ", so every piece of the sentence is text of the paper, in
 *    order and whitespace-normalised. The inventory stores each sentence in exactly this form,
 *    and a sentence is "in the inventory" when a row holds exactly that text.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { GAP, normaliseSpace, paperTextPath, readPaperSentences } from "../src/data/paper-sentences.ts";

/** What makes a sentence state a number, a rank, a trend or a comparison (rule 8). */
export const TRIGGER_WORDS = {
  numbers: [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundreds?",
    "thousands?",
    "millions?",
    "billions?",
    "dozens?",
    "per ?cent",
    "percent(?:age)? points?",
  ],
  ranks: [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "top",
    "ranks?",
    "rank(?:ed|ing)",
    "lead",
    "leads",
    "leading",
    "led",
    "leader",
    "peak(?:s|ed|ing)?",
    "records?",
    "champion",
    "primary",
    "primarily",
  ],
  superlatives: [
    "largest",
    "biggest",
    "highest",
    "lowest",
    "smallest",
    "greatest",
    "longest",
    "best",
    "most",
    "mostly",
    "mainly",
    "predominantly",
    "least",
  ],
  trends: [
    "increas(?:e|es|ed|ing|ingly)",
    "decreas(?:e|es|ed|ing)",
    "declin(?:e|es|ed|ing)",
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "drop(?:s|ped|ping)?",
    "grow",
    "grows",
    "grew",
    "grown",
    "growing",
    "growth",
    "surge[sd]?",
    "diminish(?:es|ed|ing)?",
    "trend",
    "trends",
    "year-on-year",
    "year after year",
    "stable",
    "rebound",
    "recovery",
  ],
  comparisons: [
    "than",
    "surpass(?:es|ed|ing)?",
    "exceed(?:s|ed|ing)?",
    "double[sd]?",
    "twofold",
    "twice",
    "half",
    "majority",
    "minority",
    "one-fifth",
    "one-third",
    "quarter",
    "dominat(?:e|es|ed|ing)",
    "fewer",
    "higher",
    "lower",
    "larger",
    "smaller",
    "behind",
    "ahead",
    "trail(?:s|ed|ing)?",
    "lag(?:s|ged|ging)?",
    "inferior",
    "superior",
    "compared",
    "comparable",
    "comparison",
  ],
} as const;
export const TRIGGERS = new RegExp(
  `\\d|%|${Object.values(TRIGGER_WORDS)
    .flat()
    .map((w) => `\\b${w}\\b`)
    .join("|")}`,
  "i",
);

export interface ScannedSentence {
  /** The sentence in inventory form: whitespace-normalised, removed text shown as " … ". */
  sentence: string;
  /** The heading it falls under, as printed (lines joined). */
  section: string;
  /** 1-based line of the paper where it starts. */
  line: number;
}

type Kind = "blank" | "prose" | "heading" | "removed";

/** The paper's headings, as printed (a heading broken across lines is joined; a line-end hyphen joins without a space). */
export const HEADINGS = [
  "Abstract",
  "Introduction",
  "Influence of Mainland China's audiovisual content in Hong Kong China",
  "Overall competitive profile",
  "Competitiveness of films produced in mainland China",
  "Status of issuance",
  "Broadcast situation",
  "Competitive situation",
  "TV Competitiveness of Mainland China",
  "Animation industry",
  "Documentary film industry",
  "Major competition for mainland Chinese audiovisual content in Hong Kong",
  "USA: Hollywood films",
  "Japan: The popular anime culture",
  "Hong Kong: The Resurgence of Local Industries",
  "A new record in Hong Kong's film history",
  "The glorious return of Hong Kong drama",
  "Export of audiovisual content from Hong Kong, China",
  "Overall export performance",
  "Mainland China as the top export region",
  "Neighboring Chinese-speaking Circle as the main export area",
  "Policy promotion role of the Mainland and Hong Kong",
  "Competitiveness of Hong Kong Films Going Overseas",
  "Films Going Overseas",
  "Overseas promotion",
  "Overseas Recognition of Hong Kong Performers",
  "Promotion of Hong Kong Government Policies",
  "Competitiveness of Hong Kong Television Overseas",
  "The continued rise of mobile streaming platforms",
  "Ongoing co-operation with Mainland platforms",
  "Development trend of audio-visual products in the two places under the vision of globalization",
  "Mainland costume dramas have significant advantages in Hong Kong",
  "Opportunities for co-operation such as co-productions of dramas between the two places will continue to deepen",
  "The continued rise of online platforms such as streaming media",
  "Influence of policy effects will gradually increase",
  "Conclusion",
] as const;

const FURNITURE = [/^https?:\/\/doi\.org\//i, /^JOURNAL OF MODERN SOCIAL SCIENCES\b/, /^ISSN\b/, /^\d{1,3}$/];
const CAPTION = /^(Table|Figure) \d+\./;
const ABBREVIATIONS = /\b(?:e\.g|i\.e|vs|Bros|Co|Ltd|No|Inc|Mr|Mrs|Dr|St)\.$/;
const SENTENCE_END = /[.!?]["”’)]*$/;
const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
const lowerShare = (ws: string[]) => (ws.length ? ws.filter((w) => /^["“']?\p{Ll}/u.test(w)).length / ws.length : 0);
const joinHeading = (ls: string[]) => ls.reduce((a, l) => (a === "" ? l : /\p{L}-$/u.test(a) ? a + l : `${a} ${l}`), "");

/** A footnote starts with its number, a space and a capital letter, and reads as words, not table cells. */
function isFootnoteStart(line: string, n: number): boolean {
  if (!line.startsWith(`${n} `) || !/^\d+ \p{Lu}/u.test(line) || /\p{Script=Han}/u.test(line)) return false;
  const tokens = line.split(/\s+/).slice(1);
  return words(tokens.join(" ")).length >= 3 && !tokens.some((t) => /^[\d.,%/:-]+$/.test(t));
}

/** Every sentence of the paper's prose, in order, with its section (rules 1-7, 9). */
export function paperProseSentences(text: string): ScannedSentence[] {
  let raw = text.split(/\r?\n/);
  const refs = raw.findIndex((l) => /^\s*(References|Bibliography)\s*$/i.test(l));
  if (refs >= 0) raw = raw.slice(0, refs);
  const lines = raw.map((l) => l.trim());
  const kind: Kind[] = lines.map((l) => (l === "" ? "blank" : "prose"));
  const headingAt = new Map<number, string>();

  // Rule 2: page furniture.
  lines.forEach((l, i) => {
    if (FURNITURE.some((re) => re.test(l))) kind[i] = "removed";
  });

  // Rule 6: headings, a run of up to four consecutive lines that spells one of HEADINGS.
  const headings = new Set<string>(HEADINGS);
  for (let i = 0; i < lines.length; i++) {
    for (let k = 1; k <= 4 && i + k <= lines.length; k++) {
      const run = lines.slice(i, i + k);
      if (run.some((l) => l === "")) break;
      const h = joinHeading(run);
      if (headings.has(h)) {
        for (let j = i; j < i + k; j++) kind[j] = "heading";
        headingAt.set(i, h);
        i += k - 1;
        break;
      }
    }
  }

  // Blocks: runs of non-blank lines.
  const blocks: { from: number; to: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (kind[i] === "blank") continue;
    const from = i;
    while (i + 1 < lines.length && kind[i + 1] !== "blank") i++;
    blocks.push({ from, to: i });
  }
  const blockOf = (i: number) => blocks.findIndex((b) => b.from <= i && i <= b.to);
  const remove = (from: number, to: number) => {
    for (let j = from; j <= to; j++) if (kind[j] === "prose") kind[j] = "removed";
  };

  // Rule 3: footnotes, numbered in order, each to the end of its block or to a line that starts
  // with a space (in this extraction, the top of a new column).
  let nextNote = 1;
  let inNote = false;
  for (let i = 0; i < lines.length; i++) {
    if (kind[i] === "blank" || /^\s/.test(raw[i]!)) inNote = false;
    if (kind[i] !== "prose") continue;
    if (isFootnoteStart(lines[i]!, nextNote)) {
      nextNote++;
      inNote = true;
    }
    if (inNote) kind[i] = "removed";
  }

  // Rule 5, first test, for every block.
  const prose = (b: { from: number; to: number }) => lines.slice(b.from, b.to + 1).filter((_, k) => kind[b.from + k] === "prose");
  const isLongProse = (b: { from: number; to: number }) => {
    const ws = words(prose(b).join(" "));
    return ws.length >= 12 && lowerShare(ws) >= 0.5;
  };
  const hasHeading = (b: { from: number; to: number }) => kind.slice(b.from, b.to + 1).includes("heading");

  // Rule 4: table notes; captions, with the table or figure after them up to the next prose or heading.
  lines.forEach((l, i) => {
    if (kind[i] === "prose" && /^Note:/.test(l)) remove(i, blocks[blockOf(i)]!.to);
  });
  for (let n = 0; n < blocks.length; n++) {
    const b = blocks[n]!;
    const at = prose(b).length ? lines.slice(b.from, b.to + 1).findIndex((l, k) => kind[b.from + k] === "prose" && CAPTION.test(l)) : -1;
    if (at < 0) continue;
    remove(b.from + at, b.to);
    while (n + 1 < blocks.length && !isLongProse(blocks[n + 1]!) && !hasHeading(blocks[n + 1]!))
      remove(blocks[n + 1]!.from, blocks[++n]!.to);
  }

  // Rule 5: the other debris, block by block.
  const long = blocks.map(isLongProse);
  blocks.forEach((b, n) => {
    const ws = words(prose(b).join(" "));
    if (!ws.length || long[n]) return;
    const prev = blocks.slice(0, n).findLastIndex((c) => prose(c).length > 0);
    const next = blocks.findIndex((c, m) => m > n && prose(c).length > 0);
    const nearProse = (prev >= 0 && long[prev]) || (next >= 0 && long[next]);
    // The first line of a paragraph under a heading is often a block of its own in this extraction.
    const underHeading = kind[b.from] === "heading" || (n > 0 && kind[blocks[n - 1]!.to] === "heading");
    const firstLine = underHeading && next === n + 1 && long[next];
    if (!firstLine && !(ws.length >= 3 && lowerShare(ws) >= 0.5 && nearProse)) remove(b.from, b.to);
  });

  // Rule 7: sentences; rule 9: gaps.
  const out: ScannedSentence[] = [];
  let section = "";
  let parts: string[] = [];
  let startLine = 0;
  let gap = false;
  const flush = () => {
    const s = normaliseSpace(parts.join(" "));
    if (s) out.push({ sentence: s, section, line: startLine });
    parts = [];
    gap = false;
  };
  for (let i = 0; i < lines.length; i++) {
    if (kind[i] === "blank") continue;
    if (kind[i] === "removed") {
      gap = true;
      continue;
    }
    if (kind[i] === "heading") {
      flush();
      const h = headingAt.get(i);
      if (h) section = h;
      continue;
    }
    const l = lines[i]!;
    splitSentences(l).forEach((p, k) => {
      if (k > 0) flush();
      if (!parts.length) {
        startLine = i + 1;
        gap = false;
      }
      if (gap) parts.push(GAP.trim());
      gap = false;
      parts.push(p);
    });
    if (SENTENCE_END.test(l) && !ABBREVIATIONS.test(l)) flush();
  }
  flush();
  return out;
}

/** Splits one line at the sentence ends inside it (rule 7). */
function splitSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["”’)]*(?=\s+["“]?[\p{Lu}\d])|(?<=[%\p{L}])\.\d{1,2}(?=\s+\p{Lu})|(?<=[\p{Ll}\d])\.(?=\p{Lu}\p{Ll})/gu;
  for (const m of line.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (ABBREVIATIONS.test(line.slice(0, end))) continue;
    out.push(line.slice(start, end));
    start = end;
  }
  out.push(line.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The paper's sentences that state a number, a rank, a trend or a comparison (rule 8). */
export function checkableSentences(text: string): ScannedSentence[] {
  return paperProseSentences(text).filter((s) => TRIGGERS.test(s.sentence));
}

/** Those not yet in the inventory. */
export function notInInventory(text: string, inventory: readonly string[]): ScannedSentence[] {
  const have = new Set(inventory.map(normaliseSpace));
  return checkableSentences(text).filter((s) => !have.has(s.sentence));
}

function main(): void {
  const root = resolve(import.meta.dirname, "..");
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  const paper = file ? resolve(file) : paperTextPath(root);
  const text = readFileSync(paper, "utf8");
  const inv = readPaperSentences(root, { paperText: text });
  const missing = notInInventory(
    text,
    inv.rows.map((r) => r.sentence),
  );
  const all = checkableSentences(text).length;
  if (args.includes("--all")) for (const s of paperProseSentences(text)) console.log(`${s.line}\t[${s.section}]\t${s.sentence}`);
  for (const s of missing) console.log(`line ${s.line} [${s.section}]\n  ${s.sentence}\n`);
  console.log(
    `${all} sentences state a number, a rank, a trend or a comparison; ${all - missing.length} are in the inventory, ` +
      `${missing.length} are not.`,
  );
  process.exit(missing.length ? 1 : 0);
}

if (import.meta.main) main();
