/** The paper's Abstract: its two checkable sentences. */
import { tradeYears } from "../../data/trade.ts";
import { both, cannot, type Claim, holds, ofReadings, origin, placeName, rank, reading, row, share, zhOf } from "./shared.ts";

export const ABSTRACT: Claim[] = [
  {
    id: "abstract-mainland-largest-outlet",
    quote: "The latest figures indicate that Mainland China represents the largest outlet for Hong Kong's audio-visual products.",
    against: ["Table 8"],
    test: (d) => {
      const zh = zhOf(d);
      const y = tradeYears(d, "exports").at(-1)!;
      const top = rank(d, "exports", y, 1);
      if (!top?.place)
        return cannot(
          both(`Table 8's first place in ${y} is not legible in the extracted text.`, `表8中${y}年居首的地方，在抽取文字中無法辨認。`),
        );
      return {
        verdict: holds(top.place === "mainland-china"),
        evidence: both(
          `Table 8, ${y}: first is ${placeName(d, top.place)}, with ${share(top)} of Hong Kong's exports of film- and ` +
            `TV-related goods.`,
          `表8，${y}年：居首的是${zh.place(top.place)}，佔香港電影及電視相關產品出口的${zh.share(top)}。`,
        ),
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
      const zh = zhOf(d);
      const [m, j, u, fifth] = [
        row(d, "imports", 2022, "mainland-china"),
        row(d, "imports", 2022, "japan"),
        row(d, "imports", 2022, "usa"),
        rank(d, "imports", 2022, 5),
      ];
      const usAhead = u?.share_percent != null && m?.share_percent != null && u.share_percent > m.share_percent;
      const jAhead = j?.share_percent != null && m?.share_percent != null && j.share_percent > m.share_percent;
      const goods = reading(
        both("by imports of film- and TV-related goods, 2022 (Table 1)", "以2022年電影及電視相關產品的進口計（表1）"),
        holds(usAhead && jAhead),
        both(
          `Japan's ${share(j)} is ahead of the Mainland's ${share(m)}, but the United States ${
            u ? `has ${share(u)}` : `is not in ` + `the top five at all, so below the fifth place's ${share(fifth)}`
          }: behind the Mainland.`,
          `${zh.place("japan")}的${zh.share(j)}高於${zh.place("mainland-china")}的${zh.share(m)}，但${zh.place("usa")}${
            u ? `只佔${zh.share(u)}` : `根本不在五大之列，即低於第五位的${zh.share(fifth)}`
          }，落後於${zh.place("mainland-china")}。`,
        ),
      );
      const [us, jp, cn] = [origin(d, "usa"), origin(d, "japan"), origin(d, "mainland-china")];
      const films = reading(
        both("by films released in Hong Kong, 2022 (Figure 3)", "以2022年在香港上映的電影計（圖3）"),
        holds(us > cn && jp > cn),
        both(
          `${us} American and ${jp} Japanese films against ${cn} from the Mainland.`,
          `${zh.place("usa")}電影${zh.f.integer(us)}部、${zh.place("japan")}電影${zh.f.integer(jp)}部，` +
            `${zh.place("mainland-china")}電影只有${zh.f.integer(cn)}部。`,
        ),
      );
      return ofReadings(
        [goods, films],
        both(
          "The sentence does not say how the effect is measured; the paper's data give two measures.",
          "句子沒有説明傳播效果如何衡量；論文的數據有兩種量度。",
        ),
      );
    },
  },
];
