/**
 * "Export of audiovisual content from Hong Kong, China": overall export performance, the Mainland
 * as the top export region, the neighbouring Chinese-speaking circle, policy, Hong Kong films
 * overseas and co-operation with Mainland platforms (Table 8 and the paper's figures for films abroad).
 */
import { impliedTotal, tradeYears } from "../../data/trade.ts";
import { formatHKDThousandShort, formatPercent } from "../../lib/format.ts";
import { abroadBoxOffice } from "../numbers.ts";
import {
  both,
  cannot,
  type Claim,
  exportLeaderUnknown,
  exportPlacesShown,
  FILMS_NEIGHBOURS,
  holds,
  isAbout,
  list,
  NEIGHBOURS,
  ofParts,
  ofReadings,
  part,
  partByReadings,
  placeName,
  rank,
  reading,
  row,
  seriesOf,
  share,
  sum,
  zhOf,
} from "./shared.ts";

/** “is” or “are” after a list of years. */
const isAre = (n: number) => (n === 1 ? "is" : "are");

export const EXPORTS: Claim[] = [
  {
    id: "exports-690-to-300",
    quote:
      "the entire export value of Hong Kong's film and TV-related items has declined over the last 12 years, falling from " +
      "approximately HK$690 million in 2011 to HK$300 million in 2022",
    against: ["Table 8"],
    test: (d) => {
      const zh = zhOf(d);
      const total = (y: number) => {
        const r = rank(d, "exports", y, 1);
        return r?.value_hkd_thousand && r.share_percent ? impliedTotal(r.value_hkd_thousand, r.share_percent) : null;
      };
      const a = total(2011);
      const b = total(2022);
      if (a === null || b === null)
        return cannot(both("Table 8 lacks the 2011 or 2022 leader's value or share.", "表8缺少2011年或2022年居首地方的貨值或佔比。"));
      return {
        verdict: holds(b < a && isAbout(a / 1000, 690, 10) && isAbout(b / 1000, 300, 10)),
        evidence: both(
          `Value ÷ share of each year's leading destination implies totals of ${formatHKDThousandShort(a)} in 2011 and ` +
            `${formatHKDThousandShort(b)} in 2022.`,
          `以每年最大${zh.term("destination")}的貨值除以其佔比推算，2011年的出口總值為${zh.f.hkdThousandShort(a)}，` +
            `2022年為${zh.f.hkdThousandShort(b)}。`,
        ),
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
      const zh = zhOf(d);
      const r = rank(d, "exports", 2022, 1);
      return {
        verdict: holds(r?.place === "mainland-china" && r.share_percent === 77.5),
        evidence: both(
          `Table 8, 2022: first is ${placeName(d, r?.place ?? null)} with ${share(r)}.`,
          `表8，2022年：居首的是${zh.place(r?.place ?? null)}，佔${zh.share(r)}。`,
        ),
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
      const zh = zhOf(d);
      const shown = tradeYears(d, "exports").filter((y) => y <= 2022 && exportPlacesShown(d, y).length > 0);
      const first = shown.filter((y) => exportPlacesShown(d, y).find((r) => r.rank === 1)?.place === "mainland-china");
      const unknown = tradeYears(d, "exports").filter((y) => y <= 2022 && !shown.includes(y));
      return cannot(
        both(
          `Table 8 shows the Mainland first in every year it prints (${list(first)}). ${list(unknown)} are missing from the ` +
            `extracted text: 2017 comes from this sentence, 2019 from another (“starting in 2019, the mainland became the largest ` +
            `market”), and 2018 from none, while a third sentence has Taiwan first in 2018.`,
          `表8所印的每一年（${zh.years(first)}），內地均居首。${zh.years(unknown)}在抽取文字中缺失：2017年的排名來自這一句，` +
            `2019年來自另一句（「自2019年起，內地成為其最大市場」），2018年則沒有任何一句交代，而第三句卻説台灣在2018年居首。`,
        ),
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
      const zh = zhOf(d);
      const s = seriesOf(d, "exports", "mainland-china").filter((r) => r.share_percent !== null && exportPlacesShown(d, r.year).length > 0);
      const [a, z] = [s[0]!, s.at(-1)!];
      const low = [...s].sort((x, y) => x.share_percent! - y.share_percent!)[0]!;
      const unknown = exportLeaderUnknown(d).filter((y) => y !== 2017);
      return ofParts([
        part(
          both("For the remainder of the year, Mainland China … first place", "在該年其餘時間，內地 … 首位"),
          unknown.length ? "cannot-check" : "holds",
          both(
            `It is first in every year Table 8 prints; ${list(unknown)} ${isAre(unknown.length)} missing from the ` + `extracted text.`,
            `在表8所印的每一年，內地均居首；${zh.years(unknown)}在抽取文字中缺失。`,
          ),
        ),
        partByReadings(both("has slowly risen to first place", "逐步升至首位"), [
          reading(
            both("it climbed to first place", "由較低位置攀升至首位"),
            holds(a.rank !== 1),
            both(`It was already first in ${a.year}, with ${share(a)}.`, `內地在${a.year}年已經居首，佔${zh.share(a)}。`),
          ),
          reading(
            both("its share rose slowly while it stayed first", "一直居首，而佔比逐步上升"),
            holds(z.share_percent! > a.share_percent!),
            both(
              `${share(a)} in ${a.year}, ${share(z)} in ${z.year}, dipping to ${share(low)} in ${low.year}.`,
              `${a.year}年${zh.share(a)}，${z.year}年${zh.share(z)}，其間在${low.year}年回落至${zh.share(low)}。`,
            ),
          ),
        ]),
        part(
          both("the Mainland has become Hong Kong's largest consumer", "內地成為香港 … 的最大消費地"),
          holds(z.rank === 1),
          both(`First in ${z.year}, with ${share(z)}.`, `${z.year}年居首，佔${zh.share(z)}。`),
        ),
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
      const zh = zhOf(d);
      const years = tradeYears(d, "exports").filter((y) => y <= 2022 && exportPlacesShown(d, y).some((r) => r.rank === 2));
      const latest = years.at(-1)!;
      const second = (y: number) => rank(d, "exports", y, 2);
      const notTaiwan = years.filter((y) => second(y)?.place !== "taiwan-china");
      const unknownTop = exportLeaderUnknown(d);
      const secondPlaces = [...new Set(notTaiwan.map((y) => second(y)?.place ?? null))];
      const yearsOf = (p: string | null) => notTaiwan.filter((y) => (second(y)?.place ?? null) === p);
      return ofParts([
        part(
          both("mainland China, which is firmly at the top of the export list", "穩居出口榜首的中國內地"),
          "cannot-check",
          both(
            `It is first in every year Table 8 prints; ${list(unknownTop)} are missing from the extracted text, and the paper ` +
              `says it was second in 2017.`,
            `在表8所印的每一年，內地均居首；${zh.years(unknownTop)}在抽取文字中缺失，而論文説內地在2017年排第二。`,
          ),
        ),
        partByReadings(both("Hong Kong's second largest export region is Taiwan", "香港第二大出口地區是 … 台灣"), [
          reading(
            both(`in the latest year, ${latest}`, `以最近一年（${latest}年）計`),
            holds(second(latest)?.place === "taiwan-china"),
            both(
              `Taiwan is second in ${latest} with ${share(second(latest))}.`,
              `${zh.place("taiwan-china")}在${latest}年排第二，佔${zh.share(second(latest))}。`,
            ),
          ),
          reading(
            both("in every year", "以每一年計"),
            holds(notTaiwan.length === 0),
            both(
              `Second were ${list(secondPlaces.map((p) => `${placeName(d, p)} in ` + `${list(yearsOf(p))}`))}.`,
              `排第二的分別是：${zh.list(secondPlaces.map((p) => `${zh.years(yearsOf(p))}的${zh.place(p)}`))}。`,
            ),
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
      const zh = zhOf(d);
      const legible = seriesOf(d, "exports", "taiwan-china").filter((r) => r.share_percent !== null && r.year !== 2017);
      const [lo, hi] = [Math.min(...legible.map((r) => r.share_percent!)), Math.max(...legible.map((r) => r.share_percent!))];
      return cannot(
        both(
          `Read as written: Taiwan was first in 2017, at its highest share, and first again in 2018. Table 8's 2017-2019 block is ` +
            `missing from the extracted text, so neither year can be checked, nor whether 56.2% was Taiwan's peak (its shares in ` +
            `the other years Table 8 prints run from ${formatPercent(lo)} to ${formatPercent(hi)}). Another sentence of the ` +
            `paper says that only in 2017 was the Mainland second, which would put the Mainland first in 2018.`,
          `按字面理解：台灣在2017年居首，佔比達其最高點，2018年再度居首。表8的2017至2019年部分在抽取文字中缺失，因此這兩年均` +
            `無法核實，56.2%是否台灣的高峯亦無從判斷（表8所印的其他年份，台灣的佔比介乎${zh.f.percent(lo)}至${zh.f.percent(hi)}）。` +
            `論文另一句説只有2017年內地排第二，照此內地在2018年應居首。`,
        ),
      );
    },
  },
  {
    id: "exports-mainland-first-from-2019",
    quote: "And starting in 2019, the mainland became the largest market for it.",
    against: ["Table 8"],
    test: (d) => {
      const zh = zhOf(d);
      const later = tradeYears(d, "exports").filter((y) => y > 2019 && y <= 2022);
      const firstLater = later.filter((y) => rank(d, "exports", y, 1)?.place === "mainland-china");
      const everyYear = firstLater.length === later.length;
      return cannot(
        both(
          `Table 8's 2019 is missing from the extracted text (the data place the Mainland first in 2019 on this sentence alone). ` +
            `It is first in ${list(firstLater)}${everyYear ? ", every year after" : ""}.`,
          `表8的2019年在抽取文字中缺失（數據把內地列為2019年居首，只憑這一句）。內地在${zh.years(firstLater)}均居首` +
            `${everyYear ? "，即之後的每一年" : ""}。`,
        ),
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
      const zh = zhOf(d);
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
        evidence: both(
          `In every year with legible shares, the Mainland, Taiwan, Macao, Japan and Singapore together took more than ` +
            `half of Hong Kong's exports (at least; some of their shares are not legible). The smallest such sum is ` +
            `${formatPercent(lowest.s)}, in ${lowest.y}. ${list(unread)} have no legible share.`,
          `在佔比可辨認的每一年，${zh.list(NEIGHBOURS.map((p) => zh.place(p)))}合共佔香港出口一半以上（這是下限，因為其中部分` +
            `佔比無法辨認）。合計最低的是${lowest.y}年的${zh.f.percent(lowest.s)}。${zh.years(unread)}沒有可辨認的佔比。`,
        ),
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
      const zh = zhOf(d);
      const early = new Set(d["trade-exports"].filter((r) => r.year >= 2011 && r.year <= 2013).map((r) => r.place));
      const later = d["trade-exports"].filter((r) => r.year > 2013 && r.year <= 2022 && r.place !== null);
      const laterPlaces = [...new Set(later.map((r) => r.place!))];
      const outside = laterPlaces.filter((p) => !NEIGHBOURS.includes(p));
      const stable = outside.every((p) => ["netherlands", "australia", "new-zealand"].includes(p));
      const unknownRows = d["trade-exports"].filter((r) => r.year > 2013 && r.year <= 2022 && r.place === null);
      const unknownYears = [...new Set(unknownRows.map((r) => r.year))];
      const western = ["brazil", "germany", "usa"];
      const yearsOf = (p: string) => d["trade-exports"].filter((r) => r.place === p && r.year <= 2013).map((r) => r.year);
      const netherlandsYears = later.filter((r) => r.place === "netherlands").map((r) => r.year);
      return ofParts([
        part(
          both(
            "In the period 2011- 2013, the top five countries included Brazil, Germany, the United States",
            "2011至2013年期間，前五位包括巴西、德國、美國",
          ),
          holds(western.every((p) => early.has(p))),
          both(
            `Table 8: ${list(western.map((p) => `${placeName(d, p)} in ${list(yearsOf(p))}`))}.`,
            `表8：${zh.list(western.map((p) => `${zh.place(p)}（${zh.years(yearsOf(p))}）`))}。`,
          ),
        ),
        part(
          both("but after that, it was mainly neighboring countries and regions", "但其後主要是鄰近國家和地區"),
          holds(
            later.filter((r) => NEIGHBOURS.includes(r.place!)).length > later.length / 2 &&
              !["brazil", "germany", "usa"].some((p) => laterPlaces.includes(p)),
          ),
          both(
            `After 2013 the places Table 8 names are ${list(laterPlaces.map((p) => placeName(d, p)))}.`,
            `2013年後，表8列出的地方是${zh.list(laterPlaces.map((p) => zh.place(p)))}。`,
          ),
        ),
        part(
          both(
            "the top five major export regions have remained stable … among Taiwan, Singapore, Japan, China, and Macau, with " +
              "occasional countries such as the Netherlands",
            "五大主要出口地區多年來一直穩定地在台灣、新加坡、日本、中國和澳門之間 … 間中有荷蘭等國家",
          ),
          holds(stable),
          outside.length
            ? both(
                `The only other place after 2013 is ` +
                  `${list(outside.map((p) => placeName(d, p)))}${
                    outside.includes("netherlands") ? `, in ` + `${list(netherlandsYears)}` : ""
                  }.`,
                `2013年後唯一的其他地方是${zh.list(outside.map((p) => zh.place(p)))}` +
                  `${outside.includes("netherlands") ? `（${zh.years(netherlandsYears)}）` : ""}。`,
              )
            : both("No other place is named after 2013.", "2013年後沒有列出其他地方。"),
        ),
        part(
          both("Australia, and New Zealand occupying a small share", "澳洲和新西蘭 … 佔一小部分"),
          "cannot-check",
          both(
            `Neither is in any year Table 8 prints; the places of ${unknownRows.length} of its rows after 2013 (in ` +
              `${list(unknownYears)}) are not in the extracted text.`,
            `表8所印的年份中，兩地均不在其列；2013年後有${zh.f.integer(unknownRows.length)}行的地方` +
              `（${zh.years(unknownYears)}）不在抽取文字之中。`,
          ),
        ),
      ]);
    },
  },
  {
    id: "exports-2020-peak-88",
    quote: "2020 is precisely the peak of Mainland China occupied Hong Kong, and its share of exports reached 88%",
    against: ["Table 8"],
    test: (d) => {
      const zh = zhOf(d);
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
      const boundsZh = bounded.map(
        (y) =>
          `${y}年內地的佔比至多為${zh.f.percent(bound(y))}，因為論文給出${zh.list(othersIn(y).map((r) => `${zh.place(r.place)}的${zh.share(r)}`))}。`,
      );
      const gap = open.length
        ? `${list(open)} ${isAre(open.length)} missing from the extracted text, so a higher ` + `year cannot be ruled out.`
        : "";
      const gapZh = open.length ? `${zh.years(open)}在抽取文字中缺失，因此不能排除有更高的年份。` : "";
      return ofParts([
        part(
          both("its share of exports reached 88%", "其出口佔比達88%"),
          holds(y20?.share_percent != null && isAbout(y20.share_percent, 88, 1)),
          both(`Table 8, 2020: ${share(y20)}.`, `表8，2020年：${zh.share(y20)}。`),
        ),
        part(
          both("2020 is precisely the peak", "2020年正是 … 高峯"),
          open.length ? "cannot-check" : holds(max === 2020),
          both(
            `It is the highest share Table 8 shows (the next is ${share(m(next))}). ${bounds.join("")}${gap}`,
            `這是表8所示的最高佔比（其次為${zh.share(m(next))}）。${boundsZh.join("")}${gapZh}`,
          ),
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
      const zh = zhOf(d);
      const near = d["hk-films-abroad-2022"].filter((r) => FILMS_NEIGHBOURS.includes(r.place));
      const [n, all] = [sum(near.map((r) => r.films)), sum(d["hk-films-abroad-2022"].map((r) => r.films))];
      const far = d["hk-films-abroad-2022"].filter((r) => !FILMS_NEIGHBOURS.includes(r.place));
      const name = (id: string) => d.places.find((p) => p.id === id)?.display_name ?? id;
      return {
        verdict: holds(n * 2 > all),
        evidence: both(
          `Of the ${all} releases abroad the paper lists for 2022, ${n} were in ` +
            `${list(near.map((r) => placeName(d, r.place)))}; the rest in ` +
            `${list(far.map((r) => `${name(r.place)} (${r.films})`))}.`,
          `論文列出香港電影2022年在外地上映共${zh.f.integer(all)}部次，其中${zh.f.integer(n)}部次在` +
            `${zh.list(near.map((r) => zh.place(r.place)))}；其餘在` +
            `${zh.list(far.map((r) => `${zh.place(r.place)}（${zh.f.integer(r.films)}部）`))}。`,
        ),
      };
    },
  },
  {
    id: "abroad-limited-compared",
    quote: "In terms of overseas figures, Hong Kong's exports to other countries are limited compared to Mainland, China, Taiwan etc.",
    against: ["the paper's own text (films abroad)"],
    test: (d) => {
      const zh = zhOf(d);
      const by = (p: string) => d["hk-films-abroad-2022"].find((r) => r.place === p)!;
      const [cn, tw] = [by("mainland-china"), by("taiwan-china")];
      const others = d["hk-films-abroad-2022"].filter((r) => r.place !== "mainland-china" && r.place !== "taiwan-china");
      const moreThanCn = others.filter((r) => r.films > cn.films);
      const yuan = others.filter((r) => r.currency_printed === "yuan");
      const other = others.filter((r) => r.currency_printed !== "yuan");
      const topYuan = [...yuan].sort((a, b) => b.box_office - a.box_office)[0];
      const films = (n: number) => `${zh.f.integer(n)}部`;
      return ofReadings(
        [
          reading(
            both("by number of films", "以電影數目計"),
            holds(moreThanCn.length === 0 && others.every((r) => r.films < tw.films)),
            both(
              `${list(moreThanCn.map((r) => `${d.places.find((p) => p.id === r.place)?.display_name} (${r.films})`))} had more ` +
                `Hong Kong films than the Mainland (${cn.films}), though fewer than Taiwan (${tw.films}).`,
              `${zh.list(moreThanCn.map((r) => `${zh.place(r.place)}（${films(r.films)}）`))}上映的香港電影比內地（${films(cn.films)}）` +
                `多，但少於台灣（${films(tw.films)}）。`,
            ),
          ),
          reading(
            both("by box office", "以票房計"),
            "cannot-check",
            both(
              `The markets printed in yuan took at most ` +
                `${topYuan?.box_office_printed}, against the Mainland's ` +
                `${cn.box_office_printed}; but ` +
                `${list(
                  [...other, tw].map((r) => `${d.places.find((p) => p.id === r.place)?.display_name} ` + `(${r.box_office_printed})`),
                )} are printed in other currencies, which the data do not convert.`,
              `以人民幣計的市場，票房最高的也只有${topYuan ? abroadBoxOffice(zh.w, topYuan) : zh.f.missing}，內地則為` +
                `${abroadBoxOffice(zh.w, cn)}；但${zh.list([...other, tw].map((r) => `${zh.place(r.place)}（${abroadBoxOffice(zh.w, r)}）`))}` +
                `以其他貨幣計，數據沒有換算。`,
            ),
          ),
        ],
        both(
          "The sentence does not say what is compared; the paper's figures for films abroad give numbers of films and box office.",
          "句子沒有説明比較的是甚麼；論文有關港產片在外地的數字，包括電影數目及票房。",
        ),
      );
    },
  },
  {
    id: "exports-mostly-to-mainland",
    quote: "Overall, Hong Kong's audiovisual products are still mostly sold to the Chinese mainland",
    against: ["Table 8"],
    test: (d) => {
      const zh = zhOf(d);
      const s = seriesOf(d, "exports", "mainland-china").filter((r) => r.share_percent !== null);
      const z = s.at(-1)!;
      const under = s.filter((r) => r.share_percent! <= 50);
      const [lo, hi] = [Math.min(...under.map((r) => r.share_percent!)), Math.max(...under.map((r) => r.share_percent!))];
      return ofReadings(
        [
          reading(
            both(`in the latest year, ${z.year}`, `以最近一年（${z.year}年）計`),
            holds(z.share_percent! > 50),
            both(`${share(z)}.`, `內地佔${zh.share(z)}。`),
          ),
          reading(
            both("in every year (“still”)", "以每一年計（「仍」）"),
            holds(under.length === 0),
            both(
              `Its share was half or less in ${list(under.map((r) => r.year))} ` + `(${formatPercent(lo)} to ` + `${formatPercent(hi)}).`,
              `內地的佔比在${zh.years(under.map((r) => r.year))}只有一半或以下（${zh.f.percent(lo)}至${zh.f.percent(hi)}）。`,
            ),
          ),
        ],
        both("Shares of Hong Kong's exports of film- and TV-related goods, Table 8.", "表8所列香港電影及電視相關產品出口的佔比。"),
      );
    },
  },
];
