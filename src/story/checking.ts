/**
 * What the checking chapter and the checks page print: the inventory of the paper's sentences
 * (data/paper/sentences.csv) counted, and each tested sentence with its claim's result in an
 * edition. One function for both pages, so the chapter's summary and the full list cannot disagree.
 */
import { DataCheckError } from "../data/issues.ts";
import type { SiteData } from "../data/load.ts";
import type { Verdict } from "../data/findings.ts";
import { readPaperSentences, type PaperSentence } from "../data/paper-sentences.ts";
import type { Locale } from "../lib/i18n.ts";
import { CLAIMS, againstIn, checkingTally, claimById, resultIn, type CheckingTally, type Claim, type ClaimResultText } from "./claims.ts";

export interface TestedSentence {
  row: PaperSentence;
  claim: Claim;
  /** The claim's result, its texts in the edition's language. */
  result: ClaimResultText;
  /** The sources it is tested against, as the edition names them. */
  against: string[];
  /** The Chinese edition's translation of the sentence, its section and its reason. */
  translation?: { section_zh_hk: string; sentence_zh_hk: string; reason_zh_hk: string | null };
}

export interface Checking {
  tally: CheckingTally;
  /** Every tested sentence, in the paper's order. */
  tested: TestedSentence[];
}

/** The verdicts in the order the summaries list them: what does not hold first. */
export const VERDICT_ORDER: readonly Verdict[] = ["does-not-hold", "depends-on-reading", "cannot-check", "holds"];

const CACHE = new WeakMap<SiteData, Partial<Record<Locale, Checking>>>();

/**
 * The inventory read from `root` (its references to claims and its sentences against the paper's
 * text checked: a problem stops the build), its tally, and each tested sentence in `locale`.
 */
export function checkingOf(root: string, data: SiteData, locale: Locale): Checking {
  const cached = CACHE.get(data) ?? {};
  if (cached[locale]) return cached[locale];
  const inventory = readPaperSentences(root, { claimIds: CLAIMS.map((c) => c.id) });
  if (inventory.issues.length) throw new DataCheckError(inventory.issues);
  const translations = new Map(data["paper-sentences-zh-hk"].map((t) => [t.id, t]));
  const tested = inventory.rows
    .filter((r) => r.status === "tested")
    .map((row) => {
      const claim = claimById(row.claim!)!;
      const t = translations.get(row.id);
      return {
        row,
        claim,
        result: resultIn(claim.test(data), locale),
        against: againstIn(claim, locale),
        ...(t ? { translation: { section_zh_hk: t.section_zh_hk, sentence_zh_hk: t.sentence_zh_hk, reason_zh_hk: t.reason_zh_hk } } : {}),
      };
    });
  const checking = { tally: checkingTally(inventory.rows, data), tested };
  cached[locale] = checking;
  CACHE.set(data, cached);
  return checking;
}

/** The tested sentences with a verdict, in the paper's order. */
export function withVerdict(checking: Checking, verdict: Verdict): TestedSentence[] {
  return checking.tested.filter((t) => t.result.verdict === verdict);
}
