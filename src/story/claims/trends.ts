/**
 * "Development trend of audio-visual products in the two places under the vision of globalization":
 * its opening, Mainland costume dramas, online platforms and the effect of policy.
 */
import { formatDecimal, formatHKD, formatInteger, formatPercent } from "../../lib/format.ts";
import { formatPeriod } from "../../lib/format-zh-hk.ts";
import { formatFact } from "../numbers.ts";
import {
  both,
  byBoxOffice,
  type Claim,
  dramasIn,
  fact,
  holds,
  inWords,
  isAbout,
  list,
  mainlandOnly,
  meanRating,
  ofParts,
  part,
  partByReadings,
  reading,
  release,
  zhCount,
  zhOf,
} from "./shared.ts";

export const TRENDS: Claim[] = [
  {
    id: "changjin-top-mainland-film",
    quote: "The Battle at Lake Changjin II, the top mainland film launched in Hong Kong",
    against: ["Table 4"],
    test: (d) => {
      const zh = zhOf(d);
      const top = byBoxOffice(d["mainland-films-hk-2022"])[0]!;
      const most = [...d["mainland-films-hk-2022"]].sort((a, b) => b.admissions - a.admissions)[0]!;
      return {
        verdict: holds(top === most && top.title_en.startsWith("The Battle at Lake Changjin")),
        evidence: both(
          `Table 4 (2022): ${top.title_en} took the most at the box office (${formatHKD(top.box_office_hkd)}) and drew ` +
            `the most admissions (${formatInteger(top.admissions)}).`,
          `表4（2022年）：${zh.film(top)}的${zh.term("box-office")}最高（${zh.f.hkd(top.box_office_hkd)}），` +
            `${zh.term("admissions")}亦最多（${zh.f.integer(top.admissions)}）。`,
        ),
      };
    },
  },
  {
    id: "costume-dramas-dominate-tv",
    quote: "As a result, mainland Chinese costume dramas continue to dominate Hong Kong's television business to this day.",
    against: ["Table 5", "the paper's own text"],
    test: (d) => {
      const zh = zhOf(d);
      const costume = d["tvb-schedule-2024"].filter((r) => /costume/i.test(r.genre));
      const [y23, y24] = [fact(d, "tvb-ott", "tvb-mainland-share-2023").value, fact(d, "tvb-ott", "tvb-mainland-share-2024").value];
      return {
        verdict: holds(y24 > 50 && y23 > 50),
        evidence: both(
          `Table 5 lists ${inWords(costume.length)} costume drama (${list(costume.map((r) => r.title))}) among TVB's ` +
            `${d["tvb-schedule-2024"].length} series of 2024, and the paper puts Mainland dramas at ${formatPercent(y24)} ` +
            `of TVB's dramas ` +
            `in 2024 and ${formatPercent(y23)} in 2023.`,
          `表5所列${zh.term("tvb")}2024年的${zh.f.integer(d["tvb-schedule-2024"].length)}部劇集中，${zh.term("genre-costume-drama")}` +
            `有${zhCount(costume.length, "部")}（${zh.list(costume.map((r) => zh.drama(r.title)))}）；論文指內地劇集佔` +
            `${zh.term("tvb")}2024年劇集的${zh.f.percent(y24)}，2023年則佔${zh.f.percent(y23)}。`,
        ),
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
      const zh = zhOf(d);
      const [a, b] = [dramasIn(d, 2022), dramasIn(d, 2023)];
      const costume = d["tvb-schedule-2024"].find((r) => /costume/i.test(r.genre))?.title;
      const pts = (x: number) => `${zh.f.decimal(x, 1)}${zh.term("points")}`;
      return ofParts([
        part(
          both("the ratings … have declined as their number has increased", "收視隨數量增加而下跌"),
          holds(b.length > a.length && meanRating(d, 2023) < meanRating(d, 2022)),
          both(
            `Table 6: ${a.length} Mainland dramas averaging ${formatDecimal(meanRating(d, 2022), 1)} points in 2022, ${b.length} ` +
              `averaging ${formatDecimal(meanRating(d, 2023), 1)} in 2023. Each series aired in one year only, so the means are compared.`,
            `表6：2022年有${zh.f.integer(a.length)}部內地劇集，平均收視${pts(meanRating(d, 2022))}；2023年有` +
              `${zh.f.integer(b.length)}部，平均${pts(meanRating(d, 2023))}。每部劇集只在其中一年播出，因此比較的是平均數。`,
          ),
        ),
        part(
          both("Mainland dramas continue to dominate the costume drama genre", "內地劇集仍在古裝劇類型中佔主導地位"),
          "cannot-check",
          both(
            `Table 6 gives no genres and Table 5 no origins; Table 5's one costume drama, ` + `${costume}, is marked purchased.`,
            `表6沒有註明類型，表5沒有註明${zh.term("place-of-origin")}；表5唯一一部${zh.term("genre-costume-drama")}` +
              `${costume === undefined ? zh.f.missing : zh.drama(costume)}註明為${zh.term("genre-purchased")}。`,
          ),
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
      const zh = zhOf(d);
      const [myFact, viuFact, marketsFact] = [
        fact(d, "tvb-ott", "mytv-super-members"),
        fact(d, "tvb-ott", "viu-paid-subscribers"),
        fact(d, "tvb-ott", "viu-markets"),
      ];
      const [my, viu] = [myFact.value, viuFact.value];
      return {
        verdict: holds(my > 10 && viu > 10),
        evidence: both(
          `The paper gives myTV Super ${formatDecimal(my, 1)} million registered members (June 2023) and Viu OTT ` +
            `${formatDecimal(viu, 1)} million paid subscribers (end of 2022, across more than ` +
            `${formatInteger(marketsFact.value)} markets); paid subscribers are registered users too.`,
          `論文指${zh.term("mytv-super")}有${formatFact(myFact, zh.w)}名登記會員（${formatPeriod(myFact.as_of)}），` +
            `${zh.term("viu")} OTT有${formatFact(viuFact, zh.w)}名付費用户（${formatPeriod(viuFact.as_of)}底，遍及` +
            `${formatFact(marketsFact, zh.w)}）；付費用户同樣是登記用户。`,
        ),
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
      const zh = zhOf(d);
      const total = release(d, "first-run-films").value_2022;
      const chinese = release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      const mainland = mainlandOnly(d).length;
      const i = zh.f.integer;
      return ofParts([
        partByReadings(
          both(
            "Mainland films accounted for only 11.1% of Hong Kong's annual film releases in 2022",
            "2022年內地電影只佔香港全年上映電影的11.1%",
          ),
          [
            reading(
              both("the Mainland's films (Table 4)", "內地電影（表4）"),
              holds(isAbout((mainland / total) * 100, 11.1, 0.1)),
              both(
                `${mainland} of ${total}, ${formatPercent((mainland / total) * 100)}.`,
                `${i(total)}部中的${i(mainland)}部，即${zh.f.percent((mainland / total) * 100)}。`,
              ),
            ),
            reading(
              both("all Chinese-language imports, the Mainland's and Taiwan's", "所有進口華語片，包括內地及台灣電影"),
              holds(isAbout((chinese / total) * 100, 11.1, 0.1)),
              both(
                `${chinese} of ${total}, ${formatPercent((chinese / total) * 100)}.`,
                `${i(total)}部中的${i(chinese)}部，即${zh.f.percent((chinese / total) * 100)}。`,
              ),
            ),
          ],
        ),
        part(
          both(
            "significantly lower than the 80% share of Mainland local Chinese language films in the mainland market",
            "遠低於內地本土華語片在內地市場80%的佔比",
          ),
          "holds",
          both(
            `Either figure is far below the 80% the paper gives for the Mainland's own market, which the data do not have.`,
            "兩個數字都遠低於論文所指內地本身市場的80%，而數據並沒有這個數字。",
          ),
        ),
      ]);
    },
  },
  {
    id: "foreign-language-171",
    quote: "On the contrary, 171 foreign-language films will be released in Hong Kong, or 79.2% of the total.",
    against: ["Table 2"],
    test: (d) => {
      const zh = zhOf(d);
      const total = release(d, "first-run-films").value_2022;
      const nonHk = release(d, "first-run-non-hong-kong-films").value_2022;
      const chinese = release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      const foreign = nonHk - chinese;
      const i = zh.f.integer;
      return {
        verdict: holds(foreign === 171 && isAbout((foreign / total) * 100, 79.2, 0.1)),
        evidence: both(
          `Table 2, 2022: ${nonHk} non-Hong Kong films less ` +
            `${chinese} Chinese-language ones leaves ${foreign}, ` +
            `${formatPercent((foreign / total) * 100)} of ${total}. (They were released in 2022; the sentence says “will be”.)`,
          `表2，2022年：${i(nonHk)}部非香港電影減去${i(chinese)}部華語片，餘下${i(foreign)}部，佔${i(total)}部的` +
            `${zh.f.percent((foreign / total) * 100)}。（這些電影在2022年已經上映，句子卻説「將會」上映。）`,
        ),
      };
    },
  },
];
