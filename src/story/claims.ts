/**
 * The paper's sentences that the tables can decide, each tested against them at build time.
 * Every claim is named by one row of the inventory (data/paper/sentences.csv, status "tested"),
 * which holds the sentence as printed and its section. A claim's verdict and the figures that
 * decide it are computed from data/, never written by hand.
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
import type { FactDatasetId } from "../data/registry.ts";
import type { Verdict } from "../data/findings.ts";
import type { Fact } from "../data/facts.ts";
import { type Direction, impliedTotal, type TradeRecord, tradeRows, tradeYears } from "../data/trade.ts";
import { formatDecimal, formatHKD, formatHKDMillions, formatHKDThousandShort, formatInteger, formatPercent } from "../lib/format.ts";

/** One reading of a sentence (or of one of its statements) and what the data say under it. */
export interface Reading {
  reading: string;
  verdict: Verdict;
  evidence: string;
}

/** One statement of a sentence that makes several, with its own result. */
export interface Part {
  /** The statement, in the paper's words. */
  statement: string;
  verdict: Verdict;
  evidence: string;
  readings?: Reading[];
}

export interface ClaimResult {
  verdict: Verdict;
  /** The figures that decide it, in words. */
  evidence: string;
  /** When the whole sentence admits more than one reading. */
  readings?: Reading[];
  /** When the sentence makes several statements. */
  parts?: Part[];
}

export interface Claim {
  /** Also the id of its row in data/paper/sentences.csv. */
  id: string;
  /** The words tested, as printed: the sentence or the part of it that states the figures. */
  quote: string;
  /** Tables, figures or texts it is tested against. */
  against: string[];
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

/** A sentence holds only if all its parts hold (see the policy above). */
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
const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);
const ordinal = (n: number) =>
  n + (n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th");

function ofParts(parts: Part[], evidence?: string): ClaimResult {
  const counts = SEVERITY.map((v) => [v, parts.filter((p) => p.verdict === v).length] as const).filter(([, n]) => n > 0);
  const summary = `It makes ${inWords(parts.length)} statements: ${counts
    .map(([v, n]) => `${inWords(n)} ` + `${VERDICT_WORDS[v][n === 1 ? 0 : 1]}`)
    .join(", ")}.`;
  return { verdict: combineParts(parts.map((p) => p.verdict)), evidence: evidence ? `${summary} ${evidence}` : summary, parts };
}

function ofReadings(readings: Reading[], evidence: string): ClaimResult {
  return { verdict: combineReadings(readings.map((r) => r.verdict)), evidence, readings };
}

const part = (statement: string, verdict: Verdict, evidence: string): Part => ({ statement, verdict, evidence });
const partByReadings = (statement: string, readings: Reading[], evidence = ""): Part => ({
  statement,
  verdict: combineReadings(readings.map((r) => r.verdict)),
  evidence,
  readings,
});
const reading = (r: string, verdict: Verdict, evidence: string): Reading => ({ reading: r, verdict, evidence });
const holds = (ok: boolean): Verdict => (ok ? "holds" : "does-not-hold");
const cannot = (evidence: string): ClaimResult => ({ verdict: "cannot-check", evidence });

// Lookups.

const row = (d: SiteData, dir: Direction, year: number, place: string): TradeRecord | undefined =>
  tradeRows(d, dir).find((r) => r.year === year && r.place === place);
const rank = (d: SiteData, dir: Direction, year: number, k: number): TradeRecord | undefined =>
  tradeRows(d, dir).find((r) => r.year === year && r.rank === k);
/** One place's rows, by year, over the paper's years. */
const seriesOf = (d: SiteData, dir: Direction, place: string, from = 2011, to = 2022) =>
  tradeRows(d, dir)
    .filter((r) => r.place === place && r.year >= from && r.year <= to)
    .sort((a, b) => a.year - b.year);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]) => sum(xs) / xs.length;
const share = (r: TradeRecord | undefined) =>
  r?.share_percent == null ? "not legible in the extracted text" : formatPercent(r.share_percent);
const list = (xs: readonly (string | number)[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);
const fact = (d: SiteData, dataset: FactDatasetId, id: string): Fact => {
  const f = d[dataset].find((x) => x.id === id);
  if (!f) throw new Error(`No fact "${id}" in ${dataset}`);
  return f;
};
const boxOffice = (d: SiteData, id: string) => d["box-office-2022"].find((r) => r.id === id)!;
const release = (d: SiteData, id: string) => d["film-releases-2021-2022"].find((r) => r.id === id)!;
const origin = (d: SiteData, place: string) => d["origin-of-releases-2022"].find((o) => o.place === place)?.films ?? 0;
const byBoxOffice = <T extends { box_office_hkd: number }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => b.box_office_hkd - a.box_office_hkd);
const mainlandOnly = (d: SiteData) => d["mainland-films-hk-2022"].filter((f) => f.origin === "mainland-china");
const meanRating = (d: SiteData, year: number) =>
  mean(d["tvb-mainland-dramas-prime-time"].filter((r) => r.year === year).map((r) => r.rating_points));
const dramasIn = (d: SiteData, year: number) => d["tvb-mainland-dramas-prime-time"].filter((r) => r.year === year);
/** Table 5's series that are not TVB's own: genre marked outsourced or purchased. */
const boughtIn = (d: SiteData) => d["tvb-schedule-2024"].filter((r) => /^(outsourced|purchased)\b/i.test(r.genre));
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
const placeName = (d: SiteData, id: string | null) =>
  id === null ? "a place not legible in the extracted text" : (PLACE_NAMES[id] ?? d.places.find((p) => p.id === id)?.display_name ?? id);
/** Years in which a series went up on the year before. */
const risingYears = (xs: readonly { year: number; v: number | null }[]) =>
  xs.filter((x, i) => i > 0 && x.v !== null && xs[i - 1]!.v !== null && x.v > xs[i - 1]!.v!).map((x) => x.year);
/** Years of Table 8 whose block is missing or whose first place is not legible. */
const exportLeaderUnknown = (d: SiteData, from = 2011, to = 2022) =>
  tradeYears(d, "exports").filter(
    (y) => y >= from && y <= to && !rank(d, "exports", y, 1)?.value_hkd_thousand && rank(d, "exports", y, 1)?.share_percent == null,
  );
/** Places Table 8 prints in a year: rows with a legible place, leaving out those the data take from the paper's prose. */
const exportPlacesShown = (d: SiteData, year: number) =>
  d["trade-exports"].filter((r) => r.year === year && r.place !== null && !/from the paper's prose/.test(r.note ?? ""));
const NEIGHBOURS = ["mainland-china", "taiwan-china", "macao-china", "japan", "singapore"];
const FILMS_NEIGHBOURS = ["mainland-china", "taiwan-china", "singapore", "malaysia", "south-korea"];

export const CLAIMS: Claim[] = [
  {
    id: "abstract-mainland-largest-outlet",
    quote: "The latest figures indicate that Mainland China represents the largest outlet for Hong Kong's audio-visual products.",
    against: ["Table 8"],
    test: (d) => {
      const y = tradeYears(d, "exports").at(-1)!;
      const top = rank(d, "exports", y, 1);
      if (!top?.place) return cannot(`Table 8's first place in ${y} is not legible in the extracted text.`);
      return {
        verdict: holds(top.place === "mainland-china"),
        evidence:
          `Table 8, ${y}: first is ${placeName(d, top.place)}, with ${share(top)} of Hong Kong's exports of film- and ` +
          `TV-related goods.`,
      };
    },
  },
  {
    id: "abstract-less-pronounced",
    quote:
      "the dissemination effect of Mainland products in Hong Kong is generally less pronounced than that of products from the " +
      "United States and Japan",
    against: ["Table 1", "Figure 3"],
    test: (d) => {
      const [m, j, u, fifth] = [
        row(d, "imports", 2022, "mainland-china"),
        row(d, "imports", 2022, "japan"),
        row(d, "imports", 2022, "usa"),
        rank(d, "imports", 2022, 5),
      ];
      const usAhead = u?.share_percent != null && m?.share_percent != null && u.share_percent > m.share_percent;
      const jAhead = j?.share_percent != null && m?.share_percent != null && j.share_percent > m.share_percent;
      const goods = reading(
        "by imports of film- and TV-related goods, 2022 (Table 1)",
        holds(usAhead && jAhead),
        `Japan's ${share(j)} is ahead of the Mainland's ${share(m)}, but the United States ${
          u ? `has ${share(u)}` : `is not in ` + `the top five at all, so below the fifth place's ${share(fifth)}`
        }: behind the Mainland.`,
      );
      const [us, jp, cn] = [origin(d, "usa"), origin(d, "japan"), origin(d, "mainland-china")];
      const films = reading(
        "by films released in Hong Kong, 2022 (Figure 3)",
        holds(us > cn && jp > cn),
        `${us} American and ${jp} Japanese films against ${cn} from the Mainland.`,
      );
      return ofReadings([goods, films], "The sentence does not say how the effect is measured; the paper's data give two measures.");
    },
  },
  {
    id: "imports-decline-twelve-years",
    quote:
      "Analysis of data over the past twelve years indicates a decline in the production of Mainland China's film and " +
      "television products in Hong Kong, both in absolute terms and relative proportion.",
    against: ["Table 1"],
    test: (d) => {
      const [a, b] = [row(d, "imports", 2011, "mainland-china"), row(d, "imports", 2022, "mainland-china")];
      if (
        !a ||
        !b ||
        a.value_hkd_thousand === null ||
        b.value_hkd_thousand === null ||
        a.share_percent === null ||
        b.share_percent === null
      )
        return cannot("Table 1 lacks the Mainland's 2011 or 2022 figures.");
      return {
        verdict: holds(b.value_hkd_thousand < a.value_hkd_thousand && b.share_percent < a.share_percent),
        evidence:
          `Table 1: Hong Kong's imports from the Mainland fell from ${formatHKDThousandShort(a.value_hkd_thousand)} ` +
          `(${share(a)}) in 2011 to ${formatHKDThousandShort(b.value_hkd_thousand)} (${share(b)}) in 2022. (They are imports of ` +
          `goods; the sentence says "production".)`,
      };
    },
  },
  {
    id: "imports-recent-rebound",
    quote: "Despite a recent rebound in the last two years, the industry has yet to reach its peak",
    against: ["Table 1"],
    test: (d) => {
      const s = seriesOf(d, "imports", "mainland-china");
      const at = (y: number) => s.find((r) => r.year === y);
      const [y0, y1, y2] = [at(2020), at(2021), at(2022)];
      if (!y0 || !y1 || !y2) return cannot("Table 1 lacks one of the Mainland's 2020-2022 rows.");
      const peakShare = [...s].sort((a, b) => b.share_percent! - a.share_percent!)[0]!;
      const rebound = partByReadings("a recent rebound in the last two years", [
        reading(
          "by share of Hong Kong's imports",
          holds(y2.share_percent! > y0.share_percent!),
          `${share(y0)} in 2020, ${share(y1)} in 2021, ${share(y2)} in 2022: up over the two years, though down in 2021.`,
        ),
        reading(
          "by value",
          holds(y2.value_hkd_thousand! > y0.value_hkd_thousand!),
          `${formatHKDThousandShort(y0.value_hkd_thousand)} in 2020, ${formatHKDThousandShort(y1.value_hkd_thousand)} in 2021, ` +
            `${formatHKDThousandShort(y2.value_hkd_thousand)} in 2022: down in both years.`,
        ),
      ]);
      const peak = part(
        "the industry has yet to reach its peak",
        holds(y2.share_percent! < peakShare.share_percent!),
        `${share(y2)} in 2022 against the series' highest, ${share(peakShare)} in ${peakShare.year}.`,
      );
      return ofParts([rebound, peak]);
    },
  },
  {
    id: "imports-2022-mainland-second",
    quote: "in 2022, Mainland China constituted 14.4% of film and television imports to Hong Kong, ranking second",
    against: ["Table 1"],
    test: (d) => {
      const m = row(d, "imports", 2022, "mainland-china");
      if (!m) return cannot("Mainland China is not in Table 1's 2022 top five.");
      return {
        verdict: holds(m.rank === 2 && m.share_percent === 14.4),
        evidence: `Table 1, 2022: Mainland China ranks ${m.rank} with ${share(m)}.`,
      };
    },
  },
  {
    id: "imports-2022-japan-twofold",
    quote: "Japan led with 29.1%, with its total value surpassing that of all other countries combined by over twofold",
    against: ["Table 1"],
    test: (d) => {
      const j = row(d, "imports", 2022, "japan");
      const second = rank(d, "imports", 2022, 2);
      if (!j?.share_percent || !j.value_hkd_thousand) return cannot("Japan's 2022 figures are not in the data.");
      const others = 100 - j.share_percent;
      const restOfTopFive = sum(d["trade-imports"].filter((r) => r.year === 2022 && r.rank > 1).map((r) => r.share_percent ?? 0));
      return ofParts([
        part(
          "Japan led with 29.1%",
          holds(j.rank === 1 && j.share_percent === 29.1),
          `Table 1, 2022: Japan ranks ${j.rank} with ${share(j)}.`,
        ),
        part(
          "its total value surpassing that of all other countries combined by over twofold",
          holds(j.share_percent > 2 * others),
          `Japan's ${share(j)} of the year's imports leaves ${formatPercent(others)} to all other places combined, ` +
            `${formatDecimal(others / j.share_percent, 1)} times Japan's. Even the other four of the top five together ` +
            `(${formatPercent(restOfTopFive)}) exceed Japan. Japan's value is ` +
            `${formatDecimal(j.value_hkd_thousand / (second?.value_hkd_thousand ?? NaN), 1)} times that of the second place ` +
            `alone, which is not what the sentence says.`,
        ),
      ]);
    },
  },
  {
    id: "imports-year-on-year-decrease",
    quote:
      "a consistent decline in the acceptance of Mainland China's film and television products in Hong Kong, evidenced by a " +
      "year-on-year decrease in market share",
    against: ["Table 1"],
    test: (d) => {
      const s = seriesOf(d, "imports", "mainland-china");
      const up = risingYears(s.map((r) => ({ year: r.year, v: r.share_percent })));
      return {
        verdict: holds(up.length === 0),
        evidence:
          `Table 1: the Mainland's share fell from ${share(s[0])} in ${s[0]?.year} to ${share(s.at(-1))} in ` +
          `${s.at(-1)?.year}, but not every year: it rose in ${list(up)}.`,
      };
    },
  },
  {
    id: "imports-2011-peak",
    quote:
      "from a peak of approximately HK$1.77 billion (35.9% of the total) in 2011, the market share fell to HK$0.86 billion (23.1%) by 2014",
    against: ["Table 1"],
    test: (d) => {
      const rows = seriesOf(d, "imports", "mainland-china").filter((r) => r.share_percent !== null && r.value_hkd_thousand !== null);
      const [a, b] = [row(d, "imports", 2011, "mainland-china"), row(d, "imports", 2014, "mainland-china")];
      const peakShare = [...rows].sort((x, y) => y.share_percent! - x.share_percent!)[0]!;
      const peakValue = [...rows].sort((x, y) => y.value_hkd_thousand! - x.value_hkd_thousand!)[0]!;
      return ofParts([
        part(
          "a peak of approximately HK$1.77 billion (35.9% of the total) in 2011",
          holds(peakShare.year === 2011 && peakValue.year === 2011),
          `2011's figures match (${formatHKDThousandShort(a?.value_hkd_thousand ?? null)}, ${share(a)}), but they are not the ` +
            `peak: ${peakShare.year} was higher, ${formatHKDThousandShort(peakValue.value_hkd_thousand)} and ${share(peakShare)}.`,
        ),
        part(
          "the market share fell to HK$0.86 billion (23.1%) by 2014",
          holds(!!b?.value_hkd_thousand && isAbout(b.value_hkd_thousand / 1e6, 0.86, 0.01) && b.share_percent === 23.1),
          `2014: ${formatHKDThousandShort(b?.value_hkd_thousand ?? null)}, ${share(b)}.`,
        ),
      ]);
    },
  },
  {
    id: "imports-2019-low",
    quote: "A further decline commenced in 2017, reaching a low of 9.3% in 2019, trailing behind Japan, Ireland, Singapore, and others",
    against: ["Table 1"],
    test: (d) => {
      const s = seriesOf(d, "imports", "mainland-china");
      const at = (y: number) => s.find((r) => r.year === y);
      const m = at(2019);
      if (!m) return cannot("Mainland China is not in Table 1's 2019 top five.");
      const [y15, y16, y17] = [at(2015), at(2016), at(2017)];
      const low = [...s].filter((r) => r.share_percent !== null).sort((a, b) => a.share_percent! - b.share_percent!)[0]!;
      const ahead = d["trade-imports"].filter((r) => r.year === 2019 && r.rank < m.rank).sort((a, b) => a.rank - b.rank);
      const named = ["japan", "ireland", "singapore"];
      const namedAhead = named.every((p) => ahead.some((r) => r.place === p));
      return ofParts([
        part(
          "A further decline commenced in 2017",
          holds(y17!.share_percent! < y16!.share_percent! && y16!.share_percent! >= y15!.share_percent!),
          `${share(y15)} in 2015, ${share(y16)} in 2016, ${share(y17)} in 2017.`,
        ),
        part(
          "reaching a low of 9.3% in 2019",
          holds(low.year === 2019 && m.share_percent === 9.3),
          `2019: ${share(m)}, the lowest share in the series.`,
        ),
        partByReadings("trailing behind Japan, Ireland, Singapore, and others", [
          reading(
            "behind Japan, Ireland and Singapore",
            holds(namedAhead),
            `2019: the Mainland ranks ${m.rank}, behind ${list(ahead.map((r) => placeName(d, r.place)))}.`,
          ),
          reading(
            "behind those three and other places too",
            holds(namedAhead && ahead.length > named.length),
            `Only ${inWords(ahead.length)} places were ahead of it.`,
          ),
        ]),
      ]);
    },
  },
  {
    id: "imports-japan-upward-since-2016",
    quote:
      "Although recovery signs emerged in 2021, with a rise to second place in 2022, it remained inferior to Japanese " +
      "audiovisual products, which have been on an upward trajectory since 2016, consistently leading the market share.",
    against: ["Table 1"],
    test: (d) => {
      const m = seriesOf(d, "imports", "mainland-china");
      const j = seriesOf(d, "imports", "japan");
      const at = <T extends { year: number }>(s: T[], y: number) => s.find((r) => r.year === y)!;
      const jPeakShare = [...j].sort((a, b) => b.share_percent! - a.share_percent! || a.year - b.year)[0]!;
      const jPeakValue = [...j].sort((a, b) => b.value_hkd_thousand! - a.value_hkd_thousand!)[0]!;
      const j22 = at(j, 2022);
      const notFirst = j.filter((r) => r.year >= 2016 && r.rank !== 1);
      return ofParts([
        partByReadings("recovery signs emerged in 2021", [
          reading(
            "by rank",
            holds(at(m, 2021).rank < at(m, 2020).rank),
            `The Mainland moved from ${ordinal(at(m, 2020).rank)} place in 2020 to ${ordinal(at(m, 2021).rank)} in 2021.`,
          ),
          reading(
            "by share",
            holds(at(m, 2021).share_percent! > at(m, 2020).share_percent!),
            `Its share went from ${share(at(m, 2020))} to ${share(at(m, 2021))}, and its value from ` +
              `${formatHKDThousandShort(at(m, 2020).value_hkd_thousand)} to ${formatHKDThousandShort(at(m, 2021).value_hkd_thousand)}.`,
          ),
        ]),
        part("with a rise to second place in 2022", holds(at(m, 2022).rank === 2), `2022: the Mainland ranks ${at(m, 2022).rank}.`),
        part(
          "Japanese audiovisual products, which have been on an upward trajectory since 2016",
          holds(jPeakShare.year === 2022 && jPeakValue.year === 2022),
          `Japan's share peaked at ${share(jPeakShare)} in ${jPeakShare.year} and was ${share(j22)} in 2022; its value peaked ` +
            `at ${formatHKDThousandShort(jPeakValue.value_hkd_thousand)} in ${jPeakValue.year} and was ` +
            `${formatHKDThousandShort(j22.value_hkd_thousand)} in 2022.`,
        ),
        part(
          "consistently leading the market share",
          holds(notFirst.length === 0),
          notFirst.length
            ? `Japan was not first in ${list(notFirst.map((r) => r.year))} (${list(
                notFirst.map((r) => `${share(r)}, against ` + `the Mainland's ${share(at(m, r.year))}`),
              )}); it has led since ${j.find((r) => r.year > 2016 && r.rank === 1)?.year}.`
            : "Japan is first in every year from 2016.",
        ),
      ]);
    },
  },
  {
    id: "imports-inverse-trend",
    quote:
      "The two charts reveal an inverse trend in the proportions of mainland China and Japan in Hong Kong, China, with mainland " +
      "China declining and Japan increasing.",
    against: ["Table 1", "Figure 1"],
    test: (d) => {
      const [m, j] = [seriesOf(d, "imports", "mainland-china"), seriesOf(d, "imports", "japan")];
      const [m0, m1, j0, j1] = [m[0]!, m.at(-1)!, j[0]!, j.at(-1)!];
      const jPeak = [...j].sort((a, b) => b.share_percent! - a.share_percent! || a.year - b.year)[0]!;
      return {
        verdict: holds(m1.share_percent! < m0.share_percent! && j1.share_percent! > j0.share_percent!),
        evidence:
          `From ${m0.year} to ${m1.year} the Mainland's share went from ${share(m0)} to ${share(m1)}, Japan's from ` +
          `${share(j0)} to ${share(j1)} (Japan's highest was ${share(jPeak)}, in ${jPeak.year}).`,
      };
    },
  },
  {
    id: "imports-2016-slight-edge",
    quote:
      "2016 marked a turning point, where mainland China's goods value and share over Japan showed only a slight edge, " +
      "contrasting with the absolute advantage held by the mainland from 2011 to 2013",
    against: ["Table 1", "Figure 1"],
    test: (d) => {
      const m = row(d, "imports", 2016, "mainland-china");
      const j = row(d, "imports", 2016, "japan");
      if (!m?.share_percent || !j?.share_percent || !m.value_hkd_thousand || !j.value_hkd_thousand) return cannot("2016 figures missing.");
      const gap = m.share_percent - j.share_percent;
      const early = [2011, 2012, 2013].map(
        (y) => row(d, "imports", y, "mainland-china")!.share_percent! / row(d, "imports", y, "japan")!.share_percent!,
      );
      return {
        verdict: holds(gap > 0 && gap < 5 && early.every((x) => x >= 2)),
        evidence:
          `2016: Mainland China ${share(m)} (${formatHKDThousandShort(m.value_hkd_thousand)}) against Japan ${share(j)} ` +
          `(${formatHKDThousandShort(j.value_hkd_thousand)}), a lead of ${formatDecimal(gap, 1)} points; in 2011-2013 the ` +
          `Mainland's share was ${list(early.map((x) => formatDecimal(x, 1)))} times Japan's.`,
      };
    },
  },
  {
    id: "releases-2022-mainland-share",
    quote: "In 2022, Hong Kong released … 216 films, with Mainland imports constituting 11.1% and foreign- language films 79.2%",
    against: ["Table 2", "Table 4", "Figure 3"],
    test: (d) => {
      const total = release(d, "first-run-films").value_2022;
      const nonHk = release(d, "first-run-non-hong-kong-films").value_2022;
      const chinese = release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      const mainland = mainlandOnly(d).length;
      const foreign = nonHk - chinese;
      return ofParts([
        part("In 2022, Hong Kong released … 216 films", holds(total === 216), `Table 2: ${total} first-run films in 2022.`),
        partByReadings(
          "with Mainland imports constituting 11.1%",
          [
            reading(
              "the Mainland's films (Table 4)",
              holds(isAbout((mainland / total) * 100, 11.1, 0.1)),
              `${mainland} of ${total} films, ${formatPercent((mainland / total) * 100)}.`,
            ),
            reading(
              "all Chinese-language imports, the Mainland's and Taiwan's",
              holds(isAbout((chinese / total) * 100, 11.1, 0.1)),
              `${chinese} of ${total}, ${formatPercent((chinese / total) * 100)}.`,
            ),
          ],
          `The printed 11.1% would be ${formatInteger(Math.round(0.111 * total))} films.`,
        ),
        part(
          "foreign- language films 79.2%",
          holds(isAbout((foreign / total) * 100, 79.2, 0.1)),
          `Table 2: ${nonHk} non-Hong Kong films less ${chinese} Chinese-language ones leaves ${foreign}, ` +
            `${formatPercent((foreign / total) * 100)} of ${total}.`,
        ),
      ]);
    },
  },
  {
    id: "mainland-imports-16-3-lower",
    quote: "This figure is significantly lower than the share of foreign films viewed in Hong Kong.",
    against: ["Table 2", "Table 3"],
    test: (d) => {
      const STATED = 16.3; // the Mainland's figure in the sentence before, from another report
      const total = release(d, "first-run-films").value_2022;
      const foreign =
        release(d, "first-run-non-hong-kong-films").value_2022 - release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      const foreignBox = boxOffice(d, "foreign-language").share_percent_printed;
      return ofReadings(
        [
          reading(
            "as a share of the films released",
            holds((foreign / total) * 100 > 2 * STATED),
            `Foreign-language films were ${foreign} of Hong Kong's ${total} releases, ${formatPercent((foreign / total) * 100)}.`,
          ),
          reading(
            "as a share of the box office",
            holds(foreignBox > 2 * STATED),
            `They took ${formatPercent(foreignBox, 2)} of the box office (Table 3).`,
          ),
        ],
        `The figure is the paper's ${formatPercent(STATED)} for overseas films in the Mainland's own market; the data do not ` +
          `have it, only Hong Kong's side.`,
      );
    },
  },
  {
    id: "mainland-films-fewer-viewers",
    quote:
      "Mainland Chinese films have limited box office impact in Hong Kong, attracting significantly fewer viewers compared to " +
      "local and international films.",
    against: ["Table 3", "Table 4", "Table 7"],
    test: (d) => {
      const ml = mainlandOnly(d);
      const perMl = mean(ml.map((f) => f.admissions));
      const perHk = mean(d["hk-films-2022"].map((f) => f.admissions));
      return ofParts([
        part(
          "fewer viewers compared to local … films",
          holds(perMl * 2 < perHk),
          `Table 4's ${ml.length} Mainland films drew ${formatInteger(sum(ml.map((f) => f.admissions)))} admissions in all, ` +
            `${formatInteger(Math.round(perMl))} a film; Table 7's ${d["hk-films-2022"].length} Hong Kong films drew ` +
            `${formatInteger(Math.round(perHk))} a film.`,
        ),
        part(
          "fewer viewers compared to … international films",
          "cannot-check",
          `The data give no admissions for foreign-language films. By box office they took ` +
            `${formatHKDMillions(boxOffice(d, "foreign-language").box_office_hkd)} against ` +
            `${formatHKDMillions(sum(ml.map((f) => f.box_office_hkd)))} for the Mainland's films.`,
        ),
      ]);
    },
  },
  {
    id: "box-office-mainland-0-65",
    quote:
      "In 2022, box office receipts for these films totaled approximately HK$7.62 million, constituting only 0.65% of Hong Kong's total.",
    against: ["Table 3", "Table 4"],
    test: (d) => {
      const total = boxOffice(d, "total").box_office_hkd;
      const ml = sum(mainlandOnly(d).map((f) => f.box_office_hkd));
      const all = sum(d["mainland-films-hk-2022"].map((f) => f.box_office_hkd));
      const ok = (x: number) => isAbout(x / 1e6, 7.62, 0.01) && isAbout((x / total) * 100, 0.65, 0.01);
      return ofReadings(
        [
          reading(
            "“these films” as the sentence before names them: Mainland Chinese films, Table 4's " + mainlandOnly(d).length,
            holds(ok(ml)),
            `They took ${formatHKD(ml)}, ${formatPercent((ml / total) * 100, 2)} of ${formatHKD(total)}.`,
          ),
          reading(
            `Table 3's “Chinese film” line: all ${d["mainland-films-hk-2022"].length} Mainland and Taiwan films of Table 4`,
            holds(ok(all)),
            `They took ${formatHKD(all)} (Table 3: ${formatHKD(boxOffice(d, "chinese").box_office_hkd)}), ` +
              `${formatPercent((all / total) * 100, 2)}.`,
          ),
        ],
        "The figures are Table 3's line for Chinese-language films, which includes Taiwan's.",
      );
    },
  },
  {
    id: "coproductions-100m",
    quote: "Co- productions between Hong Kong and Mainland China saw a modest rise, reaching HK$100 million, or 8.68% of the total.",
    against: ["Table 3"],
    test: (d) => {
      const co = boxOffice(d, "hong-kong-mainland-coproductions");
      const total = boxOffice(d, "total").box_office_hkd;
      return ofParts([
        part("reaching HK$100 million", holds(isAbout(co.box_office_hkd / 1e6, 100, 1)), `Table 3: ${formatHKD(co.box_office_hkd)}.`),
        part(
          "or 8.68% of the total",
          holds(co.share_percent_printed === 8.68 && isAbout((co.box_office_hkd / total) * 100, 8.68, 0.01)),
          `${formatPercent((co.box_office_hkd / total) * 100, 2)} of ${formatHKD(total)}, printed as ` +
            `${formatPercent(co.share_percent_printed, 2)}.`,
        ),
        part("saw a modest rise", "cannot-check", "The data have no 2021 figure for co-productions to compare with."),
      ]);
    },
  },
  {
    id: "box-office-below-10",
    quote: "the aggregate box office for both Hong Kong and Mainland films remained below 10%",
    against: ["Table 3"],
    test: (d) => {
      const s = (id: string) => boxOffice(d, id).share_percent_printed;
      const hk = s("hong-kong") + s("chinese");
      const co = s("hong-kong-mainland-coproductions") + s("chinese");
      return ofReadings(
        [
          reading(
            "literally, Hong Kong films and Mainland films",
            holds(hk < 10),
            `Table 3: ${formatPercent(s("hong-kong"), 2)} and ${formatPercent(s("chinese"), 2)} make ${formatPercent(hk, 2)}.`,
          ),
          reading(
            "co-productions and Mainland films, the subject of the sentence before",
            holds(co < 10),
            `${formatPercent(s("hong-kong-mainland-coproductions"), 2)} and ${formatPercent(s("chinese"), 2)} make ` +
              `${formatPercent(co, 2)}.`,
          ),
        ],
        "Table 3's “Chinese film” line, used for Mainland films, includes Taiwan's.",
      );
    },
  },
  {
    id: "mainland-films-lag-behind",
    quote: "Mainland Chinese films in Hong Kong lag behind both local and international counterparts in viewer numbers and release cycles.",
    against: ["Table 4", "Table 7"],
    test: (d) => {
      const ml = mainlandOnly(d);
      const hk = d["hk-films-2022"];
      const [aM, aH] = [mean(ml.map((f) => f.admissions)), mean(hk.map((f) => f.admissions))];
      const [dM, dH] = [mean(ml.map((f) => f.days_in_theatres)), mean(hk.map((f) => f.days_in_theatres))];
      return ofParts([
        part(
          "lag behind … local … counterparts in viewer numbers and release cycles",
          holds(aM < aH && dM < dH),
          `A Mainland film of Table 4 drew ${formatInteger(Math.round(aM))} admissions and ran ${formatDecimal(dM, 0)} days on ` +
            `average; a Hong Kong film of Table 7, ${formatInteger(Math.round(aH))} admissions and ${formatDecimal(dH, 0)} days.`,
        ),
        part(
          "lag behind … international counterparts",
          "cannot-check",
          "The data list no foreign-language films, so neither their admissions nor their runs are known.",
        ),
      ]);
    },
  },
  {
    id: "changjin-42000",
    quote:
      "The highest-grossing film, The Battle at Lake Changjin II, attracted approximately 42,000 viewers and had an 80-day " +
      "release period, … marking it as the most successful mainland release in Hong Kong to date.",
    against: ["Table 4"],
    test: (d) => {
      const top = byBoxOffice(d["mainland-films-hk-2022"])[0]!;
      const isIt = top.title_en.startsWith("The Battle at Lake Changjin");
      return ofParts([
        part(
          "The highest-grossing film, The Battle at Lake Changjin II",
          holds(isIt),
          `Table 4's highest-grossing film is ${top.title_en}, with ${formatHKD(top.box_office_hkd)}.`,
        ),
        part(
          "attracted approximately 42,000 viewers",
          holds(isIt && isAbout(top.admissions, 42000, 1000)),
          `${formatInteger(top.admissions)} admissions.`,
        ),
        part("had an 80-day release period", holds(isIt && top.days_in_theatres === 80), `${top.days_in_theatres} days in cinemas.`),
        part("the most successful mainland release in Hong Kong to date", "cannot-check", "The data cover 2022 only."),
      ]);
    },
  },
  {
    id: "hk-top-three-600000",
    quote:
      "the top three Hong Kong films garnered nearly 600,000 viewers collectively, while the top 20 international films " +
      "averaged around 300,000 viewers each",
    against: ["Table 7"],
    test: (d) => {
      const top3 = byBoxOffice(d["hk-films-2022"]).slice(0, 3);
      const n = sum(top3.map((f) => f.admissions));
      return ofParts([
        part(
          "the top three Hong Kong films garnered nearly 600,000 viewers collectively",
          holds(isNearly(n, 600000, 100000)),
          `Table 7's top three (${list(top3.map((f) => f.title_en))}) drew ${formatInteger(n)} admissions, ` +
            `${formatDecimal(n / 600000, 1)} times the figure; the first two alone passed a million each.`,
        ),
        part(
          "the top 20 international films averaged around 300,000 viewers each",
          "cannot-check",
          "The data list no foreign-language films.",
        ),
      ]);
    },
  },
  {
    id: "changjin-top-by-viewership",
    quote: "The top film by viewership, The Battle at Lake Changjin II",
    against: ["Table 4"],
    test: (d) => {
      const [a, b] = [...d["mainland-films-hk-2022"]].sort((x, y) => y.admissions - x.admissions);
      return {
        verdict: holds(!!a && a.title_en.startsWith("The Battle at Lake Changjin")),
        evidence:
          `Table 4's most-watched film is ${a?.title_en}, with ${formatInteger(a?.admissions ?? null)} admissions; next ` +
          `is ${b?.title_en}, with ${formatInteger(b?.admissions ?? null)}.`,
      };
    },
  },
  {
    id: "warriors-leads-coproductions",
    quote: "Among Hong Kong-Mainland co-productions, Warriors of Future, a large-scale sci-fi action film, leads in viewership.",
    against: ["Table 7"],
    test: (d) => {
      const byAdmissions = [...d["hk-films-2022"]].sort((a, b) => b.admissions - a.admissions);
      const war = d["hk-films-2022"].find((f) => f.title_en === "Warriors of Future");
      const first = byAdmissions[0]!;
      return cannot(
        `Table 7 does not say which of its films are co-productions. Of all its ${d["hk-films-2022"].length} films, Warriors of ` +
          `Future took the most at the box office (${formatHKDMillions(war?.box_office_hkd ?? null)}), but ` +
          `${first.title_en === "Warriors of Future" ? "also" : first.title_en} drew the most admissions ` +
          `(${formatInteger(first.admissions)}, against ${formatInteger(war?.admissions ?? null)}).`,
      );
    },
  },
  {
    id: "table-5-three-years",
    quote: "The table below outlines the total number of TVB dramas aired over the past three years, categorized by genre3.",
    against: ["Table 5"],
    test: (d) => {
      const dated = d["tvb-schedule-2024"].filter((r) => r.air_date !== null);
      const years = [...new Set(dated.map((r) => r.air_date!.slice(0, 4)))];
      return {
        verdict: holds(years.length >= 3),
        evidence:
          `The table below is Table 5: it lists ${d["tvb-schedule-2024"].length} series of TVB's 2024 schedule, each with its ` +
          `genre, and no totals. The ${dated.length} with an air date all air in ${list(years)}.`,
      };
    },
  },
  {
    id: "tvb-2023-22-2",
    quote: "seven outsourced series and six Mainland films were broadcast, constituting 22.2% of the total",
    against: ["the paper's own text"],
    test: (d) => {
      const f = (id: string) => fact(d, "tvb-ott", id).value;
      const [total, mainland, outsourced] = [f("tvb-dramas-2023"), f("tvb-mainland-titles-2023"), f("tvb-outsourced-series-2023")];
      const both = ((mainland + outsourced) / total) * 100;
      const alone = (mainland / total) * 100;
      return ofReadings(
        [
          reading(
            "literally, the seven outsourced series and the six Mainland titles together",
            holds(isAbout(both, 22.2, 0.1)),
            `${mainland + outsourced} of ${total} is ${formatPercent(both)}.`,
          ),
          reading("the six Mainland titles alone", holds(isAbout(alone, 22.2, 0.1)), `${mainland} of ${total} is ${formatPercent(alone)}.`),
        ],
        `The total is the ${total} dramas TVB aired in 2023, from the sentence before.`,
      );
    },
  },
  {
    id: "tvb-2024-14-dramas",
    quote:
      "The 2024 data reveals that TVB plans to air 14 dramas, including three outsourced titles: Gourmet Affairs, The Heir to " +
      "the Throne, and Story of Kunning Palace.",
    against: ["Table 5"],
    test: (d) => {
      const planned = fact(d, "tvb-ott", "tvb-dramas-planned-2024").value;
      const bought = boughtIn(d).map((r) => r.title.toLowerCase());
      const named = ["gourmet affairs", "the heir to the throne", "story of kunning palace"];
      return ofParts([
        partByReadings("TVB plans to air 14 dramas", [
          reading(
            "Table 5 is the whole 2024 list",
            holds(d["tvb-schedule-2024"].length === planned),
            `Table 5 lists ${d["tvb-schedule-2024"].length} series.`,
          ),
          reading(
            "Table 5 lists only some of them (its title says main broadcast series)",
            "cannot-check",
            "The data have no other list of TVB's 2024 dramas.",
          ),
        ]),
        part(
          "including three outsourced titles: Gourmet Affairs, The Heir to the Throne, and Story of Kunning Palace",
          holds(bought.length === 3 && named.every((t) => bought.includes(t))),
          `Table 5 marks ${inWords(bought.length)} series as outsourced or purchased: ${list(
            boughtIn(d).map((r) => `${r.title} ` + `(${r.genre})`),
          )}.`,
        ),
      ]);
    },
  },
  {
    id: "tvb-mainland-share-stable",
    quote: "The share of mainland dramas remains stable at 14.3%, consistent with the 10-20% range seen in prior years.",
    against: ["Table 5", "the paper's own text"],
    test: (d) => {
      const y23 = fact(d, "tvb-ott", "tvb-mainland-share-2023").value;
      const f = (id: string) => fact(d, "tvb-ott", id).value;
      const literal = ((f("tvb-mainland-titles-2023") + f("tvb-outsourced-series-2023")) / f("tvb-dramas-2023")) * 100;
      return ofParts([
        part(
          "The share of mainland dramas remains stable at 14.3%",
          "cannot-check",
          `Table 5 gives no origins. 14.3% is one of its ${d["tvb-schedule-2024"].length} series, or two of the ` +
            `${formatInteger(f("tvb-dramas-planned-2024"))} dramas the paper says TVB planned.`,
        ),
        part(
          "consistent with the 10-20% range seen in prior years",
          holds(y23 >= 10 && y23 <= 20),
          `The paper's only figure for a prior year is ${formatPercent(y23)} for 2023 (${formatPercent(literal)} as that ` +
            `sentence is written), outside the range.`,
        ),
      ]);
    },
  },
  {
    id: "tvb-mainland-one-fifth",
    quote:
      "mainland dramas have secured about one-fifth of the Hong Kong TV drama market share, with the remainder predominantly " +
      "held by local productions",
    against: ["Table 5", "the paper's own text"],
    test: (d) => {
      const y23 = fact(d, "tvb-ott", "tvb-mainland-share-2023").value;
      const y24 = fact(d, "tvb-ott", "tvb-mainland-share-2024").value;
      const own = d["tvb-schedule-2024"].length - boughtIn(d).length;
      return ofParts([
        partByReadings("about one-fifth of the Hong Kong TV drama market share", [
          reading("in 2023, the paper's figure for the six Mainland titles", holds(isAbout(y23, 20, 10)), `${formatPercent(y23)}.`),
          reading("in 2024, the paper's latest figure", holds(isAbout(y24, 20, 10)), `${formatPercent(y24)}.`),
        ]),
        part(
          "with the remainder predominantly held by local productions",
          holds(own * 2 > d["tvb-schedule-2024"].length),
          `Table 5: ${own} of its ${d["tvb-schedule-2024"].length} series are not marked outsourced or purchased.`,
        ),
      ]);
    },
  },
  {
    id: "tvb-prime-time-rise",
    quote:
      "The table of TVB's prime-time broadcasting data over the past two years reveals a significant rise in the airing of " +
      "Mainland costume dramas from 8:30pm to 9:30pm nightly.",
    against: ["Table 6"],
    test: (d) => {
      const [a, b] = [dramasIn(d, 2022), dramasIn(d, 2023)];
      if (!a.length || !b.length) return cannot("Table 6 lacks 2022 or 2023.");
      const ok =
        b.length > a.length &&
        b[0]!.year_total_episodes > a[0]!.year_total_episodes &&
        b[0]!.year_total_airtime_weeks > a[0]!.year_total_airtime_weeks;
      return {
        verdict: holds(ok),
        evidence:
          `Table 6: ${a.length} Mainland dramas, ${a[0]!.year_total_episodes} episodes over ` +
          `${a[0]!.year_total_airtime_weeks} weeks in 2022; ${b.length}, ${b[0]!.year_total_episodes} episodes over ` +
          `${b[0]!.year_total_airtime_weeks} weeks in 2023. (Table 6 gives no genres.)`,
      };
    },
  },
  {
    id: "mainland-dramas-below-20",
    quote:
      "ratings have consistently declined year-on-year, with the average rating for Mainland dramas dropping below 20 points by " +
      "2023, peaking at 25.5 points for TVB's The Invisibles",
    against: ["Table 6", "the paper's own text"],
    test: (d) => {
      const [a, b] = [meanRating(d, 2022), meanRating(d, 2023)];
      const yearEnd = fact(d, "tvb-ott", "invisibles-rating-year-end").value;
      return ofParts([
        part(
          "ratings have consistently declined year-on-year",
          holds(b < a),
          `Mean rating of the Mainland dramas in Table 6: ${formatDecimal(a, 1)} in 2022, ${formatDecimal(b, 1)} in 2023. Table ` +
            `6 has two years, so “consistently” rests on one change.`,
        ),
        part("the average rating for Mainland dramas dropping below 20 points by 2023", holds(b < 20), `${formatDecimal(b, 1)} in 2023.`),
        part(
          "peaking at 25.5 points for TVB's The Invisibles",
          "cannot-check",
          `The Invisibles is TVB's own drama, not in Table 6. The paper's other figure for it, ${formatDecimal(yearEnd, 1)} ` +
            `points on the 2023 year-end ratings list, may measure something else, so neither figure checks the other.`,
        ),
      ]);
    },
  },
  {
    id: "animation-hong-kong-half",
    quote: "Hong Kong remains the primary export market for mainland China's animation industry, representing nearly 50% of export volume",
    against: ["the paper's own text (Figure 2)"],
    test: (d) => {
      const f = (id: string) => fact(d, "animation-exports-2016", id).value;
      const [asia, ofAsia, total] = [f("asia-share"), f("hong-kong-share-of-asia"), f("total-exports")];
      const via = f("hong-kong-share-of-total-via-asia");
      return ofReadings(
        [
          reading(
            "nearly 50% of all the Mainland's animation exports",
            holds(isNearly(via, 50, 10)),
            `The next sentence puts about ${formatPercent(asia, 0)} of the ${formatDecimal(total, 2)} million yuan in Asia and ` +
              `Hong Kong at about half of that: about ${formatPercent(via, 0)} of the total.`,
          ),
          reading(
            "nearly 50% of the exports to Asia",
            holds(isNearly(ofAsia, 50, 10)),
            `The next sentence has Hong Kong at about half of the Asian share, which agrees.`,
          ),
        ],
        "Figure 2's own data are not in the extracted text; the two sentences are all there is.",
      );
    },
  },
  {
    id: "imports-down-year-after-year",
    quote:
      "Overall, the number of mainland audio-visual items imported into Hong Kong is tiny, their impact is limited, and the " +
      "trend is down year after year.",
    against: ["Table 1"],
    test: (d) => {
      const s = seriesOf(d, "imports", "mainland-china");
      const upV = risingYears(s.map((r) => ({ year: r.year, v: r.value_hkd_thousand })));
      const upS = risingYears(s.map((r) => ({ year: r.year, v: r.share_percent })));
      return ofReadings(
        [
          reading("by value (Table 1)", holds(upV.length === 0), `The Mainland's imports rose in ${list(upV)}.`),
          reading("by share (Table 1)", holds(upS.length === 0), `Its share rose in ${list(upS)}.`),
        ],
        `From ${s[0]?.year} to ${s.at(-1)?.year} they fell from ${formatHKDThousandShort(s[0]?.value_hkd_thousand ?? null)} to ` +
          `${formatHKDThousandShort(s.at(-1)?.value_hkd_thousand ?? null)}, but not year after year. The data count values, not items.`,
      );
    },
  },
  {
    id: "us-films-30-percent",
    quote:
      "60 of the foreign films imported that year were from the United States, accounting for approximately 30% of the total " +
      "number of foreign films imported, making it the single country with the most imported films",
    against: ["Table 2", "Figure 3"],
    test: (d) => {
      const us = origin(d, "usa");
      const nonHk = release(d, "first-run-non-hong-kong-films").value_2022;
      const foreign = nonHk - release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      const others = d["origin-of-releases-2022"].filter((o) => o.place !== "usa" && o.place !== "hong-kong-china");
      const next = [...others].filter((o) => o.place !== null).sort((a, b) => b.films - a.films)[0]!;
      const rest = others.find((o) => o.place === null);
      return ofParts([
        partByReadings("accounting for approximately 30% of the total number of foreign films imported", [
          reading(
            `of all ${nonHk} films not from Hong Kong`,
            holds(isAbout((us / nonHk) * 100, 30, 10)),
            `${us} of ${nonHk} is ${formatPercent((us / nonHk) * 100)}.`,
          ),
          reading(
            `of the ${foreign} foreign-language films`,
            holds(isAbout((us / foreign) * 100, 30, 10)),
            `${us} of ${foreign} is ${formatPercent((us / foreign) * 100)}.`,
          ),
        ]),
        part(
          "making it the single country with the most imported films",
          holds(others.every((o) => o.films < us)),
          `Next is ${placeName(d, next.place)} with ${next.films}; the other ${rest?.films ?? 0} foreign-language films come ` +
            `from several countries.`,
        ),
      ]);
    },
  },
  {
    id: "top-gun-longest",
    quote: "For example, Top Gun: Maverick had the longest release duration, lasting 203 days.",
    against: ["Table 4", "Table 7"],
    test: (d) => {
      const longer = [...d["hk-films-2022"], ...d["mainland-films-hk-2022"]]
        .filter((f) => f.days_in_theatres > 203)
        .sort((a, b) => b.days_in_theatres - a.days_in_theatres);
      return ofReadings(
        [
          reading(
            "the longest of all the year's releases",
            holds(longer.length === 0),
            longer.length
              ? `Table 7's ${list(longer.map((f) => `${f.title_en} (${f.days_in_theatres} days)`))} ran longer.`
              : "No film of Tables 4 and 7 ran longer.",
          ),
          reading("the longest of the imported films", "cannot-check", "The data list no foreign-language films."),
        ],
        "The paragraph is about American films; the sentence does not say of which films it is the longest.",
      );
    },
  },
  {
    id: "imports-japan-15-points",
    quote:
      "Japan has held the top spot in the introduction of overseas film, television, and other related products to Hong Kong " +
      "since 2017, accounting for up to 35%, which is more than 15 percentage points higher than second place",
    against: ["Table 1"],
    test: (d) => {
      const years = tradeYears(d, "imports").filter((y) => y >= 2017 && y <= 2022);
      const gaps = years
        .map((y) => ({ y, top: rank(d, "imports", y, 1), second: rank(d, "imports", y, 2) }))
        .map((g) => ({ ...g, gap: (g.top?.share_percent ?? 0) - (g.second?.share_percent ?? 0) }));
      const max = Math.max(...gaps.map((g) => g.top?.share_percent ?? 0));
      const atPeak = gaps.filter((g) => g.top?.share_percent === max);
      const small = gaps.filter((g) => g.gap <= 15);
      const fmt = (gs: typeof gaps) => list(gs.map((g) => `${formatDecimal(g.gap, 1)} (${g.y})`));
      return ofParts([
        part(
          "Japan has held the top spot … since 2017",
          holds(gaps.every((g) => g.top?.place === "japan")),
          `Japan is first in every year ${years[0]}-${years.at(-1)}.`,
        ),
        part("accounting for up to 35%", holds(isAbout(max, 35, 1) && max <= 35), `Its highest share is ${formatPercent(max)}.`),
        partByReadings("more than 15 percentage points higher than second place", [
          reading(
            "at its peak of 35%",
            holds(atPeak.every((g) => g.gap > 15)),
            `Japan's lead over second place was ${fmt(atPeak)} points.`,
          ),
          reading(
            "in every year since 2017",
            holds(small.length === 0),
            `Its lead was ${fmt(gaps)} points${small.length ? `: not more than 15 in ${list(small.map((g) => g.y))}` : ""}.`,
          ),
        ]),
      ]);
    },
  },
  {
    id: "japan-56-second",
    quote: "56 Japanese films were imported into Hong Kong in 2022, trailing just 60 films from the United States",
    against: ["Figure 3", "Table 4"],
    test: (d) => {
      const [us, jp] = [origin(d, "usa"), origin(d, "japan")];
      const rest = d["origin-of-releases-2022"].filter((o) => !["usa", "japan", "hong-kong-china"].includes(o.place ?? ""));
      const ok = jp < us && rest.every((o) => o.films < jp);
      return {
        verdict: holds(ok),
        evidence:
          `The counts are the paper's own (Figure 3's data come from its text). Of the other imports, Table 4 has ` +
          `${origin(d, "mainland-china")} Mainland and ${origin(d, "taiwan-china")} Taiwan films, and the remaining ` +
          `${rest.find((o) => o.place === null)?.films ?? 0} foreign-language films come from several countries, so none has ` +
          `more than Japan's ${jp}.`,
      };
    },
  },
  {
    id: "japan-second-top-22",
    quote:
      "Among the top 22 films with a box office of more than HK$5 million, Japanese films came in second with four, three of " +
      "which were Japanese animations.",
    against: ["Table 4", "Table 7"],
    test: (d) => {
      const hk = d["hk-films-2022"].filter((f) => f.box_office_hkd > 5e6);
      const cn = d["mainland-films-hk-2022"].filter((f) => f.box_office_hkd > 5e6);
      return ofReadings(
        [
          reading(
            "second among all the 22 films' places of origin",
            holds(hk.length < 4),
            `Table 7 has ${hk.length} Hong Kong films above HK$5 million (Table 4 has ${inWords(cn.length)} Mainland or Taiwan ` +
              `films), so Japan's four are at best third.`,
          ),
          reading("second among the imported films", "cannot-check", "The data list no foreign-language films."),
        ],
        "The 22 films include imported ones that no table lists.",
      );
    },
  },
  {
    id: "hk-films-246m",
    quote:
      "box office receipts for Hong Kong-produced films totaled HK$246 million in 2022, accounting for 21.14% of the overall " +
      "market share and placing third outside of the United States and Japan",
    against: ["Table 3"],
    test: (d) => {
      const r = boxOffice(d, "hong-kong");
      return ofParts([
        part("HK$246 million in 2022", holds(isAbout(r.box_office_hkd / 1e6, 246, 1)), `Table 3: ${formatHKD(r.box_office_hkd)}.`),
        part(
          "accounting for 21.14% of the overall market share",
          holds(r.share_percent_printed === 21.14),
          `Table 3: ${formatPercent(r.share_percent_printed, 2)}.`,
        ),
        part(
          "placing third outside of the United States and Japan",
          "cannot-check",
          `No table splits the foreign-language box office ` +
            `(${formatPercent(boxOffice(d, "foreign-language").share_percent_printed, 2)} in all) by country.`,
        ),
      ]);
    },
  },
  {
    id: "warriors-81m",
    quote:
      "Table for Six and Warriors of Future were among the films with more than one million spectators, with the latter " +
      "grossing more than HK$81 million and ranking third in the Hong Kong film market after two other American films.",
    against: ["Table 7"],
    test: (d) => {
      const f = (t: string) => d["hk-films-2022"].find((x) => x.title_en.toLowerCase() === t.toLowerCase());
      const six = f("Table For Six");
      const war = f("Warriors of Future");
      if (!six || !war) return cannot("The films are not in Table 7.");
      return ofParts([
        part(
          "Table for Six and Warriors of Future were among the films with more than one million spectators",
          holds(six.admissions > 1e6 && war.admissions > 1e6),
          `Table 7: Table For Six ${formatInteger(six.admissions)} admissions; Warriors of Future ${formatInteger(war.admissions)}.`,
        ),
        part(
          "the latter grossing more than HK$81 million",
          holds(war.box_office_hkd > 81e6),
          `Warriors of Future: ${formatHKD(war.box_office_hkd)}.`,
        ),
        part(
          "ranking third in the Hong Kong film market after two other American films",
          "cannot-check",
          "The data list no foreign-language films.",
        ),
      ]);
    },
  },
  {
    id: "queen-of-news-third",
    quote:
      "In 2023, among all Hong Kong dramas, the QUEEN of news obtained the highest rating of 27.9 points, ranking third on the " +
      "year-end ratings list, behind Narcotics Heroes with 28 points and The Invisibles with 28.7 points5.",
    against: ["the paper's own text"],
    test: (d) => {
      const f = (id: string) => fact(d, "tvb-ott", id).value;
      const [q, n, i] = [f("queen-of-news-rating"), f("narcotics-heroes-rating"), f("invisibles-rating-year-end")];
      return ofReadings(
        [
          reading(
            "its own highest rating was 27.9 points, third on the list",
            holds(q < n && n < i),
            `${formatDecimal(i, 1)}, ${formatDecimal(n, 0)} and ${formatDecimal(q, 1)} points put it third.`,
          ),
          reading(
            "the highest rating of all Hong Kong dramas",
            holds(q > n && q > i),
            `The same sentence puts two dramas higher, at ${formatDecimal(n, 0)} and ${formatDecimal(i, 1)} points.`,
          ),
        ],
        `The figures are the paper's own, from a ratings list it cites. The paper gives The Invisibles ` +
          `${formatDecimal(f("invisibles-rating-table-6-prose"), 1)} points in another sentence; the two may measure different things.`,
      );
    },
  },
  {
    id: "exports-690-to-300",
    quote:
      "the entire export value of Hong Kong's film and TV-related items has declined over the last 12 years, falling from " +
      "approximately HK$690 million in 2011 to HK$300 million in 2022",
    against: ["Table 8"],
    test: (d) => {
      const total = (y: number) => {
        const r = rank(d, "exports", y, 1);
        return r?.value_hkd_thousand && r.share_percent ? impliedTotal(r.value_hkd_thousand, r.share_percent) : null;
      };
      const a = total(2011);
      const b = total(2022);
      if (a === null || b === null) return cannot("Table 8 lacks the 2011 or 2022 leader's value or share.");
      return {
        verdict: holds(b < a && isAbout(a / 1000, 690, 10) && isAbout(b / 1000, 300, 10)),
        evidence:
          `Value ÷ share of each year's leading destination implies totals of ${formatHKDThousandShort(a)} in 2011 and ` +
          `${formatHKDThousandShort(b)} in 2022.`,
      };
    },
  },
  {
    id: "exports-2022-77-5",
    quote:
      "the largest percentage of Hong Kong's film and TV-related creative products flowing overseas in 2022 remained Mainland " +
      "China, accounting for 77.5 percent",
    against: ["Table 8"],
    test: (d) => {
      const r = rank(d, "exports", 2022, 1);
      return {
        verdict: holds(r?.place === "mainland-china" && r.share_percent === 77.5),
        evidence: `Table 8, 2022: first is ${placeName(d, r?.place ?? null)} with ${share(r)}.`,
      };
    },
  },
  {
    id: "exports-only-2017-second",
    quote:
      "Over the last 12 years, only in 2017 did Hong Kong, China's exports to the mainland China ranks second in overall " +
      "exports, after only Taiwan, China.",
    against: ["Table 8"],
    test: (d) => {
      const shown = tradeYears(d, "exports").filter((y) => y <= 2022 && exportPlacesShown(d, y).length > 0);
      const first = shown.filter((y) => exportPlacesShown(d, y).find((r) => r.rank === 1)?.place === "mainland-china");
      const unknown = tradeYears(d, "exports").filter((y) => y <= 2022 && !shown.includes(y));
      return cannot(
        `Table 8 shows the Mainland first in every year it prints (${list(first)}). ${list(unknown)} are missing from the ` +
          `extracted text: 2017 comes from this sentence, 2019 from another (“starting in 2019, the mainland became the largest ` +
          `market”), and 2018 from none, while a third sentence has Taiwan first in 2018.`,
      );
    },
  },
  {
    id: "exports-mainland-risen-first",
    quote:
      "For the remainder of the year, Mainland China has slowly risen to first place in Hong Kong's exports, and the Mainland " +
      "has become Hong Kong's largest consumer of film and television productions.",
    against: ["Table 8"],
    test: (d) => {
      const s = seriesOf(d, "exports", "mainland-china").filter((r) => r.share_percent !== null && exportPlacesShown(d, r.year).length > 0);
      const [a, z] = [s[0]!, s.at(-1)!];
      const low = [...s].sort((x, y) => x.share_percent! - y.share_percent!)[0]!;
      const unknown = exportLeaderUnknown(d).filter((y) => y !== 2017);
      return ofParts([
        part(
          "For the remainder of the year, Mainland China … first place",
          unknown.length ? "cannot-check" : "holds",
          `It is first in every year Table 8 prints; ${list(unknown)} ${unknown.length === 1 ? "is" : "are"} missing from the ` +
            `extracted text.`,
        ),
        partByReadings("has slowly risen to first place", [
          reading("it climbed to first place", holds(a.rank !== 1), `It was already first in ${a.year}, with ${share(a)}.`),
          reading(
            "its share rose slowly while it stayed first",
            holds(z.share_percent! > a.share_percent!),
            `${share(a)} in ${a.year}, ${share(z)} in ${z.year}, dipping to ${share(low)} in ${low.year}.`,
          ),
        ]),
        part("the Mainland has become Hong Kong's largest consumer", holds(z.rank === 1), `First in ${z.year}, with ${share(z)}.`),
      ]);
    },
  },
  {
    id: "exports-taiwan-second",
    quote:
      "Compared to mainland China, which is firmly at the top of the export list, Hong Kong's second largest export region is " +
      "Taiwan, China, which is also a Chinese-speaking country.",
    against: ["Table 8"],
    test: (d) => {
      const years = tradeYears(d, "exports").filter((y) => y <= 2022 && exportPlacesShown(d, y).some((r) => r.rank === 2));
      const latest = years.at(-1)!;
      const second = (y: number) => rank(d, "exports", y, 2);
      const notTaiwan = years.filter((y) => second(y)?.place !== "taiwan-china");
      const unknownTop = exportLeaderUnknown(d);
      return ofParts([
        part(
          "mainland China, which is firmly at the top of the export list",
          "cannot-check",
          `It is first in every year Table 8 prints; ${list(unknownTop)} are missing from the extracted text, and the paper ` +
            `says it was second in 2017.`,
        ),
        partByReadings("Hong Kong's second largest export region is Taiwan", [
          reading(
            `in the latest year, ${latest}`,
            holds(second(latest)?.place === "taiwan-china"),
            `Taiwan is second in ${latest} with ${share(second(latest))}.`,
          ),
          reading(
            "in every year",
            holds(notTaiwan.length === 0),
            `Second were ${list(
              [...new Set(notTaiwan.map((y) => second(y)?.place ?? null))].map(
                (p) => `${placeName(d, p)} in ` + `${list(notTaiwan.filter((y) => (second(y)?.place ?? null) === p))}`,
              ),
            )}.`,
          ),
        ]),
      ]);
    },
  },
  {
    id: "exports-2017-taiwan",
    quote: "Taiwan's export value peaked at 56.2% in 2017, making it Hong Kong's top export area for the second consecutive year in 2018",
    against: ["Table 8"],
    test: (d) => {
      const legible = seriesOf(d, "exports", "taiwan-china").filter((r) => r.share_percent !== null && r.year !== 2017);
      const [lo, hi] = [Math.min(...legible.map((r) => r.share_percent!)), Math.max(...legible.map((r) => r.share_percent!))];
      return cannot(
        `Read as written: Taiwan was first in 2017, at its highest share, and first again in 2018. Table 8's 2017-2019 block is ` +
          `missing from the extracted text, so neither year can be checked, nor whether 56.2% was Taiwan's peak (its shares in ` +
          `the other years Table 8 prints run from ${formatPercent(lo)} to ${formatPercent(hi)}). Another sentence of the ` +
          `paper says that only in 2017 was the Mainland second, which would put the Mainland first in 2018.`,
      );
    },
  },
  {
    id: "exports-mainland-first-from-2019",
    quote: "And starting in 2019, the mainland became the largest market for it.",
    against: ["Table 8"],
    test: (d) => {
      const later = tradeYears(d, "exports").filter((y) => y > 2019 && y <= 2022);
      const firstLater = later.filter((y) => rank(d, "exports", y, 1)?.place === "mainland-china");
      return cannot(
        `Table 8's 2019 is missing from the extracted text (the data place the Mainland first in 2019 on this sentence alone). ` +
          `It is first in ${list(firstLater)}${firstLater.length === later.length ? ", every year after" : ""}.`,
      );
    },
  },
  {
    id: "exports-mostly-chinese-neighbours",
    quote:
      "Hong Kong, China's key export areas are mostly Chinese culture and surrounding regions such as China, Taiwan, Macao, " +
      "Japan, Singapore, and others",
    against: ["Table 8"],
    test: (d) => {
      const years = tradeYears(d, "exports").filter((y) => y <= 2022);
      const known = years
        .map((y) => ({
          y,
          s: sum(
            d["trade-exports"]
              .filter((r) => r.year === y && NEIGHBOURS.includes(r.place ?? "") && r.share_percent !== null)
              .map((r) => r.share_percent!),
          ),
        }))
        .filter((x) => x.s > 0);
      const lowest = [...known].sort((a, b) => a.s - b.s)[0]!;
      const unread = years.filter((y) => !known.some((x) => x.y === y));
      return {
        verdict: holds(known.every((x) => x.s > 50)),
        evidence:
          `In every year with legible shares, the Mainland, Taiwan, Macao, Japan and Singapore together took more than ` +
          `half of Hong Kong's exports (at least; some of their shares are not legible). The smallest such sum is ` +
          `${formatPercent(lowest.s)}, in ${lowest.y}. ${list(unread)} have no legible share.`,
      };
    },
  },
  {
    id: "exports-2011-2013-western",
    quote:
      "In the period 2011- 2013, the top five countries included Brazil, Germany, the United States, and other Western cultural " +
      "circle regions, but after that, it was mainly neighboring countries and regions, and the top five major export regions " +
      "have remained stable throughout the years among Taiwan, Singapore, Japan, China, and Macau, with occasional " +
      "countries such as the Netherlands, Australia, and New Zealand occupying a small share",
    against: ["Table 8"],
    test: (d) => {
      const early = new Set(d["trade-exports"].filter((r) => r.year >= 2011 && r.year <= 2013).map((r) => r.place));
      const later = d["trade-exports"].filter((r) => r.year > 2013 && r.year <= 2022 && r.place !== null);
      const laterPlaces = [...new Set(later.map((r) => r.place!))];
      const outside = laterPlaces.filter((p) => !NEIGHBOURS.includes(p));
      const stable = outside.every((p) => ["netherlands", "australia", "new-zealand"].includes(p));
      const unknownRows = d["trade-exports"].filter((r) => r.year > 2013 && r.year <= 2022 && r.place === null);
      const unknownYears = [...new Set(unknownRows.map((r) => r.year))];
      const western = ["brazil", "germany", "usa"];
      const yearsOf = (p: string) => d["trade-exports"].filter((r) => r.place === p && r.year <= 2013).map((r) => r.year);
      return ofParts([
        part(
          "In the period 2011- 2013, the top five countries included Brazil, Germany, the United States",
          holds(western.every((p) => early.has(p))),
          `Table 8: ${list(western.map((p) => `${placeName(d, p)} in ${list(yearsOf(p))}`))}.`,
        ),
        part(
          "but after that, it was mainly neighboring countries and regions",
          holds(
            later.filter((r) => NEIGHBOURS.includes(r.place!)).length > later.length / 2 &&
              !["brazil", "germany", "usa"].some((p) => laterPlaces.includes(p)),
          ),
          `After 2013 the places Table 8 names are ${list(laterPlaces.map((p) => placeName(d, p)))}.`,
        ),
        part(
          "the top five major export regions have remained stable … among Taiwan, Singapore, Japan, China, and Macau, with " +
            "occasional countries such as the Netherlands",
          holds(stable),
          outside.length
            ? `The only other place after 2013 is ` +
                `${list(outside.map((p) => placeName(d, p)))}${
                  outside.includes("netherlands")
                    ? `, in ` + `${list(later.filter((r) => r.place === "netherlands").map((r) => r.year))}`
                    : ""
                }.`
            : "No other place is named after 2013.",
        ),
        part(
          "Australia, and New Zealand occupying a small share",
          "cannot-check",
          `Neither is in any year Table 8 prints; the places of ${unknownRows.length} of its rows after 2013 (in ` +
            `${list(unknownYears)}) are not in the extracted text.`,
        ),
      ]);
    },
  },
  {
    id: "exports-2020-peak-88",
    quote: "2020 is precisely the peak of Mainland China occupied Hong Kong, and its share of exports reached 88%",
    against: ["Table 8"],
    test: (d) => {
      const years = tradeYears(d, "exports").filter((y) => y <= 2022);
      const m = (y: number) => row(d, "exports", y, "mainland-china");
      const y20 = m(2020);
      const legible = years.filter((y) => m(y)?.share_percent != null);
      const max = [...legible].sort((a, b) => m(b)!.share_percent! - m(a)!.share_percent!)[0]!;
      // A year without the Mainland's share is bounded by what the other legible shares leave.
      const bound = (y: number) =>
        100 -
        sum(
          d["trade-exports"]
            .filter((r) => r.year === y && r.place !== "mainland-china" && r.share_percent !== null)
            .map((r) => r.share_percent!),
        );
      const open = years.filter((y) => !legible.includes(y) && bound(y) > (y20?.share_percent ?? 0));
      const bounded = years.filter((y) => !legible.includes(y) && !open.includes(y));
      const next = [...legible].filter((y) => y !== 2020).sort((a, b) => m(b)!.share_percent! - m(a)!.share_percent!)[0]!;
      const othersIn = (y: number) => d["trade-exports"].filter((r) => r.year === y && r.share_percent !== null);
      const bounds = bounded.map(
        (y) =>
          `In ${y} it was at most ${formatPercent(bound(y))}, since the paper gives ` +
          `${list(othersIn(y).map((r) => `${placeName(d, r.place)} ${share(r)}`))}. `,
      );
      const gap = open.length
        ? `${list(open)} ${open.length === 1 ? "is" : "are"} missing from the extracted text, so a higher ` + `year cannot be ruled out.`
        : "";
      return ofParts([
        part(
          "its share of exports reached 88%",
          holds(y20?.share_percent != null && isAbout(y20.share_percent, 88, 1)),
          `Table 8, 2020: ${share(y20)}.`,
        ),
        part(
          "2020 is precisely the peak",
          open.length ? "cannot-check" : holds(max === 2020),
          `It is the highest share Table 8 shows (the next is ${share(m(next))}). ${bounds.join("")}${gap}`,
        ),
      ]);
    },
  },
  {
    id: "abroad-mainly-neighbours",
    quote:
      "Hong Kong films are mainly projected to neighboring regions with common cultural backgrounds, and are not only exported " +
      "to mainland China and Taiwan",
    against: ["the paper's own text (films abroad)"],
    test: (d) => {
      const near = d["hk-films-abroad-2022"].filter((r) => FILMS_NEIGHBOURS.includes(r.place));
      const [n, all] = [sum(near.map((r) => r.films)), sum(d["hk-films-abroad-2022"].map((r) => r.films))];
      const far = d["hk-films-abroad-2022"].filter((r) => !FILMS_NEIGHBOURS.includes(r.place));
      const name = (id: string) => d.places.find((p) => p.id === id)?.display_name ?? id;
      return {
        verdict: holds(n * 2 > all),
        evidence:
          `Of the ${all} releases abroad the paper lists for 2022, ${n} were in ` +
          `${list(near.map((r) => placeName(d, r.place)))}; the rest in ` +
          `${list(far.map((r) => `${name(r.place)} (${r.films})`))}.`,
      };
    },
  },
  {
    id: "abroad-limited-compared",
    quote: "In terms of overseas figures, Hong Kong's exports to other countries are limited compared to Mainland, China, Taiwan etc.",
    against: ["the paper's own text (films abroad)"],
    test: (d) => {
      const by = (p: string) => d["hk-films-abroad-2022"].find((r) => r.place === p)!;
      const [cn, tw] = [by("mainland-china"), by("taiwan-china")];
      const others = d["hk-films-abroad-2022"].filter((r) => r.place !== "mainland-china" && r.place !== "taiwan-china");
      const moreThanCn = others.filter((r) => r.films > cn.films);
      const yuan = others.filter((r) => r.currency_printed === "yuan");
      const other = others.filter((r) => r.currency_printed !== "yuan");
      return ofReadings(
        [
          reading(
            "by number of films",
            holds(moreThanCn.length === 0 && others.every((r) => r.films < tw.films)),
            `${list(moreThanCn.map((r) => `${d.places.find((p) => p.id === r.place)?.display_name} (${r.films})`))} had more ` +
              `Hong Kong films than the Mainland (${cn.films}), though fewer than Taiwan (${tw.films}).`,
          ),
          reading(
            "by box office",
            "cannot-check",
            `The markets printed in yuan took at most ` +
              `${[...yuan].sort((a, b) => b.box_office - a.box_office)[0]?.box_office_printed}, against the Mainland's ` +
              `${cn.box_office_printed}; but ` +
              `${list(
                [...other, tw].map((r) => `${d.places.find((p) => p.id === r.place)?.display_name} ` + `(${r.box_office_printed})`),
              )} are printed in other currencies, which the data do not convert.`,
          ),
        ],
        "The sentence does not say what is compared; the paper's figures for films abroad give numbers of films and box office.",
      );
    },
  },
  {
    id: "exports-mostly-to-mainland",
    quote: "Overall, Hong Kong's audiovisual products are still mostly sold to the Chinese mainland",
    against: ["Table 8"],
    test: (d) => {
      const s = seriesOf(d, "exports", "mainland-china").filter((r) => r.share_percent !== null);
      const z = s.at(-1)!;
      const under = s.filter((r) => r.share_percent! <= 50);
      return ofReadings(
        [
          reading(`in the latest year, ${z.year}`, holds(z.share_percent! > 50), `${share(z)}.`),
          reading(
            "in every year (“still”)",
            holds(under.length === 0),
            `Its share was half or less in ${list(under.map((r) => r.year))} ` +
              `(${formatPercent(Math.min(...under.map((r) => r.share_percent!)))} to ` +
              `${formatPercent(Math.max(...under.map((r) => r.share_percent!)))}).`,
          ),
        ],
        "Shares of Hong Kong's exports of film- and TV-related goods, Table 8.",
      );
    },
  },
  {
    id: "changjin-top-mainland-film",
    quote: "The Battle at Lake Changjin II, the top mainland film launched in Hong Kong",
    against: ["Table 4"],
    test: (d) => {
      const top = byBoxOffice(d["mainland-films-hk-2022"])[0]!;
      const most = [...d["mainland-films-hk-2022"]].sort((a, b) => b.admissions - a.admissions)[0]!;
      return {
        verdict: holds(top === most && top.title_en.startsWith("The Battle at Lake Changjin")),
        evidence:
          `Table 4 (2022): ${top.title_en} took the most at the box office (${formatHKD(top.box_office_hkd)}) and drew ` +
          `the most admissions (${formatInteger(top.admissions)}).`,
      };
    },
  },
  {
    id: "costume-dramas-dominate-tv",
    quote: "As a result, mainland Chinese costume dramas continue to dominate Hong Kong's television business to this day.",
    against: ["Table 5", "the paper's own text"],
    test: (d) => {
      const costume = d["tvb-schedule-2024"].filter((r) => /costume/i.test(r.genre));
      const [y23, y24] = [fact(d, "tvb-ott", "tvb-mainland-share-2023").value, fact(d, "tvb-ott", "tvb-mainland-share-2024").value];
      return {
        verdict: holds(y24 > 50 && y23 > 50),
        evidence:
          `Table 5 lists ${inWords(costume.length)} costume drama (${list(costume.map((r) => r.title))}) among TVB's ` +
          `${d["tvb-schedule-2024"].length} series of 2024, and the paper puts Mainland dramas at ${formatPercent(y24)} of TVB's dramas ` +
          `in 2024 and ${formatPercent(y23)} in 2023.`,
      };
    },
  },
  {
    id: "mainland-dramas-ratings-number",
    quote:
      "Although the ratings of each drama series have declined as their number has increased, Mainland dramas continue to " +
      "dominate the costume drama genre.",
    against: ["Table 5", "Table 6"],
    test: (d) => {
      const [a, b] = [dramasIn(d, 2022), dramasIn(d, 2023)];
      return ofParts([
        part(
          "the ratings … have declined as their number has increased",
          holds(b.length > a.length && meanRating(d, 2023) < meanRating(d, 2022)),
          `Table 6: ${a.length} Mainland dramas averaging ${formatDecimal(meanRating(d, 2022), 1)} points in 2022, ${b.length} ` +
            `averaging ${formatDecimal(meanRating(d, 2023), 1)} in 2023. Each series aired in one year only, so the means are compared.`,
        ),
        part(
          "Mainland dramas continue to dominate the costume drama genre",
          "cannot-check",
          `Table 6 gives no genres and Table 5 no origins; Table 5's one costume drama, ` +
            `${d["tvb-schedule-2024"].find((r) => /costume/i.test(r.genre))?.title}, is marked purchased.`,
        ),
      ]);
    },
  },
  {
    id: "ott-over-10-million",
    quote:
      "Hong Kong Television Entertainment's Viu OTT and Hong Kong Television Broadcasts Limited's myTV Super are the best " +
      "examples, with each having over 10 million registered users.",
    against: ["the paper's own text"],
    test: (d) => {
      const my = fact(d, "tvb-ott", "mytv-super-members").value;
      const viu = fact(d, "tvb-ott", "viu-paid-subscribers").value;
      return {
        verdict: holds(my > 10 && viu > 10),
        evidence:
          `The paper gives myTV Super ${formatDecimal(my, 1)} million registered members (June 2023) and Viu OTT ` +
          `${formatDecimal(viu, 1)} million paid subscribers (end of 2022, across more than ` +
          `${formatInteger(fact(d, "tvb-ott", "viu-markets").value)} markets); paid subscribers are registered users too.`,
      };
    },
  },
  {
    id: "policy-mainland-11-1",
    quote:
      "According to the data presented above, Mainland films accounted for only 11.1% of Hong Kong's annual film releases in " +
      "2022, which is significantly lower than the 80% share of Mainland local Chinese language films in the mainland market.",
    against: ["Table 2", "Table 4"],
    test: (d) => {
      const total = release(d, "first-run-films").value_2022;
      const chinese = release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      const mainland = mainlandOnly(d).length;
      return ofParts([
        partByReadings("Mainland films accounted for only 11.1% of Hong Kong's annual film releases in 2022", [
          reading(
            "the Mainland's films (Table 4)",
            holds(isAbout((mainland / total) * 100, 11.1, 0.1)),
            `${mainland} of ${total}, ${formatPercent((mainland / total) * 100)}.`,
          ),
          reading(
            "all Chinese-language imports, the Mainland's and Taiwan's",
            holds(isAbout((chinese / total) * 100, 11.1, 0.1)),
            `${chinese} of ${total}, ${formatPercent((chinese / total) * 100)}.`,
          ),
        ]),
        part(
          "significantly lower than the 80% share of Mainland local Chinese language films in the mainland market",
          "holds",
          `Either figure is far below the 80% the paper gives for the Mainland's own market, which the data do not have.`,
        ),
      ]);
    },
  },
  {
    id: "foreign-language-171",
    quote: "On the contrary, 171 foreign-language films will be released in Hong Kong, or 79.2% of the total.",
    against: ["Table 2"],
    test: (d) => {
      const total = release(d, "first-run-films").value_2022;
      const foreign =
        release(d, "first-run-non-hong-kong-films").value_2022 - release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      return {
        verdict: holds(foreign === 171 && isAbout((foreign / total) * 100, 79.2, 0.1)),
        evidence:
          `Table 2, 2022: ${release(d, "first-run-non-hong-kong-films").value_2022} non-Hong Kong films less ` +
          `${release(d, "first-run-non-hong-kong-chinese-language-films").value_2022} Chinese-language ones leaves ${foreign}, ` +
          `${formatPercent((foreign / total) * 100)} of ${total}. (They were released in 2022; the sentence says “will be”.)`,
      };
    },
  },
  {
    id: "conclusion-interaction-grown",
    quote:
      "Comparing statistics over the last decade, we can observe that the interaction between audiovisual products from " +
      "Mainland China and Hong Kong has grown",
    against: ["Table 1", "Table 8"],
    test: (d) => {
      const [i0, i1, e0, e1] = [
        row(d, "imports", 2011, "mainland-china"),
        row(d, "imports", 2022, "mainland-china"),
        row(d, "exports", 2011, "mainland-china"),
        row(d, "exports", 2022, "mainland-china"),
      ];
      if (!i0?.value_hkd_thousand || !i1?.value_hkd_thousand || !e0?.value_hkd_thousand || !e1?.value_hkd_thousand)
        return cannot("Table 1 or Table 8 lacks the Mainland's 2011 or 2022 value.");
      const [t0, t1] = [i0.value_hkd_thousand + e0.value_hkd_thousand, i1.value_hkd_thousand + e1.value_hkd_thousand];
      return {
        verdict: holds(t1 > t0),
        evidence:
          `Hong Kong's trade in these goods with the Mainland, both ways, fell from ${formatHKDThousandShort(t0)} in ` +
          `2011 to ${formatHKDThousandShort(t1)} in 2022: imports from it from ${formatHKDThousandShort(i0.value_hkd_thousand)} ` +
          `to ${formatHKDThousandShort(i1.value_hkd_thousand)}, exports to it from ` +
          `${formatHKDThousandShort(e0.value_hkd_thousand)} to ${formatHKDThousandShort(e1.value_hkd_thousand)}. The ` +
          `Mainland's share of Hong Kong's exports rose (${share(e0)} to ${share(e1)}); its share of the imports fell ` +
          `(${share(i0)} to ${share(i1)}).`,
      };
    },
  },
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

/** The tally in words: "N sentences, of which T tested (H hold, ...), U not checkable, X not claims about data." */
export function tallySentence(t: CheckingTally): string {
  return (
    `${formatInteger(t.sentences)} sentences, of which ${formatInteger(t.tested)} tested (${formatInteger(t.holds)} hold, ` +
    `${formatInteger(t.doesNotHold)} do not hold, ${formatInteger(t.dependsOnReading)} depend on the reading, ` +
    `${formatInteger(t.cannotCheck)} cannot be checked), ${formatInteger(t.notCheckable)} not checkable, ` +
    `${formatInteger(t.notData)} not claims about data.`
  );
}
