/** "Influence of Mainland China's audiovisual content in Hong Kong China": Overall competitive profile (Table 1, Figure 1). */
import { formatDecimal, formatHKDThousandShort, formatPercent } from "../../lib/format.ts";
import {
  both,
  cannot,
  type Claim,
  holds,
  inWords,
  isAbout,
  list,
  ofParts,
  ordinal,
  part,
  partByReadings,
  placeName,
  rank,
  reading,
  risingYears,
  row,
  seriesOf,
  share,
  sum,
  zhCount,
  zhOf,
} from "./shared.ts";

export const OVERALL_PROFILE: Claim[] = [
  {
    id: "imports-decline-twelve-years",
    quote:
      "Analysis of data over the past twelve years indicates a decline in the production of Mainland China's film and " +
      "television products in Hong Kong, both in absolute terms and relative proportion.",
    against: ["Table 1"],
    test: (d) => {
      const zh = zhOf(d);
      const [a, b] = [row(d, "imports", 2011, "mainland-china"), row(d, "imports", 2022, "mainland-china")];
      if (
        !a ||
        !b ||
        a.value_hkd_thousand === null ||
        b.value_hkd_thousand === null ||
        a.share_percent === null ||
        b.share_percent === null
      )
        return cannot(both("Table 1 lacks the Mainland's 2011 or 2022 figures.", "表1缺少內地2011年或2022年的數字。"));
      return {
        verdict: holds(b.value_hkd_thousand < a.value_hkd_thousand && b.share_percent < a.share_percent),
        evidence: both(
          `Table 1: Hong Kong's imports from the Mainland fell from ${formatHKDThousandShort(a.value_hkd_thousand)} ` +
            `(${share(a)}) in 2011 to ${formatHKDThousandShort(b.value_hkd_thousand)} (${share(b)}) in 2022. (They are imports of ` +
            `goods; the sentence says "production".)`,
          `表1：香港從內地進口的這類產品，由2011年的${zh.f.hkdThousandShort(a.value_hkd_thousand)}（${zh.share(a)}），` +
            `跌至2022年的${zh.f.hkdThousandShort(b.value_hkd_thousand)}（${zh.share(b)}）。（這些是貨物進口，句子説的卻是「產量」。）`,
        ),
      };
    },
  },
  {
    id: "imports-recent-rebound",
    quote: "Despite a recent rebound in the last two years, the industry has yet to reach its peak",
    against: ["Table 1"],
    test: (d) => {
      const zh = zhOf(d);
      const s = seriesOf(d, "imports", "mainland-china");
      const at = (y: number) => s.find((r) => r.year === y);
      const [y0, y1, y2] = [at(2020), at(2021), at(2022)];
      if (!y0 || !y1 || !y2)
        return cannot(both("Table 1 lacks one of the Mainland's 2020-2022 rows.", "表1缺少內地2020至2022年其中一年的數字。"));
      const peakShare = [...s].sort((a, b) => b.share_percent! - a.share_percent!)[0]!;
      const v = (r: typeof y0) => zh.f.hkdThousandShort(r.value_hkd_thousand);
      const rebound = partByReadings(both("a recent rebound in the last two years", "近兩年有所回升"), [
        reading(
          both("by share of Hong Kong's imports", "以佔香港進口的比例計"),
          holds(y2.share_percent! > y0.share_percent!),
          both(
            `${share(y0)} in 2020, ${share(y1)} in 2021, ${share(y2)} in 2022: up over the two years, though down in 2021.`,
            `2020年${zh.share(y0)}，2021年${zh.share(y1)}，2022年${zh.share(y2)}：兩年間整體上升，但2021年曾經下跌。`,
          ),
        ),
        reading(
          both("by value", "以貨值計"),
          holds(y2.value_hkd_thousand! > y0.value_hkd_thousand!),
          both(
            `${formatHKDThousandShort(y0.value_hkd_thousand)} in 2020, ${formatHKDThousandShort(y1.value_hkd_thousand)} in 2021, ` +
              `${formatHKDThousandShort(y2.value_hkd_thousand)} in 2022: down in both years.`,
            `2020年${v(y0)}，2021年${v(y1)}，2022年${v(y2)}：兩年均告下跌。`,
          ),
        ),
      ]);
      const peak = part(
        both("the industry has yet to reach its peak", "該行業仍未回到高峯"),
        holds(y2.share_percent! < peakShare.share_percent!),
        both(
          `${share(y2)} in 2022 against the series' highest, ${share(peakShare)} in ${peakShare.year}.`,
          `2022年為${zh.share(y2)}，而整個數列的最高點是${peakShare.year}年的${zh.share(peakShare)}。`,
        ),
      );
      return ofParts([rebound, peak]);
    },
  },
  {
    id: "imports-2022-mainland-second",
    quote: "in 2022, Mainland China constituted 14.4% of film and television imports to Hong Kong, ranking second",
    against: ["Table 1"],
    test: (d) => {
      const zh = zhOf(d);
      const m = row(d, "imports", 2022, "mainland-china");
      if (!m) return cannot(both("Mainland China is not in Table 1's 2022 top five.", "內地不在表1的2022年五大之列。"));
      return {
        verdict: holds(m.rank === 2 && m.share_percent === 14.4),
        evidence: both(
          `Table 1, 2022: Mainland China ranks ${m.rank} with ${share(m)}.`,
          `表1，2022年：內地排${zh.f.rank(m.rank)}，佔${zh.share(m)}。`,
        ),
      };
    },
  },
  {
    id: "imports-2022-japan-twofold",
    quote: "Japan led with 29.1%, with its total value surpassing that of all other countries combined by over twofold",
    against: ["Table 1"],
    test: (d) => {
      const zh = zhOf(d);
      const j = row(d, "imports", 2022, "japan");
      const second = rank(d, "imports", 2022, 2);
      if (!j?.share_percent || !j.value_hkd_thousand)
        return cannot(both("Japan's 2022 figures are not in the data.", "數據沒有日本2022年的數字。"));
      const others = 100 - j.share_percent;
      const restOfTopFive = sum(d["trade-imports"].filter((r) => r.year === 2022 && r.rank > 1).map((r) => r.share_percent ?? 0));
      const timesSecond = j.value_hkd_thousand / (second?.value_hkd_thousand ?? NaN);
      return ofParts([
        part(
          both("Japan led with 29.1%", "日本以29.1%居首"),
          holds(j.rank === 1 && j.share_percent === 29.1),
          both(`Table 1, 2022: Japan ranks ${j.rank} with ${share(j)}.`, `表1，2022年：日本排${zh.f.rank(j.rank)}，佔${zh.share(j)}。`),
        ),
        part(
          both("its total value surpassing that of all other countries combined by over twofold", "其總值比其他所有國家的總和高出超過兩倍"),
          holds(j.share_percent > 2 * others),
          both(
            `Japan's ${share(j)} of the year's imports leaves ${formatPercent(others)} to all other places combined, ` +
              `${formatDecimal(others / j.share_percent, 1)} times Japan's. Even the other four of the top five together ` +
              `(${formatPercent(restOfTopFive)}) exceed Japan. Japan's value is ` +
              `${formatDecimal(timesSecond, 1)} times that of the second place ` +
              `alone, which is not what the sentence says.`,
            `日本佔當年進口的${zh.share(j)}，其餘所有地方合共佔${zh.f.percent(others)}，是日本的` +
              `${zh.f.decimal(others / j.share_percent, 1)}倍。即使只計五大中的其餘四位，合計（${zh.f.percent(restOfTopFive)}）` +
              `亦已超過日本。日本的貨值是第二位的${zh.f.decimal(timesSecond, 1)}倍，但句子説的並非這個比較。`,
          ),
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
      const zh = zhOf(d);
      const s = seriesOf(d, "imports", "mainland-china");
      const up = risingYears(s.map((r) => ({ year: r.year, v: r.share_percent })));
      return {
        verdict: holds(up.length === 0),
        evidence: both(
          `Table 1: the Mainland's share fell from ${share(s[0])} in ${s[0]?.year} to ${share(s.at(-1))} in ` +
            `${s.at(-1)?.year}, but not every year: it rose in ${list(up)}.`,
          `表1：內地的佔比由${s[0]?.year}年的${zh.share(s[0])}，跌至${s.at(-1)?.year}年的${zh.share(s.at(-1))}，` +
            `但並非年年下跌：${zh.years(up)}均有上升。`,
        ),
      };
    },
  },
  {
    id: "imports-2011-peak",
    quote:
      "from a peak of approximately HK$1.77 billion (35.9% of the total) in 2011, the market share fell to HK$0.86 billion (23.1%) by 2014",
    against: ["Table 1"],
    test: (d) => {
      const zh = zhOf(d);
      const rows = seriesOf(d, "imports", "mainland-china").filter((r) => r.share_percent !== null && r.value_hkd_thousand !== null);
      const [a, b] = [row(d, "imports", 2011, "mainland-china"), row(d, "imports", 2014, "mainland-china")];
      const peakShare = [...rows].sort((x, y) => y.share_percent! - x.share_percent!)[0]!;
      const peakValue = [...rows].sort((x, y) => y.value_hkd_thousand! - x.value_hkd_thousand!)[0]!;
      return ofParts([
        part(
          both("a peak of approximately HK$1.77 billion (35.9% of the total) in 2011", "2011年約17.7億港元（佔總額35.9%）的高峯"),
          holds(peakShare.year === 2011 && peakValue.year === 2011),
          both(
            `2011's figures match (${formatHKDThousandShort(a?.value_hkd_thousand ?? null)}, ${share(a)}), but they are not the ` +
              `peak: ${peakShare.year} was higher, ${formatHKDThousandShort(peakValue.value_hkd_thousand)} and ${share(peakShare)}.`,
            `2011年的數字相符（${zh.f.hkdThousandShort(a?.value_hkd_thousand ?? null)}，${zh.share(a)}），但並非高峯：` +
              `${peakShare.year}年更高，達${zh.f.hkdThousandShort(peakValue.value_hkd_thousand)}及${zh.share(peakShare)}。`,
          ),
        ),
        part(
          both("the market share fell to HK$0.86 billion (23.1%) by 2014", "市場佔有率跌至2014年的8.6億港元（23.1%）"),
          holds(!!b?.value_hkd_thousand && isAbout(b.value_hkd_thousand / 1e6, 0.86, 0.01) && b.share_percent === 23.1),
          both(
            `2014: ${formatHKDThousandShort(b?.value_hkd_thousand ?? null)}, ${share(b)}.`,
            `2014年：${zh.f.hkdThousandShort(b?.value_hkd_thousand ?? null)}，${zh.share(b)}。`,
          ),
        ),
      ]);
    },
  },
  {
    id: "imports-2019-low",
    quote: "A further decline commenced in 2017, reaching a low of 9.3% in 2019, trailing behind Japan, Ireland, Singapore, and others",
    against: ["Table 1"],
    test: (d) => {
      const zh = zhOf(d);
      const s = seriesOf(d, "imports", "mainland-china");
      const at = (y: number) => s.find((r) => r.year === y);
      const m = at(2019);
      if (!m) return cannot(both("Mainland China is not in Table 1's 2019 top five.", "內地不在表1的2019年五大之列。"));
      const [y15, y16, y17] = [at(2015), at(2016), at(2017)];
      const low = [...s].filter((r) => r.share_percent !== null).sort((a, b) => a.share_percent! - b.share_percent!)[0]!;
      const ahead = d["trade-imports"].filter((r) => r.year === 2019 && r.rank < m.rank).sort((a, b) => a.rank - b.rank);
      const named = ["japan", "ireland", "singapore"];
      const namedAhead = named.every((p) => ahead.some((r) => r.place === p));
      return ofParts([
        part(
          both("A further decline commenced in 2017", "2017年起再度下跌"),
          holds(y17!.share_percent! < y16!.share_percent! && y16!.share_percent! >= y15!.share_percent!),
          both(
            `${share(y15)} in 2015, ${share(y16)} in 2016, ${share(y17)} in 2017.`,
            `2015年${zh.share(y15)}，2016年${zh.share(y16)}，2017年${zh.share(y17)}。`,
          ),
        ),
        part(
          both("reaching a low of 9.3% in 2019", "2019年跌至9.3%的低位"),
          holds(low.year === 2019 && m.share_percent === 9.3),
          both(`2019: ${share(m)}, the lowest share in the series.`, `2019年：${zh.share(m)}，是整個數列中最低的佔比。`),
        ),
        partByReadings(both("trailing behind Japan, Ireland, Singapore, and others", "落後於日本、愛爾蘭、新加坡等"), [
          reading(
            both("behind Japan, Ireland and Singapore", `落後於${zh.list(named.map((p) => zh.place(p)))}`),
            holds(namedAhead),
            both(
              `2019: the Mainland ranks ${m.rank}, behind ${list(ahead.map((r) => placeName(d, r.place)))}.`,
              `2019年：內地排${zh.f.rank(m.rank)}，落後於${zh.list(ahead.map((r) => zh.place(r.place)))}。`,
            ),
          ),
          reading(
            both("behind those three and other places too", "除這三地外，亦落後於其他地方"),
            holds(namedAhead && ahead.length > named.length),
            both(`Only ${inWords(ahead.length)} places were ahead of it.`, `排在內地之前的只有${zhCount(ahead.length, "個")}地方。`),
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
      const zh = zhOf(d);
      const m = seriesOf(d, "imports", "mainland-china");
      const j = seriesOf(d, "imports", "japan");
      const at = <T extends { year: number }>(s: T[], y: number) => s.find((r) => r.year === y)!;
      const jPeakShare = [...j].sort((a, b) => b.share_percent! - a.share_percent! || a.year - b.year)[0]!;
      const jPeakValue = [...j].sort((a, b) => b.value_hkd_thousand! - a.value_hkd_thousand!)[0]!;
      const j22 = at(j, 2022);
      const notFirst = j.filter((r) => r.year >= 2016 && r.rank !== 1);
      const ledSince = j.find((r) => r.year > 2016 && r.rank === 1)?.year;
      const v = (x: number | null) => zh.f.hkdThousandShort(x);
      return ofParts([
        partByReadings(both("recovery signs emerged in 2021", "2021年出現復甦跡象"), [
          reading(
            both("by rank", "以排名計"),
            holds(at(m, 2021).rank < at(m, 2020).rank),
            both(
              `The Mainland moved from ${ordinal(at(m, 2020).rank)} place in 2020 to ${ordinal(at(m, 2021).rank)} in 2021.`,
              `內地2020年排${zh.f.rank(at(m, 2020).rank)}，2021年排${zh.f.rank(at(m, 2021).rank)}。`,
            ),
          ),
          reading(
            both("by share", "以佔比計"),
            holds(at(m, 2021).share_percent! > at(m, 2020).share_percent!),
            both(
              `Its share went from ${share(at(m, 2020))} to ${share(at(m, 2021))}, and its value from ` +
                `${formatHKDThousandShort(at(m, 2020).value_hkd_thousand)} to ${formatHKDThousandShort(at(m, 2021).value_hkd_thousand)}.`,
              `其佔比由${zh.share(at(m, 2020))}變為${zh.share(at(m, 2021))}，貨值由${v(at(m, 2020).value_hkd_thousand)}` +
                `變為${v(at(m, 2021).value_hkd_thousand)}。`,
            ),
          ),
        ]),
        part(
          both("with a rise to second place in 2022", "於2022年升至第二位"),
          holds(at(m, 2022).rank === 2),
          both(`2022: the Mainland ranks ${at(m, 2022).rank}.`, `2022年：內地排${zh.f.rank(at(m, 2022).rank)}。`),
        ),
        part(
          both("Japanese audiovisual products, which have been on an upward trajectory since 2016", "日本視聽產品自2016年起一直呈上升軌跡"),
          holds(jPeakShare.year === 2022 && jPeakValue.year === 2022),
          both(
            `Japan's share peaked at ${share(jPeakShare)} in ${jPeakShare.year} and was ${share(j22)} in 2022; its value peaked ` +
              `at ${formatHKDThousandShort(jPeakValue.value_hkd_thousand)} in ${jPeakValue.year} and was ` +
              `${formatHKDThousandShort(j22.value_hkd_thousand)} in 2022.`,
            `日本的佔比在${jPeakShare.year}年達到最高的${zh.share(jPeakShare)}，2022年為${zh.share(j22)}；其貨值在` +
              `${jPeakValue.year}年達到最高的${v(jPeakValue.value_hkd_thousand)}，2022年為${v(j22.value_hkd_thousand)}。`,
          ),
        ),
        part(
          both("consistently leading the market share", "市場佔有率始終領先"),
          holds(notFirst.length === 0),
          notFirst.length
            ? both(
                `Japan was not first in ${list(notFirst.map((r) => r.year))} (${list(
                  notFirst.map((r) => `${share(r)}, against ` + `the Mainland's ${share(at(m, r.year))}`),
                )}); it has led since ${ledSince}.`,
                `日本在${zh.years(notFirst.map((r) => r.year))}並非居首（${zh.list(
                  notFirst.map((r) => `${r.year}年日本${zh.share(r)}，內地${zh.share(at(m, r.year))}`),
                )}）；自${ledSince}年起才一直領先。`,
              )
            : both("Japan is first in every year from 2016.", "日本自2016年起每年均居首。"),
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
      const zh = zhOf(d);
      const [m, j] = [seriesOf(d, "imports", "mainland-china"), seriesOf(d, "imports", "japan")];
      const [m0, m1, j0, j1] = [m[0]!, m.at(-1)!, j[0]!, j.at(-1)!];
      const jPeak = [...j].sort((a, b) => b.share_percent! - a.share_percent! || a.year - b.year)[0]!;
      return {
        verdict: holds(m1.share_percent! < m0.share_percent! && j1.share_percent! > j0.share_percent!),
        evidence: both(
          `From ${m0.year} to ${m1.year} the Mainland's share went from ${share(m0)} to ${share(m1)}, Japan's from ` +
            `${share(j0)} to ${share(j1)} (Japan's highest was ${share(jPeak)}, in ${jPeak.year}).`,
          `${zh.f.yearSpan(m0.year, m1.year)}間，內地的佔比由${zh.share(m0)}變為${zh.share(m1)}，日本則由${zh.share(j0)}` +
            `變為${zh.share(j1)}（日本的最高點是${jPeak.year}年的${zh.share(jPeak)}）。`,
        ),
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
      const zh = zhOf(d);
      const m = row(d, "imports", 2016, "mainland-china");
      const j = row(d, "imports", 2016, "japan");
      if (!m?.share_percent || !j?.share_percent || !m.value_hkd_thousand || !j.value_hkd_thousand)
        return cannot(both("2016 figures missing.", "缺少2016年的數字。"));
      const gap = m.share_percent - j.share_percent;
      const early = [2011, 2012, 2013].map(
        (y) => row(d, "imports", y, "mainland-china")!.share_percent! / row(d, "imports", y, "japan")!.share_percent!,
      );
      return {
        verdict: holds(gap > 0 && gap < 5 && early.every((x) => x >= 2)),
        evidence: both(
          `2016: Mainland China ${share(m)} (${formatHKDThousandShort(m.value_hkd_thousand)}) against Japan ${share(j)} ` +
            `(${formatHKDThousandShort(j.value_hkd_thousand)}), a lead of ${formatDecimal(gap, 1)} points; in 2011-2013 the ` +
            `Mainland's share was ${list(early.map((x) => formatDecimal(x, 1)))} times Japan's.`,
          `2016年：內地${zh.share(m)}（${zh.f.hkdThousandShort(m.value_hkd_thousand)}），日本${zh.share(j)}` +
            `（${zh.f.hkdThousandShort(j.value_hkd_thousand)}），內地領先${zh.f.points(gap, 1)}；2011至2013年，內地的佔比` +
            `分別是日本的${zh.list(early.map((x) => zh.f.decimal(x, 1)))}倍。`,
        ),
      };
    },
  },
];
