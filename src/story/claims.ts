/**
 * The paper's sentences that the tables can decide, each tested against them at build time.
 * Every claim is named by one row of the inventory (data/paper/sentences.csv, status "tested"),
 * which holds the sentence as printed and its section. A claim's verdict and the figures that
 * decide it are computed from data/, never written by hand.
 *
 * The claims live in src/story/claims/, one file per section of the paper; this module is their
 * index, in the paper's order. Each claim's test runs once: one verdict for both editions, and
 * every text of the result (evidence, readings, statements) Localized, English and Hong Kong
 * Chinese; `resultIn(result, locale)` gives one edition's view. The quoted sentences stay English.
 *
 * The reading policy, shown on the checking chapter:
 * - A sentence is read literally. Where it admits two readings, both are shown with their
 *   results, and if they differ the verdict is "depends-on-reading".
 * - A sentence that makes several statements is tested on each ("parts"); it holds only if
 *   every part holds. One part that does not hold makes the sentence not hold; otherwise a part
 *   that depends on the reading makes it depend; otherwise a part the data cannot decide makes
 *   it "cannot-check".
 * - Qualifiers keep their meaning (isAbout, isNearly): "about" is within a tenth of the figure,
 *   or half a unit of its last digit for a round figure (30% means 25-35%); "nearly" is at most
 *   the figure and within that margin below it; "more than" is above it.
 */
import type { SiteData } from "../data/load.ts";
import type { Verdict } from "../data/findings.ts";
import { formatterFor } from "../lib/formatters.ts";
import type { Locale } from "../lib/i18n.ts";
import { ABSTRACT } from "./claims/abstract.ts";
import { ANIMATION_DOCUMENTARY } from "./claims/animation-documentary.ts";
import { COMPETITION } from "./claims/competition.ts";
import { CONCLUSION } from "./claims/conclusion.ts";
import { EXPORTS } from "./claims/exports.ts";
import { MAINLAND_FILMS } from "./claims/mainland-films.ts";
import { OVERALL_PROFILE } from "./claims/overall-profile.ts";
import type { Claim } from "./claims/shared.ts";
import { TELEVISION } from "./claims/television.ts";
import { TRENDS } from "./claims/trends.ts";

export {
  againstIn,
  combineParts,
  combineReadings,
  isAbout,
  isNearly,
  resultIn,
  sourceIn,
  VERDICT_ZH,
  type Claim,
  type ClaimResult,
  type ClaimResultText,
  type Part,
  type Reading,
} from "./claims/shared.ts";

/** Every tested sentence, in the paper's order. */
export const CLAIMS: Claim[] = [
  ...ABSTRACT,
  ...OVERALL_PROFILE,
  ...MAINLAND_FILMS,
  ...TELEVISION,
  ...ANIMATION_DOCUMENTARY,
  ...COMPETITION,
  ...EXPORTS,
  ...TRENDS,
  ...CONCLUSION,
];

/** The claim with this id. */
export function claimById(id: string): Claim | undefined {
  return CLAIMS.find((c) => c.id === id);
}

/** What the checking chapter says it did: sentences by status, and the tested ones by verdict. */
export interface CheckingTally {
  sentences: number;
  tested: number;
  holds: number;
  doesNotHold: number;
  dependsOnReading: number;
  cannotCheck: number;
  notCheckable: number;
  notData: number;
}

/** Counts the inventory's rows and the verdicts of the claims that test them. */
export function checkingTally(rows: readonly { status: string; claim: string | null }[], d: SiteData): CheckingTally {
  const verdicts = rows.filter((r) => r.status === "tested").map((r) => claimById(r.claim ?? "")?.test(d).verdict);
  const n = (v: Verdict) => verdicts.filter((x) => x === v).length;
  return {
    sentences: rows.length,
    tested: verdicts.length,
    holds: n("holds"),
    doesNotHold: n("does-not-hold"),
    dependsOnReading: n("depends-on-reading"),
    cannotCheck: n("cannot-check"),
    notCheckable: rows.filter((r) => r.status === "not-checkable").length,
    notData: rows.filter((r) => r.status === "not-data").length,
  };
}

/**
 * The tally in words, in an edition. English: "N sentences, of which T tested (H hold, ...), U not
 * checkable, X not claims about data." Chinese: "N句，其中T句經數據檢驗（H句成立、……），U句無法以這些數據檢驗，X句並非關於數據的陳述。"
 */
export function tallySentence(t: CheckingTally, locale: Locale): string {
  const f = formatterFor(locale);
  if (locale === "zh-hk")
    return (
      `${f.integer(t.sentences)}句，其中${f.integer(t.tested)}句經數據檢驗（${f.integer(t.holds)}句成立、` +
      `${f.integer(t.doesNotHold)}句不成立、${f.integer(t.dependsOnReading)}句視乎解讀、${f.integer(t.cannotCheck)}句無法核實），` +
      `${f.integer(t.notCheckable)}句無法以這些數據檢驗，${f.integer(t.notData)}句並非關於數據的陳述。`
    );
  return (
    `${f.integer(t.sentences)} sentences, of which ${f.integer(t.tested)} tested (${f.integer(t.holds)} hold, ` +
    `${f.integer(t.doesNotHold)} do not hold, ${f.integer(t.dependsOnReading)} depend on the reading, ` +
    `${f.integer(t.cannotCheck)} cannot be checked), ${f.integer(t.notCheckable)} not checkable, ` +
    `${f.integer(t.notData)} not claims about data.`
  );
}
