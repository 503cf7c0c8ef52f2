/**
 * What every section's claims share: the result types, the reading policy's rules (qualifiers,
 * combining parts and readings), lookups in the data, and the words of each edition.
 *
 * A claim's test runs once and gives one verdict; every text of its result is Localized, the
 * English and the Hong Kong Chinese side by side, with numbers through each locale's formatter
 * and names through the glossary (`zhOf`). So the two editions cannot disagree on a verdict.
 */
import type { SiteData } from "../../data/load.ts";
import type { FactDatasetId } from "../../data/registry.ts";
import { paperRefIn, type Verdict } from "../../data/findings.ts";
import type { Fact } from "../../data/facts.ts";
import { type Direction, type TradeRecord, tradeRows, tradeRowsOfYear, tradeYears } from "../../data/trade.ts";
import type { Words } from "../../data/words.ts";
import { formatPercent } from "../../lib/format.ts";
import type { Formatter } from "../../lib/formatters.ts";
import type { Locale, Localized } from "../../lib/i18n.ts";
import { editionWords } from "../numbers.ts";

/** One reading of a sentence (or of one of its statements) and what the data say under it. */
export interface Reading {
  reading: Localized;
  verdict: Verdict;
  evidence: Localized;
}

/** One statement of a sentence that makes several, with its own result. */
export interface Part {
  /** The statement, in the paper's words (English) and in translation (Chinese). */
  statement: Localized;
  verdict: Verdict;
  evidence: Localized;
  readings?: Reading[];
}

export interface ClaimResult {
  verdict: Verdict;
  /** The figures that decide it, in words. */
  evidence: Localized;
  /** When the whole sentence admits more than one reading. */
  readings?: Reading[];
  /** When the sentence makes several statements. */
  parts?: Part[];
}

export interface Claim {
  /** Also the id of its row in data/paper/sentences.csv. */
  id: string;
  /** The words tested, as printed (English): the sentence or the part of it that states the figures. */
  quote: string;
  /** Tables, figures or texts it is tested against, as the paper names them ("Table 8"); `againstIn` gives 表8. */
  against: string[];
  /** Runs once; the verdict is the same in both editions, and each text is given in both. */
  test(d: SiteData): ClaimResult;
}

// Qualifiers.

/** "about", "approximately", "around": within a tenth of the stated figure, or half a unit of its last digit, whichever is wider. */
export function isAbout(actual: number, stated: number, unit = 0): boolean {
  return Math.abs(actual - stated) <= Math.max(Math.abs(stated) * 0.1, unit / 2) + 1e-9;
}

/** "nearly", "almost": not above the stated figure, and "about" it. */
export function isNearly(actual: number, stated: number, unit = 0): boolean {
  return actual <= stated && isAbout(actual, stated, unit);
}

// Combining results.

const SEVERITY: readonly Verdict[] = ["does-not-hold", "depends-on-reading", "cannot-check", "holds"];

/** A sentence holds only if all its parts hold (see the policy in claims.ts). */
export function combineParts(verdicts: readonly Verdict[]): Verdict {
  return SEVERITY.find((v) => verdicts.includes(v)) ?? "cannot-check";
}

/** Readings that agree give their verdict; readings that differ give "depends-on-reading". */
export function combineReadings(verdicts: readonly Verdict[]): Verdict {
  return verdicts.length && verdicts.every((v) => v === verdicts[0]) ? verdicts[0]! : "depends-on-reading";
}

const VERDICT_WORDS: Record<Verdict, [string, string]> = {
  holds: ["holds", "hold"],
  "does-not-hold": ["does not hold", "do not hold"],
  "depends-on-reading": ["depends on the reading", "depend on the reading"],
  "cannot-check": ["cannot be checked", "cannot be checked"],
};
/** The verdicts in Chinese, as the checking chapter names them. */
export const VERDICT_ZH: Record<Verdict, string> = {
  holds: "成立",
  "does-not-hold": "不成立",
  "depends-on-reading": "視乎解讀",
  "cannot-check": "無法核實",
};
const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
export const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);
export const ordinal = (n: number) =>
  n + (n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th");

/** English and Chinese, side by side. */
export const both = (en: string, zh: string): Localized => ({ en, "zh-hk": zh });

const ZH_NUMERALS = ["零", "一", "兩", "三", "四", "五", "六", "七", "八", "九", "十"];

export function ofParts(parts: Part[], evidence?: Localized): ClaimResult {
  const counts = SEVERITY.map((v) => [v, parts.filter((p) => p.verdict === v).length] as const).filter(([, n]) => n > 0);
  const summary = `It makes ${inWords(parts.length)} statements: ${counts
    .map(([v, n]) => `${inWords(n)} ` + `${VERDICT_WORDS[v][n === 1 ? 0 : 1]}`)
    .join(", ")}.`;
  const summaryZh = `這句話包含${zhCount(parts.length, "項")}陳述：${counts.map(([v, n]) => `${zhCount(n, "項")}${VERDICT_ZH[v]}`).join("、")}。`;
  return {
    verdict: combineParts(parts.map((p) => p.verdict)),
    evidence: evidence ? both(`${summary} ${evidence.en}`, `${summaryZh}${evidence["zh-hk"]}`) : both(summary, summaryZh),
    parts,
  };
}

export function ofReadings(readings: Reading[], evidence: Localized): ClaimResult {
  return { verdict: combineReadings(readings.map((r) => r.verdict)), evidence, readings };
}

export const part = (statement: Localized, verdict: Verdict, evidence: Localized): Part => ({ statement, verdict, evidence });
export const partByReadings = (statement: Localized, readings: Reading[], evidence: Localized = both("", "")): Part => ({
  statement,
  verdict: combineReadings(readings.map((r) => r.verdict)),
  evidence,
  readings,
});
export const reading = (r: Localized, verdict: Verdict, evidence: Localized): Reading => ({ reading: r, verdict, evidence });
export const holds = (ok: boolean): Verdict => (ok ? "holds" : "does-not-hold");
export const cannot = (evidence: Localized): ClaimResult => ({ verdict: "cannot-check", evidence });

// Lookups.

export const row = (d: SiteData, dir: Direction, year: number, place: string): TradeRecord | undefined =>
  tradeRowsOfYear(d, dir, year).find((r) => r.place === place);
export const rank = (d: SiteData, dir: Direction, year: number, k: number): TradeRecord | undefined =>
  tradeRowsOfYear(d, dir, year).find((r) => r.rank === k);
/** One place's rows, by year, over the paper's years. */
export const seriesOf = (d: SiteData, dir: Direction, place: string, from = 2011, to = 2022) =>
  tradeRows(d, dir)
    .filter((r) => r.place === place && r.year >= from && r.year <= to)
    .sort((a, b) => a.year - b.year);
export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
export const mean = (xs: readonly number[]) => sum(xs) / xs.length;
export const share = (r: TradeRecord | undefined) =>
  r?.share_percent == null ? "not legible in the extracted text" : formatPercent(r.share_percent);
export const list = (xs: readonly (string | number)[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);
export const fact = (d: SiteData, dataset: FactDatasetId, id: string): Fact => {
  const f = d[dataset].find((x) => x.id === id);
  if (!f) throw new Error(`No fact "${id}" in ${dataset}`);
  return f;
};
export const boxOffice = (d: SiteData, id: string) => d["box-office-2022"].find((r) => r.id === id)!;
export const release = (d: SiteData, id: string) => d["film-releases-2021-2022"].find((r) => r.id === id)!;
export const origin = (d: SiteData, place: string) => d["origin-of-releases-2022"].find((o) => o.place === place)?.films ?? 0;
export const byBoxOffice = <T extends { box_office_hkd: number }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => b.box_office_hkd - a.box_office_hkd);
export const mainlandOnly = (d: SiteData) => d["mainland-films-hk-2022"].filter((f) => f.origin === "mainland-china");
export const meanRating = (d: SiteData, year: number) =>
  mean(d["tvb-mainland-dramas-prime-time"].filter((r) => r.year === year).map((r) => r.rating_points));
export const dramasIn = (d: SiteData, year: number) => d["tvb-mainland-dramas-prime-time"].filter((r) => r.year === year);
/** Table 5's series that are not TVB's own: genre marked outsourced or purchased. */
export const boughtIn = (d: SiteData) => d["tvb-schedule-2024"].filter((r) => /^(outsourced|purchased)\b/i.test(r.genre));
const PLACE_NAMES: Record<string, string> = {
  "mainland-china": "the Mainland",
  "taiwan-china": "Taiwan",
  japan: "Japan",
  usa: "the United States",
  singapore: "Singapore",
  ireland: "Ireland",
  "south-korea": "South Korea",
  "macao-china": "Macao",
  malaysia: "Malaysia",
  germany: "Germany",
  brazil: "Brazil",
  netherlands: "the Netherlands",
};
export const placeName = (d: SiteData, id: string | null) =>
  id === null ? "a place not legible in the extracted text" : (PLACE_NAMES[id] ?? d.places.find((p) => p.id === id)?.display_name ?? id);
/** Years in which a series went up on the year before. */
export const risingYears = (xs: readonly { year: number; v: number | null }[]) =>
  xs.filter((x, i) => i > 0 && x.v !== null && xs[i - 1]!.v !== null && x.v > xs[i - 1]!.v!).map((x) => x.year);
/** Years of Table 8 whose block is missing or whose first place is not legible. */
export const exportLeaderUnknown = (d: SiteData, from = 2011, to = 2022) =>
  tradeYears(d, "exports").filter(
    (y) => y >= from && y <= to && !rank(d, "exports", y, 1)?.value_hkd_thousand && rank(d, "exports", y, 1)?.share_percent == null,
  );
/** Places Table 8 prints in a year: rows with a legible place, leaving out those the data take from the paper's prose. */
export const exportPlacesShown = (d: SiteData, year: number) =>
  tradeRowsOfYear(d, "exports", year).filter((r) => r.place !== null && !/from the paper's prose/.test(r.note ?? ""));
export const NEIGHBOURS = ["mainland-china", "taiwan-china", "macao-china", "japan", "singapore"];
export const FILMS_NEIGHBOURS = ["mainland-china", "taiwan-china", "singapore", "malaysia", "south-korea"];

// The Chinese edition's words.

/** A small count in Chinese numerals with its classifier, as Hong Kong papers write it: (2, "項") -> "兩項"; 12 -> "12項". */
export function zhCount(n: number, classifier: string): string {
  return `${ZH_NUMERALS[n] ?? String(n)}${classifier}`;
}

/** What a claim's Chinese texts need: the formatter, and names from the glossary. */
export interface Zh {
  w: Words;
  f: Formatter;
  /** A place by id (the glossary's name); a place the extracted text does not show, said so. */
  place(id: string | null): string;
  /** A trade row's share, or that it is not legible. */
  share(r: TradeRecord | undefined): string;
  /** "a、b及c". */
  list(xs: readonly (string | number)[]): string;
  /** Years with 年 once, runs joined: "2014、2017至2019年". */
  years(ys: readonly number[]): string;
  /** A film of Tables 4 and 7 by its Hong Kong title, in 《》. */
  film(f: { title_zh: string }): string;
  /** A TV drama, printed only in English: the glossary's Chinese title where it has one, else the English title; in 《》. */
  drama(en: string): string;
  /** A TV genre as printed ("Outsourced/Crime Drama"), in the glossary's words ("外判／犯罪劇"). */
  genre(printed: string): string;
  /** A glossary term by id. */
  term(id: string): string;
}

const ZH_CACHE = new WeakMap<SiteData, Zh>();

export function zhOf(d: SiteData): Zh {
  const cached = ZH_CACHE.get(d);
  if (cached) return cached;
  const w = editionWords(d, "zh-hk");
  const byEn = (kind: string, en: string) => d.glossary.find((g) => g.kind === kind && g.en.toLowerCase() === en.toLowerCase());
  const zh: Zh = {
    w,
    f: w.f,
    place: (id) => (id === null ? "抽取文字中無法辨認的地方" : w.place(id)),
    share: (r) => (r?.share_percent == null ? "無法辨認的佔比" : w.f.percent(r.share_percent)),
    list: (xs) => w.f.list(xs.map(String)),
    years: (ys) => w.f.years(ys),
    film: (f) => `《${w.title(f.title_zh).text}》`,
    drama: (en) => `《${byEn("title", en)?.zh_hk ?? en}》`,
    genre: (printed) =>
      printed
        .split("/")
        .map((g) => g.trim())
        .map((g) => byEn("genre", g)?.zh_hk ?? g)
        .join("／"),
    term: (id) => w.term(id),
  };
  ZH_CACHE.set(d, zh);
  return zh;
}

/** A source a claim is tested against, as an edition names it: "Table 8" / "表8", "the paper's own text" / "論文正文". */
export function sourceIn(source: string, locale: Locale): string {
  if (locale === "en") return source;
  const ref = (s: string) => paperRefIn(s, "zh-hk");
  const own = /^the paper's own text(?: \((.+)\))?$/.exec(source);
  if (own) {
    const inner = own[1] === undefined ? "" : own[1] === "films abroad" ? "港產片在外地的數字" : ref(own[1]);
    return inner ? `論文正文（${inner}）` : "論文正文";
  }
  const table = ref(source);
  if (table === source) throw new Error(`No Chinese name for the claim source “${source}” (src/story/claims/shared.ts)`);
  return table;
}

/** The sources a claim is tested against, in an edition. */
export function againstIn(claim: Claim, locale: Locale): string[] {
  return claim.against.map((s) => sourceIn(s, locale));
}

/** A claim's result in one edition: the same verdicts, each text in that edition's language. */
export interface ClaimResultText {
  verdict: Verdict;
  evidence: string;
  readings?: { reading: string; verdict: Verdict; evidence: string }[];
  parts?: { statement: string; verdict: Verdict; evidence: string; readings?: { reading: string; verdict: Verdict; evidence: string }[] }[];
}

/** The result as one edition shows it. */
export function resultIn(r: ClaimResult, locale: Locale): ClaimResultText {
  const readingsIn = (rs: Reading[]) => rs.map((x) => ({ reading: x.reading[locale], verdict: x.verdict, evidence: x.evidence[locale] }));
  return {
    verdict: r.verdict,
    evidence: r.evidence[locale],
    ...(r.readings ? { readings: readingsIn(r.readings) } : {}),
    ...(r.parts
      ? {
          parts: r.parts.map((p) => ({
            statement: p.statement[locale],
            verdict: p.verdict,
            evidence: p.evidence[locale],
            ...(p.readings ? { readings: readingsIn(p.readings) } : {}),
          })),
        }
      : {}),
  };
}
