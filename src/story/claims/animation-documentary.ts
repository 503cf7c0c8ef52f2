/** "Animation industry" (Figure 2, through the paper's own text) and "Documentary film industry" (Table 1). */
import { formatDecimal, formatHKDThousandShort, formatPercent } from "../../lib/format.ts";
import { formatFact } from "../numbers.ts";
import { both, type Claim, fact, holds, isNearly, list, ofReadings, reading, risingYears, seriesOf, zhOf } from "./shared.ts";

export const ANIMATION_DOCUMENTARY: Claim[] = [
  {
    id: "animation-hong-kong-half",
    quote: "Hong Kong remains the primary export market for mainland China's animation industry, representing nearly 50% of export volume",
    against: ["the paper's own text (Figure 2)"],
    test: (d) => {
      const zh = zhOf(d);
      const f = (id: string) => fact(d, "animation-exports-2016", id).value;
      const [asia, ofAsia, total] = [f("asia-share"), f("hong-kong-share-of-asia"), f("total-exports")];
      const via = f("hong-kong-share-of-total-via-asia");
      return ofReadings(
        [
          reading(
            both("nearly 50% of all the Mainland's animation exports", "佔內地全部動畫出口接近50%"),
            holds(isNearly(via, 50, 10)),
            both(
              `The next sentence puts about ${formatPercent(asia, 0)} of the ${formatDecimal(total, 2)} million yuan in Asia and ` +
                `Hong Kong at about half of that: about ${formatPercent(via, 0)} of the total.`,
              `下一句指${formatFact(fact(d, "animation-exports-2016", "total-exports"), zh.w)}的出口中，約${zh.f.percent(asia, 0)}` +
                `輸往亞洲，而香港約佔其中一半，即約佔總額的${zh.f.percent(via, 0)}。`,
            ),
          ),
          reading(
            both("nearly 50% of the exports to Asia", "佔輸往亞洲的出口接近50%"),
            holds(isNearly(ofAsia, 50, 10)),
            both(
              `The next sentence has Hong Kong at about half of the Asian share, which agrees.`,
              "下一句指香港約佔亞洲份額的一半，與此相符。",
            ),
          ),
        ],
        both(
          "Figure 2's own data are not in the extracted text; the two sentences are all there is.",
          "圖2本身的數據不在抽取文字之中；可據的只有這兩句。",
        ),
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
      const zh = zhOf(d);
      const s = seriesOf(d, "imports", "mainland-china");
      const upV = risingYears(s.map((r) => ({ year: r.year, v: r.value_hkd_thousand })));
      const upS = risingYears(s.map((r) => ({ year: r.year, v: r.share_percent })));
      return ofReadings(
        [
          reading(
            both("by value (Table 1)", "以貨值計（表1）"),
            holds(upV.length === 0),
            both(`The Mainland's imports rose in ${list(upV)}.`, `香港從內地的進口貨值在${zh.years(upV)}均有上升。`),
          ),
          reading(
            both("by share (Table 1)", "以佔比計（表1）"),
            holds(upS.length === 0),
            both(`Its share rose in ${list(upS)}.`, `其佔比在${zh.years(upS)}均有上升。`),
          ),
        ],
        both(
          `From ${s[0]?.year} to ${s.at(-1)?.year} they fell from ${formatHKDThousandShort(s[0]?.value_hkd_thousand ?? null)} to ` +
            `${formatHKDThousandShort(s.at(-1)?.value_hkd_thousand ?? null)}, but not year after year. The data count values, not items.`,
          `由${s[0]?.year}年至${s.at(-1)?.year}年，進口貨值由${zh.f.hkdThousandShort(s[0]?.value_hkd_thousand ?? null)}跌至` +
            `${zh.f.hkdThousandShort(s.at(-1)?.value_hkd_thousand ?? null)}，但並非逐年下降。數據計算的是貨值，而非產品數量。`,
        ),
      );
    },
  },
];
