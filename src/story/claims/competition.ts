/**
 * "Major competition for mainland Chinese audiovisual content in Hong Kong": USA (Hollywood films),
 * Japan (anime), Hong Kong's own films, and the return of Hong Kong drama.
 */
import { formatDecimal, formatHKD, formatInteger, formatPercent } from "../../lib/format.ts";
import {
  both,
  boxOffice,
  cannot,
  type Claim,
  fact,
  holds,
  inWords,
  isAbout,
  list,
  ofParts,
  ofReadings,
  origin,
  part,
  partByReadings,
  placeName,
  rank,
  reading,
  release,
  zhCount,
  zhOf,
} from "./shared.ts";
import { tradeYears } from "../../data/trade.ts";

export const COMPETITION: Claim[] = [
  {
    id: "us-films-30-percent",
    quote:
      "60 of the foreign films imported that year were from the United States, accounting for approximately 30% of the total " +
      "number of foreign films imported, making it the single country with the most imported films",
    against: ["Table 2", "Figure 3"],
    test: (d) => {
      const zh = zhOf(d);
      const i = zh.f.integer;
      const us = origin(d, "usa");
      const nonHk = release(d, "first-run-non-hong-kong-films").value_2022;
      const foreign = nonHk - release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      const others = d["origin-of-releases-2022"].filter((o) => o.place !== "usa" && o.place !== "hong-kong-china");
      const next = [...others].filter((o) => o.place !== null).sort((a, b) => b.films - a.films)[0]!;
      const rest = others.find((o) => o.place === null);
      return ofParts([
        partByReadings(
          both("accounting for approximately 30% of the total number of foreign films imported", "約佔進口外國電影總數的30%"),
          [
            reading(
              both(`of all ${nonHk} films not from Hong Kong`, `以全部${i(nonHk)}部非香港電影計`),
              holds(isAbout((us / nonHk) * 100, 30, 10)),
              both(
                `${us} of ${nonHk} is ${formatPercent((us / nonHk) * 100)}.`,
                `${i(nonHk)}部中的${i(us)}部，即${zh.f.percent((us / nonHk) * 100)}。`,
              ),
            ),
            reading(
              both(`of the ${foreign} foreign-language films`, `以${i(foreign)}部外語片計`),
              holds(isAbout((us / foreign) * 100, 30, 10)),
              both(
                `${us} of ${foreign} is ${formatPercent((us / foreign) * 100)}.`,
                `${i(foreign)}部中的${i(us)}部，即${zh.f.percent((us / foreign) * 100)}。`,
              ),
            ),
          ],
        ),
        part(
          both("making it the single country with the most imported films", "是進口電影最多的單一國家"),
          holds(others.every((o) => o.films < us)),
          both(
            `Next is ${placeName(d, next.place)} with ${next.films}; the other ${rest?.films ?? 0} foreign-language films come ` +
              `from several countries.`,
            `其次是${zh.place(next.place)}，有${i(next.films)}部；其餘${i(rest?.films ?? 0)}部外語片來自多個國家。`,
          ),
        ),
      ]);
    },
  },
  {
    id: "top-gun-longest",
    quote: "For example, Top Gun: Maverick had the longest release duration, lasting 203 days.",
    against: ["Table 4", "Table 7"],
    test: (d) => {
      const zh = zhOf(d);
      const longer = [...d["hk-films-2022"], ...d["mainland-films-hk-2022"]]
        .filter((f) => f.days_in_theatres > 203)
        .sort((a, b) => b.days_in_theatres - a.days_in_theatres);
      return ofReadings(
        [
          reading(
            both("the longest of all the year's releases", "全年所有上映電影中最長"),
            holds(longer.length === 0),
            longer.length
              ? both(
                  `Table 7's ${list(longer.map((f) => `${f.title_en} (${f.days_in_theatres} days)`))} ran longer.`,
                  `表7的${zh.list(longer.map((f) => `${zh.film(f)}（${zh.f.integer(f.days_in_theatres)}日）`))}上映期更長。`,
                )
              : both("No film of Tables 4 and 7 ran longer.", "表4及表7中沒有電影上映得更久。"),
          ),
          reading(
            both("the longest of the imported films", "進口電影中最長"),
            "cannot-check",
            both("The data list no foreign-language films.", "數據沒有列出任何外語片。"),
          ),
        ],
        both(
          "The paragraph is about American films; the sentence does not say of which films it is the longest.",
          "該段談的是美國電影；句子沒有説明是在哪些電影之中最長。",
        ),
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
      const zh = zhOf(d);
      const years = tradeYears(d, "imports").filter((y) => y >= 2017 && y <= 2022);
      const gaps = years
        .map((y) => ({ y, top: rank(d, "imports", y, 1), second: rank(d, "imports", y, 2) }))
        .map((g) => ({ ...g, gap: (g.top?.share_percent ?? 0) - (g.second?.share_percent ?? 0) }));
      const max = Math.max(...gaps.map((g) => g.top?.share_percent ?? 0));
      const atPeak = gaps.filter((g) => g.top?.share_percent === max);
      const small = gaps.filter((g) => g.gap <= 15);
      const fmt = (gs: typeof gaps) => list(gs.map((g) => `${formatDecimal(g.gap, 1)} (${g.y})`));
      const fmtZh = (gs: typeof gaps) => zh.list(gs.map((g) => `${g.y}年${zh.f.points(g.gap, 1)}`));
      return ofParts([
        part(
          both("Japan has held the top spot … since 2017", "日本自2017年起一直高居 … 首位"),
          holds(gaps.every((g) => g.top?.place === "japan")),
          both(`Japan is first in every year ${years[0]}-${years.at(-1)}.`, `日本在${zh.f.yearSpan(years[0]!, years.at(-1)!)}每年均居首。`),
        ),
        part(
          both("accounting for up to 35%", "佔比最高達35%"),
          holds(isAbout(max, 35, 1) && max <= 35),
          both(`Its highest share is ${formatPercent(max)}.`, `其最高佔比為${zh.f.percent(max)}。`),
        ),
        partByReadings(both("more than 15 percentage points higher than second place", "比第二位高出超過15個百分點"), [
          reading(
            both("at its peak of 35%", "在35%的高峯時"),
            holds(atPeak.every((g) => g.gap > 15)),
            both(`Japan's lead over second place was ${fmt(atPeak)} points.`, `日本領先第二位的幅度：${fmtZh(atPeak)}。`),
          ),
          reading(
            both("in every year since 2017", "2017年起的每一年"),
            holds(small.length === 0),
            both(
              `Its lead was ${fmt(gaps)} points${small.length ? `: not more than 15 in ${list(small.map((g) => g.y))}` : ""}.`,
              `其領先幅度：${fmtZh(gaps)}${small.length ? `；${zh.years(small.map((g) => g.y))}並未超過15個百分點` : ""}。`,
            ),
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
      const zh = zhOf(d);
      const [us, jp] = [origin(d, "usa"), origin(d, "japan")];
      const rest = d["origin-of-releases-2022"].filter((o) => !["usa", "japan", "hong-kong-china"].includes(o.place ?? ""));
      const ok = jp < us && rest.every((o) => o.films < jp);
      const others = rest.find((o) => o.place === null)?.films ?? 0;
      return {
        verdict: holds(ok),
        evidence: both(
          `The counts are the paper's own (Figure 3's data come from its text). Of the other imports, Table 4 has ` +
            `${origin(d, "mainland-china")} Mainland and ${origin(d, "taiwan-china")} Taiwan films, and the remaining ` +
            `${others} foreign-language films come from several countries, so none has ` +
            `more than Japan's ${jp}.`,
          `這些數字是論文本身的（圖3的數據來自其正文）。其他進口電影中，表4有${zh.f.integer(origin(d, "mainland-china"))}部內地電影和` +
            `${zh.f.integer(origin(d, "taiwan-china"))}部台灣電影，其餘${zh.f.integer(others)}部外語片來自多個國家，因此沒有一地` +
            `多於日本的${zh.f.integer(jp)}部。`,
        ),
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
      const zh = zhOf(d);
      const THRESHOLD = 5e6;
      const hk = d["hk-films-2022"].filter((f) => f.box_office_hkd > THRESHOLD);
      const cn = d["mainland-films-hk-2022"].filter((f) => f.box_office_hkd > THRESHOLD);
      return ofReadings(
        [
          reading(
            both("second among all the 22 films' places of origin", "在全部22部電影的來源地中排第二"),
            holds(hk.length < 4),
            both(
              `Table 7 has ${hk.length} Hong Kong films above HK$5 million (Table 4 has ${inWords(cn.length)} Mainland or Taiwan ` +
                `films), so Japan's four are at best third.`,
              `表7有${zh.f.integer(hk.length)}部香港電影的票房超過${zh.f.hkdShort(THRESHOLD)}（表4的內地或台灣電影` +
                `${cn.length ? `則有${zhCount(cn.length, "部")}` : "則一部也沒有"}），因此日本的四部電影最多排第三。`,
            ),
          ),
          reading(
            both("second among the imported films", "在進口電影中排第二"),
            "cannot-check",
            both("The data list no foreign-language films.", "數據沒有列出任何外語片。"),
          ),
        ],
        both("The 22 films include imported ones that no table lists.", "這22部電影包括沒有任何表格列出的進口電影。"),
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
      const zh = zhOf(d);
      const r = boxOffice(d, "hong-kong");
      const foreignShare = boxOffice(d, "foreign-language").share_percent_printed;
      return ofParts([
        part(
          both("HK$246 million in 2022", "2022年 … 合共2.46億港元"),
          holds(isAbout(r.box_office_hkd / 1e6, 246, 1)),
          both(`Table 3: ${formatHKD(r.box_office_hkd)}.`, `表3：${zh.f.hkd(r.box_office_hkd)}。`),
        ),
        part(
          both("accounting for 21.14% of the overall market share", "佔整體市場21.14%"),
          holds(r.share_percent_printed === 21.14),
          both(`Table 3: ${formatPercent(r.share_percent_printed, 2)}.`, `表3：${zh.f.percent(r.share_percent_printed, 2)}。`),
        ),
        part(
          both("placing third outside of the United States and Japan", "排名第三，僅次於美國和日本"),
          "cannot-check",
          both(
            `No table splits the foreign-language box office ` + `(${formatPercent(foreignShare, 2)} in all) by country.`,
            `沒有表格按國家細分外語片的${zh.term("box-office")}（合共${zh.f.percent(foreignShare, 2)}）。`,
          ),
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
      const zh = zhOf(d);
      const f = (t: string) => d["hk-films-2022"].find((x) => x.title_en.toLowerCase() === t.toLowerCase());
      const six = f("Table For Six");
      const war = f("Warriors of Future");
      if (!six || !war) return cannot(both("The films are not in Table 7.", "表7沒有這兩部電影。"));
      return ofParts([
        part(
          both(
            "Table for Six and Warriors of Future were among the films with more than one million spectators",
            `${zh.film(six)}和${zh.film(war)}均屬觀眾人數超過100萬的電影`,
          ),
          holds(six.admissions > 1e6 && war.admissions > 1e6),
          both(
            `Table 7: Table For Six ${formatInteger(six.admissions)} admissions; Warriors of Future ${formatInteger(war.admissions)}.`,
            `表7：${zh.film(six)}${zh.term("admissions")}${zh.f.integer(six.admissions)}；${zh.film(war)}${zh.f.integer(war.admissions)}。`,
          ),
        ),
        part(
          both("the latter grossing more than HK$81 million", "後者票房收入超過8100萬港元"),
          holds(war.box_office_hkd > 81e6),
          both(`Warriors of Future: ${formatHKD(war.box_office_hkd)}.`, `${zh.film(war)}：${zh.f.hkd(war.box_office_hkd)}。`),
        ),
        part(
          both("ranking third in the Hong Kong film market after two other American films", "在香港電影市場排第三，僅次於另外兩部美國電影"),
          "cannot-check",
          both("The data list no foreign-language films.", "數據沒有列出任何外語片。"),
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
      const zh = zhOf(d);
      const f = (id: string) => fact(d, "tvb-ott", id).value;
      const [q, n, i] = [f("queen-of-news-rating"), f("narcotics-heroes-rating"), f("invisibles-rating-year-end")];
      const pts = (x: number, digits: number) => `${zh.f.decimal(x, digits)}${zh.term("points")}`;
      return ofReadings(
        [
          reading(
            both("its own highest rating was 27.9 points, third on the list", "該劇本身的最高收視為27.9點，在榜上排第三"),
            holds(q < n && n < i),
            both(
              `${formatDecimal(i, 1)}, ${formatDecimal(n, 0)} and ${formatDecimal(q, 1)} points put it third.`,
              `${pts(i, 1)}、${pts(n, 0)}及${pts(q, 1)}，令它排第三。`,
            ),
          ),
          reading(
            both("the highest rating of all Hong Kong dramas", "所有港劇中收視最高"),
            holds(q > n && q > i),
            both(
              `The same sentence puts two dramas higher, at ${formatDecimal(n, 0)} and ${formatDecimal(i, 1)} points.`,
              `同一句就有兩部劇集的收視更高，分別為${pts(n, 0)}及${pts(i, 1)}。`,
            ),
          ),
        ],
        both(
          `The figures are the paper's own, from a ratings list it cites. The paper gives The Invisibles ` +
            `${formatDecimal(f("invisibles-rating-table-6-prose"), 1)} points in another sentence; the two may measure different things.`,
          `這些數字是論文本身的，來自其引用的收視榜。論文在另一句給${zh.drama("The Invisibles")}` +
            `${pts(f("invisibles-rating-table-6-prose"), 1)}；兩者量度的可能是不同的東西。`,
        ),
      );
    },
  },
];
