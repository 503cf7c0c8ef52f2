/** The paper's Conclusion (Tables 1 and 8). */
import { formatHKDThousandShort } from "../../lib/format.ts";
import { both, cannot, type Claim, holds, row, share, zhOf } from "./shared.ts";

export const CONCLUSION: Claim[] = [
  {
    id: "conclusion-interaction-grown",
    quote:
      "Comparing statistics over the last decade, we can observe that the interaction between audiovisual products from " +
      "Mainland China and Hong Kong has grown",
    against: ["Table 1", "Table 8"],
    test: (d) => {
      const zh = zhOf(d);
      const [i0, i1, e0, e1] = [
        row(d, "imports", 2011, "mainland-china"),
        row(d, "imports", 2022, "mainland-china"),
        row(d, "exports", 2011, "mainland-china"),
        row(d, "exports", 2022, "mainland-china"),
      ];
      if (!i0?.value_hkd_thousand || !i1?.value_hkd_thousand || !e0?.value_hkd_thousand || !e1?.value_hkd_thousand)
        return cannot(both("Table 1 or Table 8 lacks the Mainland's 2011 or 2022 value.", "表1或表8缺少內地2011年或2022年的貨值。"));
      const [t0, t1] = [i0.value_hkd_thousand + e0.value_hkd_thousand, i1.value_hkd_thousand + e1.value_hkd_thousand];
      const v = (x: number) => zh.f.hkdThousandShort(x);
      return {
        verdict: holds(t1 > t0),
        evidence: both(
          `Hong Kong's trade in these goods with the Mainland, both ways, fell from ${formatHKDThousandShort(t0)} in ` +
            `2011 to ${formatHKDThousandShort(t1)} in 2022: imports from it from ${formatHKDThousandShort(i0.value_hkd_thousand)} ` +
            `to ${formatHKDThousandShort(i1.value_hkd_thousand)}, exports to it from ` +
            `${formatHKDThousandShort(e0.value_hkd_thousand)} to ${formatHKDThousandShort(e1.value_hkd_thousand)}. The ` +
            `Mainland's share of Hong Kong's exports rose (${share(e0)} to ${share(e1)}); its share of the imports fell ` +
            `(${share(i0)} to ${share(i1)}).`,
          `香港與內地在這類產品上的雙向貿易，由2011年的${v(t0)}減至2022年的${v(t1)}：從內地的進口由` +
            `${v(i0.value_hkd_thousand)}減至${v(i1.value_hkd_thousand)}，輸往內地的出口由${v(e0.value_hkd_thousand)}減至` +
            `${v(e1.value_hkd_thousand)}。內地佔香港出口的比例上升（由${zh.share(e0)}升至${zh.share(e1)}），佔進口的比例則下降` +
            `（由${zh.share(i0)}跌至${zh.share(i1)}）。`,
        ),
      };
    },
  },
];
