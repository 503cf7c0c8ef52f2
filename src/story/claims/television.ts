/** "TV Competitiveness of Mainland China" (Tables 5 and 6, and the paper's own figures for TVB). */
import { formatDecimal, formatInteger, formatPercent } from "../../lib/format.ts";
import { formatEpisodeCount } from "../../lib/format-zh-hk.ts";
import {
  both,
  boughtIn,
  cannot,
  type Claim,
  dramasIn,
  fact,
  holds,
  inWords,
  isAbout,
  list,
  meanRating,
  ofParts,
  ofReadings,
  part,
  partByReadings,
  reading,
  zhCount,
  zhOf,
} from "./shared.ts";

export const TELEVISION: Claim[] = [
  {
    id: "table-5-three-years",
    quote: "The table below outlines the total number of TVB dramas aired over the past three years, categorized by genre3.",
    against: ["Table 5"],
    test: (d) => {
      const zh = zhOf(d);
      const dated = d["tvb-schedule-2024"].filter((r) => r.air_date !== null);
      const years = [...new Set(dated.map((r) => r.air_date!.slice(0, 4)))];
      return {
        verdict: holds(years.length >= 3),
        evidence: both(
          `The table below is Table 5: it lists ${d["tvb-schedule-2024"].length} series of TVB's 2024 schedule, each with its ` +
            `genre, and no totals. The ${dated.length} with an air date all air in ${list(years)}.`,
          `下表即表5：表中列出${zh.term("tvb")}2024年節目表上的${zh.f.integer(d["tvb-schedule-2024"].length)}部劇集，各附類型，` +
            `但沒有總數。其中有播出日期的${zh.f.integer(dated.length)}部，全部在${zh.years(years.map(Number))}播出。`,
        ),
      };
    },
  },
  {
    id: "tvb-2023-22-2",
    quote: "seven outsourced series and six Mainland films were broadcast, constituting 22.2% of the total",
    against: ["the paper's own text"],
    test: (d) => {
      const zh = zhOf(d);
      const f = (id: string) => fact(d, "tvb-ott", id).value;
      const [total, mainland, outsourced] = [f("tvb-dramas-2023"), f("tvb-mainland-titles-2023"), f("tvb-outsourced-series-2023")];
      const together = ((mainland + outsourced) / total) * 100;
      const alone = (mainland / total) * 100;
      const i = zh.f.integer;
      return ofReadings(
        [
          reading(
            both(
              "literally, the seven outsourced series and the six Mainland titles together",
              `按字面：${zhCount(outsourced, "部")}外判劇集連同${zhCount(mainland, "部")}內地作品合計`,
            ),
            holds(isAbout(together, 22.2, 0.1)),
            both(
              `${mainland + outsourced} of ${total} is ${formatPercent(together)}.`,
              `${i(total)}部中的${i(mainland + outsourced)}部，即${zh.f.percent(together)}。`,
            ),
          ),
          reading(
            both("the six Mainland titles alone", `只計${zhCount(mainland, "部")}內地作品`),
            holds(isAbout(alone, 22.2, 0.1)),
            both(`${mainland} of ${total} is ${formatPercent(alone)}.`, `${i(total)}部中的${i(mainland)}部，即${zh.f.percent(alone)}。`),
          ),
        ],
        both(
          `The total is the ${total} dramas TVB aired in 2023, from the sentence before.`,
          `總數是上一句所説、${zh.term("tvb")}2023年播出的${i(total)}部劇集。`,
        ),
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
      const zh = zhOf(d);
      const planned = fact(d, "tvb-ott", "tvb-dramas-planned-2024").value;
      const bought = boughtIn(d).map((r) => r.title.toLowerCase());
      const named = ["gourmet affairs", "the heir to the throne", "story of kunning palace"];
      const namedZh = zh.list(["Gourmet Affairs", "The Heir to the Throne", "Story of Kunning Palace"].map((t) => zh.drama(t)));
      return ofParts([
        partByReadings(both("TVB plans to air 14 dramas", `${zh.term("tvb")}計劃播出14部劇集`), [
          reading(
            both("Table 5 is the whole 2024 list", "表5是2024年的完整名單"),
            holds(d["tvb-schedule-2024"].length === planned),
            both(`Table 5 lists ${d["tvb-schedule-2024"].length} series.`, `表5列出${zh.f.integer(d["tvb-schedule-2024"].length)}部劇集。`),
          ),
          reading(
            both("Table 5 lists only some of them (its title says main broadcast series)", "表5只列出部分劇集（其標題説的是主要播映劇集）"),
            "cannot-check",
            both("The data have no other list of TVB's 2024 dramas.", `數據沒有${zh.term("tvb")}2024年劇集的其他名單。`),
          ),
        ]),
        part(
          both(
            "including three outsourced titles: Gourmet Affairs, The Heir to the Throne, and Story of Kunning Palace",
            `包括三部外判劇：${namedZh}`,
          ),
          holds(bought.length === 3 && named.every((t) => bought.includes(t))),
          both(
            `Table 5 marks ${inWords(bought.length)} series as outsourced or purchased: ${list(
              boughtIn(d).map((r) => `${r.title} ` + `(${r.genre})`),
            )}.`,
            `表5把${zhCount(bought.length, "部")}劇集註明為${zh.term("genre-outsourced")}或${zh.term("genre-purchased")}：` +
              `${zh.list(boughtIn(d).map((r) => `${zh.drama(r.title)}（${zh.genre(r.genre)}）`))}。`,
          ),
        ),
      ]);
    },
  },
  {
    id: "tvb-mainland-share-stable",
    quote: "The share of mainland dramas remains stable at 14.3%, consistent with the 10-20% range seen in prior years.",
    against: ["Table 5", "the paper's own text"],
    test: (d) => {
      const zh = zhOf(d);
      const y23 = fact(d, "tvb-ott", "tvb-mainland-share-2023").value;
      const f = (id: string) => fact(d, "tvb-ott", id).value;
      const literal = ((f("tvb-mainland-titles-2023") + f("tvb-outsourced-series-2023")) / f("tvb-dramas-2023")) * 100;
      return ofParts([
        part(
          both("The share of mainland dramas remains stable at 14.3%", "內地劇集的佔比維持在14.3%"),
          "cannot-check",
          both(
            `Table 5 gives no origins. 14.3% is one of its ${d["tvb-schedule-2024"].length} series, or two of the ` +
              `${formatInteger(f("tvb-dramas-planned-2024"))} dramas the paper says TVB planned.`,
            `表5沒有註明劇集的${zh.term("place-of-origin")}。14.3%相當於表中${zh.f.integer(d["tvb-schedule-2024"].length)}部劇集` +
              `中的一部，或論文所説${zh.term("tvb")}計劃播出的${zh.f.integer(f("tvb-dramas-planned-2024"))}部劇集中的兩部。`,
          ),
        ),
        part(
          both("consistent with the 10-20% range seen in prior years", "與過往數年10%至20%的水平一致"),
          holds(y23 >= 10 && y23 <= 20),
          both(
            `The paper's only figure for a prior year is ${formatPercent(y23)} for 2023 (${formatPercent(literal)} as that ` +
              `sentence is written), outside the range.`,
            `論文對過往年份唯一的數字，是2023年的${zh.f.percent(y23)}（按該句字面計算則為${zh.f.percent(literal)}），` +
              `不在這個範圍之內。`,
          ),
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
      const zh = zhOf(d);
      const y23 = fact(d, "tvb-ott", "tvb-mainland-share-2023").value;
      const y24 = fact(d, "tvb-ott", "tvb-mainland-share-2024").value;
      const titles23 = fact(d, "tvb-ott", "tvb-mainland-titles-2023").value;
      const own = d["tvb-schedule-2024"].length - boughtIn(d).length;
      return ofParts([
        partByReadings(both("about one-fifth of the Hong Kong TV drama market share", "約佔香港電視劇市場五分之一"), [
          reading(
            both(
              "in 2023, the paper's figure for the six Mainland titles",
              `以2023年計：論文就${zhCount(titles23, "部")}內地作品給出的數字`,
            ),
            holds(isAbout(y23, 20, 10)),
            both(`${formatPercent(y23)}.`, `內地劇集佔${zh.f.percent(y23)}。`),
          ),
          reading(
            both("in 2024, the paper's latest figure", "以2024年計：論文最新的數字"),
            holds(isAbout(y24, 20, 10)),
            both(`${formatPercent(y24)}.`, `內地劇集佔${zh.f.percent(y24)}。`),
          ),
        ]),
        part(
          both("with the remainder predominantly held by local productions", "其餘主要由本地製作佔據"),
          holds(own * 2 > d["tvb-schedule-2024"].length),
          both(
            `Table 5: ${own} of its ${d["tvb-schedule-2024"].length} series are not marked outsourced or purchased.`,
            `表5：${zh.f.integer(d["tvb-schedule-2024"].length)}部劇集中，${zh.f.integer(own)}部沒有註明為` +
              `${zh.term("genre-outsourced")}或${zh.term("genre-purchased")}。`,
          ),
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
      const zh = zhOf(d);
      const [a, b] = [dramasIn(d, 2022), dramasIn(d, 2023)];
      if (!a.length || !b.length) return cannot(both("Table 6 lacks 2022 or 2023.", "表6缺少2022年或2023年的數據。"));
      const ok =
        b.length > a.length &&
        b[0]!.year_total_episodes > a[0]!.year_total_episodes &&
        b[0]!.year_total_airtime_weeks > a[0]!.year_total_airtime_weeks;
      const weeks = (n: number) => `${zh.f.integer(n)}個${zh.term("weeks")}`;
      return {
        verdict: holds(ok),
        evidence: both(
          `Table 6: ${a.length} Mainland dramas, ${a[0]!.year_total_episodes} episodes over ` +
            `${a[0]!.year_total_airtime_weeks} weeks in 2022; ${b.length}, ${b[0]!.year_total_episodes} episodes over ` +
            `${b[0]!.year_total_airtime_weeks} weeks in 2023. (Table 6 gives no genres.)`,
          `表6：2022年有${zh.f.integer(a.length)}部內地劇集，共${formatEpisodeCount(a[0]!.year_total_episodes)}，歷時` +
            `${weeks(a[0]!.year_total_airtime_weeks)}；2023年有${zh.f.integer(b.length)}部，共` +
            `${formatEpisodeCount(b[0]!.year_total_episodes)}，歷時${weeks(b[0]!.year_total_airtime_weeks)}。（表6沒有註明劇集類型。）`,
        ),
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
      const zh = zhOf(d);
      const [a, b] = [meanRating(d, 2022), meanRating(d, 2023)];
      const yearEnd = fact(d, "tvb-ott", "invisibles-rating-year-end").value;
      const pts = (x: number) => `${zh.f.decimal(x, 1)}${zh.term("points")}`;
      return ofParts([
        part(
          both("ratings have consistently declined year-on-year", "收視按年持續下跌"),
          holds(b < a),
          both(
            `Mean rating of the Mainland dramas in Table 6: ${formatDecimal(a, 1)} in 2022, ${formatDecimal(b, 1)} in 2023. Table ` +
              `6 has two years, so “consistently” rests on one change.`,
            `表6內地劇集的平均收視：2022年${pts(a)}，2023年${pts(b)}。表6只有兩年的數據，所謂「持續」只建基於一次變化。`,
          ),
        ),
        part(
          both("the average rating for Mainland dramas dropping below 20 points by 2023", "到2023年內地劇集的平均收視已跌至20點以下"),
          holds(b < 20),
          both(`${formatDecimal(b, 1)} in 2023.`, `2023年為${pts(b)}。`),
        ),
        part(
          both("peaking at 25.5 points for TVB's The Invisibles", `最高為${zh.term("tvb")}${zh.drama("The Invisibles")}的25.5點`),
          "cannot-check",
          both(
            `The Invisibles is TVB's own drama, not in Table 6. The paper's other figure for it, ${formatDecimal(yearEnd, 1)} ` +
              `points on the 2023 year-end ratings list, may measure something else, so neither figure checks the other.`,
            `${zh.drama("The Invisibles")}是${zh.term("tvb")}本身製作的劇集，不在表6之列。論文給該劇的另一個數字，即2023年` +
              `年終收視榜上的${pts(yearEnd)}，量度的可能是另一回事，因此兩個數字無法互相印證。`,
          ),
        ),
      ]);
    },
  },
];
