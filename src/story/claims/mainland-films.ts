/**
 * "Competitiveness of films produced in mainland China": Status of issuance, Broadcast situation
 * and Competitive situation (Tables 2, 3, 4 and 7, Figure 3).
 */
import { formatDecimal, formatHKD, formatHKDMillions, formatInteger, formatPercent } from "../../lib/format.ts";
import {
  both,
  boxOffice,
  byBoxOffice,
  cannot,
  type Claim,
  holds,
  isAbout,
  isNearly,
  list,
  mainlandOnly,
  mean,
  ofParts,
  ofReadings,
  part,
  partByReadings,
  reading,
  release,
  sum,
  zhOf,
} from "./shared.ts";

export const MAINLAND_FILMS: Claim[] = [
  {
    id: "releases-2022-mainland-share",
    quote: "In 2022, Hong Kong released … 216 films, with Mainland imports constituting 11.1% and foreign- language films 79.2%",
    against: ["Table 2", "Table 4", "Figure 3"],
    test: (d) => {
      const zh = zhOf(d);
      const total = release(d, "first-run-films").value_2022;
      const nonHk = release(d, "first-run-non-hong-kong-films").value_2022;
      const chinese = release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      const mainland = mainlandOnly(d).length;
      const foreign = nonHk - chinese;
      const i = zh.f.integer;
      return ofParts([
        part(
          both("In 2022, Hong Kong released … 216 films", "2022年香港上映了 … 216部電影"),
          holds(total === 216),
          both(`Table 2: ${total} first-run films in 2022.`, `表2：2022年${zh.term("first-run-release")}的電影共${i(total)}部。`),
        ),
        partByReadings(
          both("with Mainland imports constituting 11.1%", "其中內地進口片佔11.1%"),
          [
            reading(
              both("the Mainland's films (Table 4)", "內地電影（表4）"),
              holds(isAbout((mainland / total) * 100, 11.1, 0.1)),
              both(
                `${mainland} of ${total} films, ${formatPercent((mainland / total) * 100)}.`,
                `${i(total)}部電影中的${i(mainland)}部，即${zh.f.percent((mainland / total) * 100)}。`,
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
          both(
            `The printed 11.1% would be ${formatInteger(Math.round(0.111 * total))} films.`,
            `論文所印的11.1%，相當於${i(Math.round(0.111 * total))}部電影。`,
          ),
        ),
        part(
          both("foreign- language films 79.2%", "外語片佔79.2%"),
          holds(isAbout((foreign / total) * 100, 79.2, 0.1)),
          both(
            `Table 2: ${nonHk} non-Hong Kong films less ${chinese} Chinese-language ones leaves ${foreign}, ` +
              `${formatPercent((foreign / total) * 100)} of ${total}.`,
            `表2：${i(nonHk)}部非香港電影減去${i(chinese)}部華語片，餘下${i(foreign)}部，佔${i(total)}部的` +
              `${zh.f.percent((foreign / total) * 100)}。`,
          ),
        ),
      ]);
    },
  },
  {
    id: "mainland-imports-16-3-lower",
    quote: "This figure is significantly lower than the share of foreign films viewed in Hong Kong.",
    against: ["Table 2", "Table 3"],
    test: (d) => {
      const zh = zhOf(d);
      const STATED = 16.3; // the Mainland's figure in the sentence before, from another report
      const total = release(d, "first-run-films").value_2022;
      const foreign =
        release(d, "first-run-non-hong-kong-films").value_2022 - release(d, "first-run-non-hong-kong-chinese-language-films").value_2022;
      const foreignBox = boxOffice(d, "foreign-language").share_percent_printed;
      return ofReadings(
        [
          reading(
            both("as a share of the films released", "以上映電影數目的比例計"),
            holds((foreign / total) * 100 > 2 * STATED),
            both(
              `Foreign-language films were ${foreign} of Hong Kong's ${total} releases, ${formatPercent((foreign / total) * 100)}.`,
              `香港${zh.f.integer(total)}部上映電影中，外語片佔${zh.f.integer(foreign)}部，即${zh.f.percent((foreign / total) * 100)}。`,
            ),
          ),
          reading(
            both("as a share of the box office", "以票房比例計"),
            holds(foreignBox > 2 * STATED),
            both(
              `They took ${formatPercent(foreignBox, 2)} of the box office (Table 3).`,
              `外語片取得${zh.f.percent(foreignBox, 2)}的票房（表3）。`,
            ),
          ),
        ],
        both(
          `The figure is the paper's ${formatPercent(STATED)} for overseas films in the Mainland's own market; the data do not ` +
            `have it, only Hong Kong's side.`,
          `這個數字是論文所指海外電影在內地本身市場所佔的${zh.f.percent(STATED)}；數據沒有這個數字，只有香港一方的數字。`,
        ),
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
      const zh = zhOf(d);
      const ml = mainlandOnly(d);
      const perMl = mean(ml.map((f) => f.admissions));
      const perHk = mean(d["hk-films-2022"].map((f) => f.admissions));
      const mlBox = sum(ml.map((f) => f.box_office_hkd));
      const foreignBox = boxOffice(d, "foreign-language").box_office_hkd;
      return ofParts([
        part(
          both("fewer viewers compared to local … films", "吸引的觀眾少於本地 … 電影"),
          holds(perMl * 2 < perHk),
          both(
            `Table 4's ${ml.length} Mainland films drew ${formatInteger(sum(ml.map((f) => f.admissions)))} admissions in all, ` +
              `${formatInteger(Math.round(perMl))} a film; Table 7's ${d["hk-films-2022"].length} Hong Kong films drew ` +
              `${formatInteger(Math.round(perHk))} a film.`,
            `表4的${zh.f.integer(ml.length)}部內地電影合共錄得${zh.f.integer(sum(ml.map((f) => f.admissions)))}${zh.term("admissions")}，` +
              `平均每部${zh.f.integer(Math.round(perMl))}；表7的${zh.f.integer(d["hk-films-2022"].length)}部香港電影，平均每部` +
              `${zh.f.integer(Math.round(perHk))}。`,
          ),
        ),
        part(
          both("fewer viewers compared to … international films", "吸引的觀眾少於 … 國際電影"),
          "cannot-check",
          both(
            `The data give no admissions for foreign-language films. By box office they took ` +
              `${formatHKDMillions(foreignBox)} against ` +
              `${formatHKDMillions(mlBox)} for the Mainland's films.`,
            `數據沒有外語片的${zh.term("admissions")}。以${zh.term("box-office")}計，外語片收${zh.f.hkdShort(foreignBox)}，` +
              `內地電影則收${zh.f.hkdShort(mlBox)}。`,
          ),
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
      const zh = zhOf(d);
      const total = boxOffice(d, "total").box_office_hkd;
      const ml = sum(mainlandOnly(d).map((f) => f.box_office_hkd));
      const all = sum(d["mainland-films-hk-2022"].map((f) => f.box_office_hkd));
      const ok = (x: number) => isAbout(x / 1e6, 7.62, 0.01) && isAbout((x / total) * 100, 0.65, 0.01);
      return ofReadings(
        [
          reading(
            both(
              "“these films” as the sentence before names them: Mainland Chinese films, Table 4's " + mainlandOnly(d).length,
              `按上一句的説法，「這些電影」指內地電影，即表4中的${zh.f.integer(mainlandOnly(d).length)}部`,
            ),
            holds(ok(ml)),
            both(
              `They took ${formatHKD(ml)}, ${formatPercent((ml / total) * 100, 2)} of ${formatHKD(total)}.`,
              `票房${zh.f.hkd(ml)}，佔${zh.f.hkd(total)}的${zh.f.percent((ml / total) * 100, 2)}。`,
            ),
          ),
          reading(
            both(
              `Table 3's “Chinese film” line: all ${d["mainland-films-hk-2022"].length} Mainland and Taiwan films of Table 4`,
              `表3「${zh.term("chinese-language-film")}」一行：表4全部${zh.f.integer(d["mainland-films-hk-2022"].length)}部內地及台灣電影`,
            ),
            holds(ok(all)),
            both(
              `They took ${formatHKD(all)} (Table 3: ${formatHKD(boxOffice(d, "chinese").box_office_hkd)}), ` +
                `${formatPercent((all / total) * 100, 2)}.`,
              `票房${zh.f.hkd(all)}（表3：${zh.f.hkd(boxOffice(d, "chinese").box_office_hkd)}），佔${zh.f.percent((all / total) * 100, 2)}。`,
            ),
          ),
        ],
        both(
          "The figures are Table 3's line for Chinese-language films, which includes Taiwan's.",
          `這些數字是表3「${zh.term("chinese-language-film")}」一行的數字，其中包括台灣電影。`,
        ),
      );
    },
  },
  {
    id: "coproductions-100m",
    quote: "Co- productions between Hong Kong and Mainland China saw a modest rise, reaching HK$100 million, or 8.68% of the total.",
    against: ["Table 3"],
    test: (d) => {
      const zh = zhOf(d);
      const co = boxOffice(d, "hong-kong-mainland-coproductions");
      const total = boxOffice(d, "total").box_office_hkd;
      return ofParts([
        part(
          both("reaching HK$100 million", "票房達1億港元"),
          holds(isAbout(co.box_office_hkd / 1e6, 100, 1)),
          both(`Table 3: ${formatHKD(co.box_office_hkd)}.`, `表3：${zh.f.hkd(co.box_office_hkd)}。`),
        ),
        part(
          both("or 8.68% of the total", "佔總額8.68%"),
          holds(co.share_percent_printed === 8.68 && isAbout((co.box_office_hkd / total) * 100, 8.68, 0.01)),
          both(
            `${formatPercent((co.box_office_hkd / total) * 100, 2)} of ${formatHKD(total)}, printed as ` +
              `${formatPercent(co.share_percent_printed, 2)}.`,
            `佔${zh.f.hkd(total)}的${zh.f.percent((co.box_office_hkd / total) * 100, 2)}，論文印作${zh.f.percent(co.share_percent_printed, 2)}。`,
          ),
        ),
        part(
          both("saw a modest rise", "略有上升"),
          "cannot-check",
          both(
            "The data have no 2021 figure for co-productions to compare with.",
            `數據沒有${zh.term("co-production")}2021年的數字可供比較。`,
          ),
        ),
      ]);
    },
  },
  {
    id: "box-office-below-10",
    quote: "the aggregate box office for both Hong Kong and Mainland films remained below 10%",
    against: ["Table 3"],
    test: (d) => {
      const zh = zhOf(d);
      const s = (id: string) => boxOffice(d, id).share_percent_printed;
      const p = (x: number) => zh.f.percent(x, 2);
      const hk = s("hong-kong") + s("chinese");
      const co = s("hong-kong-mainland-coproductions") + s("chinese");
      return ofReadings(
        [
          reading(
            both("literally, Hong Kong films and Mainland films", "按字面：香港電影及內地電影"),
            holds(hk < 10),
            both(
              `Table 3: ${formatPercent(s("hong-kong"), 2)} and ${formatPercent(s("chinese"), 2)} make ${formatPercent(hk, 2)}.`,
              `表3：${p(s("hong-kong"))}加${p(s("chinese"))}，合共${p(hk)}。`,
            ),
          ),
          reading(
            both(
              "co-productions and Mainland films, the subject of the sentence before",
              `${zh.term("co-production")}及內地電影，即上一句的主題`,
            ),
            holds(co < 10),
            both(
              `${formatPercent(s("hong-kong-mainland-coproductions"), 2)} and ${formatPercent(s("chinese"), 2)} make ` +
                `${formatPercent(co, 2)}.`,
              `${p(s("hong-kong-mainland-coproductions"))}加${p(s("chinese"))}，合共${p(co)}。`,
            ),
          ),
        ],
        both(
          "Table 3's “Chinese film” line, used for Mainland films, includes Taiwan's.",
          `表3用作內地電影數字的「${zh.term("chinese-language-film")}」一行，包括台灣電影。`,
        ),
      );
    },
  },
  {
    id: "mainland-films-lag-behind",
    quote: "Mainland Chinese films in Hong Kong lag behind both local and international counterparts in viewer numbers and release cycles.",
    against: ["Table 4", "Table 7"],
    test: (d) => {
      const zh = zhOf(d);
      const ml = mainlandOnly(d);
      const hk = d["hk-films-2022"];
      const [aM, aH] = [mean(ml.map((f) => f.admissions)), mean(hk.map((f) => f.admissions))];
      const [dM, dH] = [mean(ml.map((f) => f.days_in_theatres)), mean(hk.map((f) => f.days_in_theatres))];
      return ofParts([
        part(
          both("lag behind … local … counterparts in viewer numbers and release cycles", "觀眾人數和上映週期均落後於本地 … 電影"),
          holds(aM < aH && dM < dH),
          both(
            `A Mainland film of Table 4 drew ${formatInteger(Math.round(aM))} admissions and ran ${formatDecimal(dM, 0)} days on ` +
              `average; a Hong Kong film of Table 7, ${formatInteger(Math.round(aH))} admissions and ${formatDecimal(dH, 0)} days.`,
            `表4的內地電影平均每部錄得${zh.f.integer(Math.round(aM))}${zh.term("admissions")}，上映${zh.f.decimal(dM, 0)}日；` +
              `表7的香港電影平均每部錄得${zh.f.integer(Math.round(aH))}${zh.term("admissions")}，上映${zh.f.decimal(dH, 0)}日。`,
          ),
        ),
        part(
          both("lag behind … international counterparts", "落後於 … 國際電影"),
          "cannot-check",
          both(
            "The data list no foreign-language films, so neither their admissions nor their runs are known.",
            `數據沒有列出任何外語片，因此其${zh.term("admissions")}及上映期均不得而知。`,
          ),
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
      const zh = zhOf(d);
      const top = byBoxOffice(d["mainland-films-hk-2022"])[0]!;
      const isIt = top.title_en.startsWith("The Battle at Lake Changjin");
      return ofParts([
        part(
          both(
            "The highest-grossing film, The Battle at Lake Changjin II",
            `票房最高的《${zh.term("film-the-battle-at-lake-changjin-ii")}》`,
          ),
          holds(isIt),
          both(
            `Table 4's highest-grossing film is ${top.title_en}, with ${formatHKD(top.box_office_hkd)}.`,
            `表4票房最高的電影是${zh.film(top)}，票房${zh.f.hkd(top.box_office_hkd)}。`,
          ),
        ),
        part(
          both("attracted approximately 42,000 viewers", "吸引約4.2萬名觀眾"),
          holds(isIt && isAbout(top.admissions, 42000, 1000)),
          both(`${formatInteger(top.admissions)} admissions.`, `${zh.term("admissions")}${zh.f.integer(top.admissions)}。`),
        ),
        part(
          both("had an 80-day release period", "上映期為80日"),
          holds(isIt && top.days_in_theatres === 80),
          both(`${top.days_in_theatres} days in cinemas.`, `在戲院上映${zh.f.integer(top.days_in_theatres)}日。`),
        ),
        part(
          both("the most successful mainland release in Hong Kong to date", "迄今在香港最成功的內地電影"),
          "cannot-check",
          both("The data cover 2022 only.", "數據只涵蓋2022年。"),
        ),
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
      const zh = zhOf(d);
      const top3 = byBoxOffice(d["hk-films-2022"]).slice(0, 3);
      const n = sum(top3.map((f) => f.admissions));
      return ofParts([
        part(
          both("the top three Hong Kong films garnered nearly 600,000 viewers collectively", "三部最賣座的香港電影合共吸引接近60萬名觀眾"),
          holds(isNearly(n, 600000, 100000)),
          both(
            `Table 7's top three (${list(top3.map((f) => f.title_en))}) drew ${formatInteger(n)} admissions, ` +
              `${formatDecimal(n / 600000, 1)} times the figure; the first two alone passed a million each.`,
            `表7票房最高的三部電影（${zh.list(top3.map((f) => zh.film(f)))}）合共錄得${zh.f.integer(n)}${zh.term("admissions")}，` +
              `是該數字的${zh.f.decimal(n / 600000, 1)}倍；單是首兩部，每部已超過一百萬。`,
          ),
        ),
        part(
          both("the top 20 international films averaged around 300,000 viewers each", "排名前20位的國際電影平均每部吸引約30萬名觀眾"),
          "cannot-check",
          both("The data list no foreign-language films.", "數據沒有列出任何外語片。"),
        ),
      ]);
    },
  },
  {
    id: "changjin-top-by-viewership",
    quote: "The top film by viewership, The Battle at Lake Changjin II",
    against: ["Table 4"],
    test: (d) => {
      const zh = zhOf(d);
      const [a, b] = [...d["mainland-films-hk-2022"]].sort((x, y) => y.admissions - x.admissions);
      return {
        verdict: holds(!!a && a.title_en.startsWith("The Battle at Lake Changjin")),
        evidence: both(
          `Table 4's most-watched film is ${a?.title_en}, with ${formatInteger(a?.admissions ?? null)} admissions; next ` +
            `is ${b?.title_en}, with ${formatInteger(b?.admissions ?? null)}.`,
          `表4${zh.term("admissions")}最多的電影是${a ? zh.film(a) : zh.f.missing}，錄得${zh.f.integer(a?.admissions ?? null)}；` +
            `其次是${b ? zh.film(b) : zh.f.missing}，錄得${zh.f.integer(b?.admissions ?? null)}。`,
        ),
      };
    },
  },
  {
    id: "warriors-leads-coproductions",
    quote: "Among Hong Kong-Mainland co-productions, Warriors of Future, a large-scale sci-fi action film, leads in viewership.",
    against: ["Table 7"],
    test: (d) => {
      const zh = zhOf(d);
      const byAdmissions = [...d["hk-films-2022"]].sort((a, b) => b.admissions - a.admissions);
      const war = d["hk-films-2022"].find((f) => f.title_en === "Warriors of Future");
      const first = byAdmissions[0]!;
      const warZh = war ? zh.film(war) : `《${zh.term("film-warriors-of-future")}》`;
      return cannot(
        both(
          `Table 7 does not say which of its films are co-productions. Of all its ${d["hk-films-2022"].length} films, Warriors of ` +
            `Future took the most at the box office (${formatHKDMillions(war?.box_office_hkd ?? null)}), but ` +
            `${first.title_en === "Warriors of Future" ? "also" : first.title_en} drew the most admissions ` +
            `(${formatInteger(first.admissions)}, against ${formatInteger(war?.admissions ?? null)}).`,
          `表7沒有註明哪些電影屬${zh.term("co-production")}。表7全部${zh.f.integer(d["hk-films-2022"].length)}部電影中，` +
            `${warZh}的票房最高（${zh.f.hkdShort(war?.box_office_hkd ?? null)}），` +
            `${first === war ? "入場人次亦最多" : `但入場人次最多的是${zh.film(first)}`}` +
            `（${zh.f.integer(first.admissions)}，${warZh}則為${zh.f.integer(war?.admissions ?? null)}）。`,
        ),
      );
    },
  },
];
