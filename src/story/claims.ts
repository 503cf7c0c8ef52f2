/**
 * The paper's own sentences that state a number or a ranking, each tested against its tables
 * at build time. A claim quotes the paper (quotations may hold numbers); its verdict and the
 * figures that decide it are computed from data/, never written by hand.
 */
import type { SiteData } from "../data/load.ts";
import type { Verdict } from "../data/findings.ts";
import type { Direction, TradeRecord } from "../data/trade.ts";
import { formatDecimal, formatHKD, formatHKDThousandShort, formatInteger, formatPercent } from "../lib/format.ts";

export interface ClaimResult {
  verdict: Verdict;
  /** The figures that decide it, in words. */
  evidence: string;
}

export interface Claim {
  id: string;
  /** The sentence as printed. */
  quote: string;
  /** Where it is in the paper. */
  where: string;
  /** Tables or figures it is tested against. */
  against: string[];
  test(d: SiteData): ClaimResult;
}

const row = (d: SiteData, dir: Direction, year: number, place: string): TradeRecord | undefined => d.trade[dir].rows.find((r) => r.year === year && r.place === place);
const rank = (d: SiteData, dir: Direction, year: number, k: number): TradeRecord | undefined => d.trade[dir].rows.find((r) => r.year === year && r.rank === k);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;
const has = (d: SiteData, dir: Direction, year: number) => d.trade[dir].years.includes(year);
const share = (r: TradeRecord | undefined) => (r?.share_percent == null ? "not legible" : formatPercent(r.share_percent));
const holds = (ok: boolean): Verdict => (ok ? "holds" : "does-not-hold");
const cannot = (evidence: string): ClaimResult => ({ verdict: "cannot-check", evidence });

export const CLAIMS: Claim[] = [
  {
    id: "imports-2022-mainland-second",
    quote: "in 2022, Mainland China constituted 14.4% of film and television imports to Hong Kong, ranking second. Japan led with 29.1%",
    where: "Overall competitive profile",
    against: ["Table 1"],
    test: (d) => {
      if (!has(d, "imports", 2022)) return cannot("Table 1 has no 2022 data.");
      const m = row(d, "imports", 2022, "mainland-china");
      const j = row(d, "imports", 2022, "japan");
      const ok = m?.rank === 2 && m.share_percent === 14.4 && j?.rank === 1 && j.share_percent === 29.1;
      return { verdict: holds(ok), evidence: `Table 1, 2022: Japan ranks ${j?.rank} with ${share(j)}; Mainland China ranks ${m?.rank} with ${share(m)}.` };
    },
  },
  {
    id: "imports-2022-japan-twofold",
    quote: "Japan led with 29.1%, with its total value surpassing that of all other countries combined by over twofold",
    where: "Overall competitive profile",
    against: ["Table 1"],
    test: (d) => {
      const j = row(d, "imports", 2022, "japan");
      if (!j?.share_percent) return cannot("Japan's 2022 share is not in the data.");
      const others = 100 - j.share_percent;
      return { verdict: holds(j.share_percent > 2 * others), evidence: `Japan's ${formatPercent(j.share_percent)} of the year's imports leaves ${formatPercent(others)} to all other places combined: Japan is about ${formatDecimal(others / j.share_percent, 1)} times smaller than the rest, not twice as large. Even the other four of the top five together (${formatPercent(sum(d.trade.imports.rows.filter((r) => r.year === 2022 && r.rank > 1).map((r) => r.share_percent ?? 0)))}) exceed Japan.` };
    },
  },
  {
    id: "imports-2011-peak",
    quote: "from a peak of approximately HK$1.77 billion (35.9% of the total) in 2011, the market share fell to HK$0.86 billion (23.1%) by 2014",
    where: "Overall competitive profile",
    against: ["Table 1"],
    test: (d) => {
      const rows = d.trade.imports.rows.filter((r) => r.place === "mainland-china" && r.share_percent !== null && r.value_hkd_thousand !== null);
      const a = row(d, "imports", 2011, "mainland-china");
      const b = row(d, "imports", 2014, "mainland-china");
      const peakShare = [...rows].sort((x, y) => y.share_percent! - x.share_percent!)[0]!;
      const peakValue = [...rows].sort((x, y) => y.value_hkd_thousand! - x.value_hkd_thousand!)[0]!;
      const ok = peakShare.year === 2011 && peakValue.year === 2011;
      return {
        verdict: holds(ok),
        evidence: `The 2011 and 2014 figures match (${formatHKDThousandShort(a?.value_hkd_thousand ?? null)}, ${share(a)}; ${formatHKDThousandShort(b?.value_hkd_thousand ?? null)}, ${share(b)}), but the peak was ${peakShare.year}: ${formatHKDThousandShort(peakValue.value_hkd_thousand)} and ${share(peakShare)}.`,
      };
    },
  },
  {
    id: "imports-2019-low",
    quote: "A further decline commenced in 2017, reaching a low of 9.3% in 2019, trailing behind Japan, Ireland, Singapore, and others",
    where: "Overall competitive profile",
    against: ["Table 1"],
    test: (d) => {
      const m = row(d, "imports", 2019, "mainland-china");
      if (!m) return cannot("Mainland China is not in Table 1's 2019 top five.");
      const ahead = d.trade.imports.rows.filter((r) => r.year === 2019 && r.rank < m.rank).map((r) => r.place);
      const low = Math.min(...d.trade.imports.rows.filter((r) => r.place === "mainland-china" && r.share_percent !== null).map((r) => r.share_percent!));
      const ok = m.share_percent === 9.3 && low === 9.3 && ["japan", "ireland", "singapore"].every((p) => ahead.includes(p));
      return { verdict: holds(ok), evidence: `2019: Mainland China ${share(m)}, rank ${m.rank}, behind ${ahead.length} places (Japan, Ireland, Singapore); its lowest share in the series is ${formatPercent(low)}.` };
    },
  },
  {
    id: "imports-2016-slight-edge",
    quote: "2016 marked a turning point, where mainland China's goods value and share over Japan showed only a slight edge",
    where: "Figure 1",
    against: ["Table 1", "Figure 1"],
    test: (d) => {
      const m = row(d, "imports", 2016, "mainland-china");
      const j = row(d, "imports", 2016, "japan");
      if (!m?.share_percent || !j?.share_percent || !m.value_hkd_thousand || !j.value_hkd_thousand) return cannot("2016 figures missing.");
      const gap = m.share_percent - j.share_percent;
      return { verdict: holds(gap > 0 && gap < 5), evidence: `2016: Mainland China ${share(m)} (${formatHKDThousandShort(m.value_hkd_thousand)}) against Japan ${share(j)} (${formatHKDThousandShort(j.value_hkd_thousand)}), a lead of ${formatDecimal(gap, 1)} points, down from ${formatDecimal(row(d, "imports", 2011, "mainland-china")!.share_percent! - row(d, "imports", 2011, "japan")!.share_percent!, 1)} in 2011.` };
    },
  },
  {
    id: "imports-japan-15-points",
    quote: "Japan has held the top spot in the introduction of overseas film, television, and other related products to Hong Kong since 2017, accounting for up to 35%, which is more than 15 percentage points higher than second place",
    where: "Japan: The popular anime culture",
    against: ["Table 1"],
    test: (d) => {
      const years = d.trade.imports.years.filter((y) => y >= 2017 && y <= 2022);
      const gaps = years.map((y) => ({ y, top: rank(d, "imports", y, 1), second: rank(d, "imports", y, 2) }));
      const bad = gaps.filter((g) => g.top?.place !== "japan" || (g.top.share_percent ?? 0) - (g.second?.share_percent ?? 0) <= 15);
      return {
        verdict: holds(bad.length === 0),
        evidence: `Japan is first in every year ${years[0]}-${years.at(-1)}; its lead over second place is ${gaps.map((g) => `${formatDecimal((g.top?.share_percent ?? 0) - (g.second?.share_percent ?? 0), 1)} (${g.y})`).join(", ")} points${bad.length ? `: not more than 15 in ${bad.map((g) => g.y).join(" and ")}` : ""}.`,
      };
    },
  },
  {
    id: "releases-2022-mainland-share",
    quote: "In 2022, Hong Kong released 216 films, with Mainland imports constituting 11.1% and foreign-language films 79.2%",
    where: "Status of issuance",
    against: ["Table 2", "Table 4", "Figure 3"],
    test: (d) => {
      const total = d.filmReleases.find((r) => r.id === "first-run-films")!.value_2022;
      const mainland = d.mainlandFilms.filter((f) => f.origin === "mainland-china").length;
      const chinese = d.mainlandFilms.length;
      const foreign = total - d.filmReleases.find((r) => r.id === "first-run-hong-kong-films")!.value_2022 - chinese;
      return {
        verdict: holds(near((mainland / total) * 100, 11.1, 0.05)),
        evidence: `Of ${total} films, ${foreign} foreign-language is ${formatPercent((foreign / total) * 100)} (holds), but Table 4 lists ${mainland} Mainland films, ${formatPercent((mainland / total) * 100)}; even all ${chinese} Chinese-language imports make ${formatPercent((chinese / total) * 100)}. The printed 11.1% would be ${formatInteger(Math.round(0.111 * total))} films.`,
      };
    },
  },
  {
    id: "box-office-mainland-0-65",
    quote: "In 2022, box office receipts for these films totaled approximately HK$7.62 million, constituting only 0.65% of Hong Kong's total",
    where: "Status of issuance",
    against: ["Table 3", "Table 4"],
    test: (d) => {
      const t4 = sum(d.mainlandFilms.map((f) => f.box_office_hkd));
      const t3 = d.boxOffice.find((r) => r.id === "chinese")!;
      const total = d.boxOffice.find((r) => r.id === "total")!.box_office_hkd;
      return { verdict: holds(near(t4 / 1e6, 7.62, 0.005) && near((t4 / total) * 100, 0.65, 0.005)), evidence: `Table 4's films took ${formatHKD(t4)} (Table 3: ${formatHKD(t3.box_office_hkd)}), ${formatPercent((t4 / total) * 100, 2)} of ${formatHKD(total)}.` };
    },
  },
  {
    id: "box-office-below-10",
    quote: "the aggregate box office for both Hong Kong and Mainland films remained below 10%",
    where: "Status of issuance",
    against: ["Table 3"],
    test: (d) => {
      const s = (id: string) => d.boxOffice.find((r) => r.id === id)!.share_percent_printed;
      const coPlusMainland = s("hong-kong-mainland-coproductions") + s("chinese");
      const hkPlusMainland = s("hong-kong") + s("chinese");
      return {
        verdict: holds(coPlusMainland < 10),
        evidence: `Read as co-productions plus Mainland films, as the sentence before suggests: ${formatPercent(coPlusMainland, 2)}, below 10%. Read literally, Hong Kong films plus Mainland films took ${formatPercent(hkPlusMainland, 2)}.`,
      };
    },
  },
  {
    id: "changjin-42000",
    quote: "The highest-grossing film, The Battle at Lake Changjin II, attracted approximately 42,000 viewers and had an 80-day release period",
    where: "Broadcast situation",
    against: ["Table 4"],
    test: (d) => {
      const top = [...d.mainlandFilms].sort((a, b) => b.box_office_hkd - a.box_office_hkd)[0]!;
      const ok = top.title_en.startsWith("The Battle at Lake Changjin") && near(top.admissions, 42000, 500) && top.days_in_theatres === 80;
      return { verdict: holds(ok), evidence: `Table 4's highest-grossing film is ${top.title_en}: ${formatInteger(top.admissions)} admissions over ${top.days_in_theatres} days.` };
    },
  },
  {
    id: "hk-top-three-600000",
    quote: "the top three Hong Kong films garnered nearly 600,000 viewers collectively",
    where: "Broadcast situation",
    against: ["Table 7"],
    test: (d) => {
      const top3 = [...d.hongKongFilms].sort((a, b) => b.box_office_hkd - a.box_office_hkd).slice(0, 3);
      const n = sum(top3.map((f) => f.admissions));
      return { verdict: holds(n <= 600000 && n >= 500000), evidence: `Table 7's top three (${top3.map((f) => f.title_en).join(", ")}) drew ${formatInteger(n)} admissions, about ${formatDecimal(n / 600000, 1)} times the figure; the first two alone passed a million each.` };
    },
  },
  {
    id: "hk-films-246m",
    quote: "box office receipts for Hong Kong-produced films totaled HK$246 million in 2022, accounting for 21.14% of the overall market share",
    where: "Hong Kong: The Resurgence of Local Industries",
    against: ["Table 3"],
    test: (d) => {
      const r = d.boxOffice.find((x) => x.id === "hong-kong")!;
      return { verdict: holds(near(r.box_office_hkd / 1e6, 246, 0.5) && r.share_percent_printed === 21.14), evidence: `Table 3: ${formatHKD(r.box_office_hkd)}, ${formatPercent(r.share_percent_printed, 2)}.` };
    },
  },
  {
    id: "warriors-81m",
    quote: "Table for Six and Warriors of Future were among the films with more than one million spectators, with the latter grossing more than HK$81 million",
    where: "Hong Kong: The Resurgence of Local Industries",
    against: ["Table 7"],
    test: (d) => {
      const f = (t: string) => d.hongKongFilms.find((x) => x.title_en.toLowerCase() === t.toLowerCase());
      const six = f("Table For Six");
      const war = f("Warriors of Future");
      if (!six || !war) return cannot("The films are not in Table 7.");
      return { verdict: holds(six.admissions > 1e6 && war.admissions > 1e6 && war.box_office_hkd > 81e6), evidence: `Table 7: Table For Six ${formatInteger(six.admissions)} admissions; Warriors of Future ${formatInteger(war.admissions)} admissions and ${formatHKD(war.box_office_hkd)}.` };
    },
  },
  {
    id: "us-films-30-percent",
    quote: "60 of the foreign films imported that year were from the United States, accounting for approximately 30% of the total number of foreign films imported",
    where: "USA: Hollywood films",
    against: ["Table 2", "Figure 3"],
    test: (d) => {
      const us = d.originOfReleases.find((o) => o.place === "usa")!.films;
      const nonHk = d.filmReleases.find((r) => r.id === "first-run-non-hong-kong-films")!.value_2022;
      const pct = (us / nonHk) * 100;
      return { verdict: holds(near(pct, 30, 2.5)), evidence: `${us} of the ${nonHk} non-Hong Kong releases is ${formatPercent(pct)}; of the 171 foreign-language films alone it would be ${formatPercent((us / 171) * 100)}.` };
    },
  },
  {
    id: "exports-690-to-300",
    quote: "the entire export value of Hong Kong's film and TV-related items has declined over the last 12 years, falling from approximately HK$690 million in 2011 to HK$300 million in 2022",
    where: "Overall export performance",
    against: ["Table 8"],
    test: (d) => {
      const total = (y: number) => {
        const r = rank(d, "exports", y, 1);
        return r?.value_hkd_thousand && r.share_percent ? r.value_hkd_thousand / (r.share_percent / 100) : null;
      };
      const a = total(2011);
      const b = total(2022);
      if (a === null || b === null) return cannot("Table 8 lacks the 2011 or 2022 leader's value or share.");
      return { verdict: holds(near(a, 690000, 10000) && near(b, 300000, 10000)), evidence: `Value ÷ share of each year's leading destination implies totals of ${formatHKDThousandShort(a)} in 2011 and ${formatHKDThousandShort(b)} in 2022.` };
    },
  },
  {
    id: "exports-2022-77-5",
    quote: "the largest percentage of Hong Kong's film and TV-related creative products flowing overseas in 2022 remained Mainland China, accounting for 77.5 percent",
    where: "Mainland China as the top export region",
    against: ["Table 8"],
    test: (d) => {
      const r = rank(d, "exports", 2022, 1);
      return { verdict: holds(r?.place === "mainland-china" && r.share_percent === 77.5), evidence: `Table 8, 2022: first is ${r?.place === "mainland-china" ? "Mainland China" : (r?.place ?? "not legible")} with ${share(r)}.` };
    },
  },
  {
    id: "exports-2020-peak-88",
    quote: "2020 is precisely the peak of Mainland China occupied Hong Kong, and its share of exports reached 88%",
    where: "Policy promotion role of the Mainland and Hong Kong",
    against: ["Table 8"],
    test: (d) => {
      const shares = d.trade.exports.rows.filter((r) => r.place === "mainland-china");
      const legible = shares.filter((r) => r.share_percent !== null);
      const unknownYears = d.trade.exports.years.filter((y) => !legible.some((r) => r.year === y));
      const max = [...legible].sort((a, b) => b.share_percent! - a.share_percent!)[0]!;
      return {
        verdict: unknownYears.length ? "cannot-check" : holds(max.year === 2020),
        evidence: `Among the years legible, the highest is ${max.year} at ${formatPercent(max.share_percent)}; Mainland China's share is not legible for ${unknownYears.join(", ")}, so a higher year cannot be ruled out.`,
      };
    },
  },
  {
    id: "exports-2017-taiwan",
    quote: "Taiwan's export value peaked at 56.2% in 2017, making it Hong Kong's top export area for the second consecutive year in 2018",
    where: "Figure 4",
    against: ["Table 8"],
    test: (d) => {
      const t16 = row(d, "exports", 2016, "taiwan-china");
      const m16 = rank(d, "exports", 2016, 1);
      return { verdict: "cannot-check", evidence: `Table 8's 2017-2019 block is missing from the text. The sentence also conflicts with the paper's own statement that only 2017 saw Taiwan first, and with Table 8's 2016, where ${m16?.place === "mainland-china" ? "Mainland China" : "another place"} leads with ${share(m16)} and Taiwan ranks ${t16?.rank ?? "lower"}.` };
    },
  },
  {
    id: "exports-2011-2013-western",
    quote: "In the period 2011-2013, the top five countries included Brazil, Germany, the United States, and other Western cultural circle regions",
    where: "Neighboring Chinese-speaking Circle as the main export area",
    against: ["Table 8"],
    test: (d) => {
      const places = new Set(d.trade.exports.rows.filter((r) => r.year >= 2011 && r.year <= 2013).map((r) => r.place));
      const later = new Set(d.trade.exports.rows.filter((r) => r.year > 2013).map((r) => r.place));
      const ok = ["brazil", "germany", "usa"].every((p) => places.has(p)) && !["brazil", "germany", "usa"].some((p) => later.has(p));
      return { verdict: holds(ok), evidence: `Brazil, Germany and the USA appear in 2011-2013 and in none of the later legible years.` };
    },
  },
  {
    id: "mainland-dramas-below-20",
    quote: "ratings have consistently declined year-on-year, with the average rating for Mainland dramas dropping below 20 points by 2023",
    where: "Table 6",
    against: ["Table 6"],
    test: (d) => {
      const mean = (y: number) => {
        const r = d.tvbMainlandDramas.filter((x) => x.year === y);
        return sum(r.map((x) => x.rating_points)) / r.length;
      };
      const [a, b] = [mean(2022), mean(2023)];
      return { verdict: holds(b < 20 && b < a), evidence: `Mean rating of the Mainland dramas in Table 6: ${formatDecimal(a, 1)} in 2022, ${formatDecimal(b, 1)} in 2023.` };
    },
  },
  {
    id: "invisibles-rating",
    quote: "peaking at 25.5 points for TVB's The Invisibles",
    where: "Table 6 and “The glorious return of Hong Kong drama”",
    against: ["the paper's own text"],
    test: (d) => {
      const a = d.facts["tvb-ott"].find((f) => f.id === "invisibles-rating-table-6-prose")!.value;
      const b = d.facts["tvb-ott"].find((f) => f.id === "invisibles-rating-year-end")!.value;
      return { verdict: holds(a === b), evidence: `The paper gives The Invisibles ${a} points here and ${b} points on the 2023 year-end list.` };
    },
  },
  {
    id: "tvb-2023-22-2",
    quote: "In 2023, TVB aired 27 dramas ... seven outsourced series and six Mainland films were broadcast, constituting 22.2% of the total",
    where: "TV Competitiveness of Mainland China",
    against: ["the paper's own text"],
    test: (d) => {
      const f = (id: string) => d.facts["tvb-ott"].find((x) => x.id === id)!.value;
      const [total, mainland, outsourced] = [f("tvb-dramas-2023"), f("tvb-mainland-titles-2023"), f("tvb-outsourced-series-2023")];
      return { verdict: holds(near((mainland / total) * 100, 22.2, 0.05)), evidence: `${mainland} of ${total} is ${formatPercent((mainland / total) * 100)}: the 22.2% counts the six Mainland titles only; with the ${outsourced} outsourced series it would be ${formatPercent(((mainland + outsourced) / total) * 100)}.` };
    },
  },
  {
    id: "animation-hong-kong-half",
    quote: "Hong Kong remains the primary export market for mainland China's animation industry, representing nearly 50% of export volume",
    where: "Animation industry, Figure 2",
    against: ["the paper's own text (Figure 2)"],
    test: (d) => {
      const f = (id: string) => d.facts["animation-exports-2016"].find((x) => x.id === id)!.value;
      const via = f("hong-kong-share-of-total-via-asia");
      return { verdict: holds(near(via, f("hong-kong-share-of-total-as-stated"), 5)), evidence: `The next paragraph puts about ${formatPercent(f("asia-share"), 0)} of exports in Asia and Hong Kong at about half of that, ${formatPercent(via, 0)} of the total, not nearly 50%.` };
    },
  },
];
