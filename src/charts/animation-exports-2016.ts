/**
 * Figure 2: where China's animation exports went in 2016. The figure's own data are not in the
 * paper's text, so this draws only what the prose states, and shows that its two statements
 * of Hong Kong's share disagree (nearly 50% of all exports, or half of Asia's 70%, 35%).
 */
import type { Fact } from "../data/facts.ts";
import type { Words } from "../data/words.ts";
import { PAPER } from "../site.ts";
import { formatCountShort, formatPeriod } from "../lib/format-zh-hk.ts";
import { barChartOptions, barFrame, type Bar } from "./bar-marks.ts";
import { placeColour } from "./palette.ts";
import type { ChartSpec } from "./types.ts";

export type AnimationFactRow = Pick<Fact, "id" | "label" | "value" | "unit" | "qualifier" | "as_of" | "derived" | "formula" | "quote">;

/** The bars are shares of all exports; the total and the share of Asia's part are told in text. */
const SHARE_OF_TOTAL = "% of total";
/** Rows about Hong Kong take its colour; the rest (Asia) are a region, drawn grey. */
const HONG_KONG_PREFIX = "hong-kong-";
const ASIA_SHARE_ID = "asia-share";

const QUALIFIER_MARK: Record<Fact["qualifier"], string> = { exact: "", approximate: "≈", "at-least": "≥" };
/** How the Chinese description reads each mark. */
const QUALIFIER_WORD_ZH: Record<string, string> = { "≈": "約", "≥": "不少於" };

/** The rows' labels in Chinese, by fact id, from the glossary's names; a fact without one stops the build. */
const LABEL_ZH: Record<string, (w: Words, rows: readonly AnimationFactRow[]) => string> = {
  "total-exports": (w) => `${w.place("china")}${w.term("genre-animation")}出口總額`,
  "asia-share": (w) => `輸往${w.place("asia")}的比例`,
  "hong-kong-share-of-asia": (w) => `${w.place("hong-kong-china")}佔輸往${w.place("asia")}出口的比例`,
  "hong-kong-share-of-total-as-stated": (w) => `輸往${w.place("hong-kong-china")}的比例（按原文）`,
  "hong-kong-share-of-total-via-asia": (w, rows) => {
    const asia = rows.find((r) => r.id === ASIA_SHARE_ID);
    return `輸往${w.place("hong-kong-china")}的比例（${w.place("asia")}${asia ? w.f.percent(asia.value, 0) : ""}的一半）`;
  },
};

function label(r: AnimationFactRow, rows: readonly AnimationFactRow[], w: Words): string {
  if (w.locale === "en") return r.label;
  const zh = LABEL_ZH[r.id];
  if (!zh) throw new Error(`animation-exports-2016: no Chinese label for the fact “${r.id}” (add it to LABEL_ZH)`);
  return zh(w, rows);
}

/** A formula over fact ids (“asia-share * hong-kong-share-of-asia / 100”) in Chinese: the facts by name, × and ÷. */
function formulaZh(formula: string, rows: readonly AnimationFactRow[], w: Words): string {
  const op: Record<string, string> = { "*": "×", "/": "÷", "+": "＋", "-": "−" };
  return formula
    .split(/\s+/)
    .map((t) => {
      const fact = rows.find((r) => r.id === t);
      return fact ? `「${label(fact, rows, w)}」` : (op[t] ?? t);
    })
    .join("");
}

/** The total in the edition's words: “36.62 million yuan” / “人民幣3662萬元”. */
function amount(r: AnimationFactRow, w: Words): string {
  if (w.locale === "en") return `${w.f.decimal(r.value, 2)} ${r.unit}`;
  if (r.unit !== "million yuan") throw new Error(`animation-exports-2016: no Chinese form for the unit “${r.unit}”`);
  return `${w.term("yuan")}${formatCountShort(r.value * 1e6)}元`;
}

function valueLabel(r: AnimationFactRow, w: Words): string {
  const derived = r.derived ? (w.locale === "en" ? " (derived)" : "（推算）") : "";
  return `${QUALIFIER_MARK[r.qualifier]}${w.f.percent(r.value, 0)}${derived}`;
}

function bars(rows: readonly AnimationFactRow[], step: string | undefined, w: Words): Bar[] {
  return rows
    .filter((r) => r.unit === SHARE_OF_TOTAL)
    .map((r) => ({
      key: r.id,
      label: label(r, rows, w),
      value: r.value,
      valueLabel: valueLabel(r, w),
      colour: r.id.startsWith(HONG_KONG_PREFIX) ? placeColour("hong-kong-china") : placeColour(null),
      derived: r.derived,
      dim: step === "as-stated" ? r.derived : step === "two-readings" ? !r.id.startsWith(HONG_KONG_PREFIX) : false,
    }));
}

export const ANIMATION_EXPORTS_2016: ChartSpec<AnimationFactRow> = {
  kind: "chart",
  id: "animation-exports-2016",
  paperRef: { en: "Figure 2", "zh-hk": "圖2" },
  title: { en: "Main regions and countries of China's TV animation exports, 2016", "zh-hk": "2016年中國電視動畫出口的主要國家及地區" },
  subtitle: {
    en: "Share of China's animation exports by value, % of the total, as the paper's text states it (≈ means “about” or “nearly”)",
    "zh-hk": "中國動畫出口按貨值計的佔比（佔總額百分比），按論文正文所述（≈表示「約」或「接近」）",
  },
  source: {
    en: `Source: National Bureau of Statistics of China, as quoted in the text around Figure 2 of the paper (${PAPER.citation})`,
    "zh-hk": `資料來源：國家統計局，經論文圖2（Figure 2）前後的正文引述；${PAPER.citation}`,
  },
  datasets: ["animation-exports-2016"],
  steps: [
    {
      id: "as-stated",
      caption: {
        en: "What the text says: approximately 70% of exports went to Asia, and Hong Kong represents nearly 50% of export volume.",
        "zh-hk": "正文所述：約70%出口輸往亞洲，而香港佔出口量接近50%。",
      },
    },
    {
      id: "two-readings",
      caption: {
        en:
          "The next sentence gives Hong Kong “about half” of Asia's share, about 35% of the total. Read as half of all " +
          "exports, the two disagree; read as half of the exports to Asia, they agree.",
        "zh-hk":
          "下一句卻説香港佔亞洲份額的「約一半」，即約佔總額35%。若理解為佔全部出口的一半，兩句互相矛盾；" +
          "若理解為佔輸往亞洲出口的一半，兩句則互相吻合。",
      },
    },
  ],
  rows: (data) =>
    data["animation-exports-2016"].map(({ id, label, value, unit, qualifier, as_of, derived, formula, quote }) => ({
      id,
      label,
      value,
      unit,
      qualifier,
      as_of,
      derived,
      formula,
      quote,
    })),
  notes(rows, w) {
    const en = w.locale === "en";
    const notes = [
      en
        ? "Figure 2's own data are not in the paper's text; the bars show only the figures the prose states, with its wording " +
          "(“approximately”, “about”, “nearly”) marked ≈."
        : "論文正文沒有圖2本身的數據；圖中只顯示正文所述的數字，並把其措辭（approximately、about、nearly，即「約」、「大約」、" +
          "「接近」）標示為≈。",
    ];
    for (const r of rows.filter((x) => x.derived))
      notes.push(
        en
          ? `“${r.label}” is derived, not stated: ${r.formula}, giving ${w.f.percent(r.value, 0)}.`
          : `「${label(r, rows, w)}」是推算而非原文所述：${formulaZh(r.formula ?? "", rows, w)}，得出${w.f.percent(r.value, 0)}。`,
      );
    const total = rows.find((r) => !r.derived && r.unit !== SHARE_OF_TOTAL && r.qualifier === "exact");
    if (total)
      notes.push(
        en
          ? `The total is ${amount(total, w)} (${total.as_of ?? "date not given"}); the text gives no breakdown in yuan.`
          : `出口總額為${amount(total, w)}（${total.as_of ? formatPeriod(total.as_of) : "未註明日期"}）；正文沒有以${w.term("yuan")}` +
              "列出細分金額。",
      );
    notes.push(en ? "No value is missing, but all the shares are approximate." : "沒有缺漏數值，但所有佔比均為約數。");
    return notes;
  },
  describe(rows, w) {
    const en = w.locale === "en";
    const total = rows.find((r) => r.unit !== SHARE_OF_TOTAL && r.qualifier === "exact");
    const shares = rows.filter((r) => r.unit === SHARE_OF_TOTAL);
    const hk = shares.filter((r) => r.id.startsWith(HONG_KONG_PREFIX));
    const differ = hk.length === 2 && hk[0]!.value !== hk[1]!.value ? w.f.points(Math.abs(hk[0]!.value - hk[1]!.value), 0) : null;
    if (en) {
      const when = total?.as_of ? ` in ${total.as_of}` : "";
      const totalled = total ? `, which totalled ${amount(total, w)}` : "";
      const parts = [`Bar chart of the shares of China's animation exports${when}${totalled}.`];
      parts.push(shares.map((r) => `${r.label}: ${valueLabel(r, w).replace("≈", "about ")}`).join("; ") + ".");
      if (differ) parts.push(`The paper's two statements of Hong Kong's share differ by ${differ}.`);
      return parts.join(" ");
    }
    const when = total?.as_of ? formatPeriod(total.as_of) : "";
    const totalled = total ? `，出口總額為${amount(total, w)}` : "";
    const parts = [`棒形圖顯示${when}${w.place("china")}${w.term("genre-animation")}出口的去向佔比${totalled}。`];
    const worded = (r: AnimationFactRow) => valueLabel(r, w).replace(/^[≈≥]/, (m) => QUALIFIER_WORD_ZH[m] ?? m);
    parts.push(shares.map((r) => `${label(r, rows, w)}：${worded(r)}`).join("；") + "。");
    if (differ) parts.push(`論文對${w.place("hong-kong-china")}佔比的兩種説法相差${differ}。`);
    return parts.join("");
  },
  plot(rows, { width, step, words: w }) {
    const data = bars(rows, step, w);
    // The axis runs to 100%: these are parts of one total, so the scale shows how much is left.
    const frame = barFrame(width, data, { xMax: 100 });
    return barChartOptions(frame, data, { locale: w.locale });
  },
};
