/**
 * Table 3: the 2022 Hong Kong box office split by kind of film, as shares of the total. The
 * printed total row is left out of the bars (it is the sum of the others).
 */
import type { BoxOffice2022Row } from "../data/films.ts";
import type { Words } from "../data/words.ts";
import { PAPER } from "../site.ts";
import { formatCount } from "../lib/format-zh-hk.ts";
import { barChartOptions, barFrame, type Bar } from "./bar-marks.ts";
import { placeColour } from "./palette.ts";
import type { ChartSpec } from "./types.ts";

export type BoxOfficeCategoryRow = Pick<BoxOffice2022Row, "id" | "category" | "box_office_hkd" | "share_percent_printed">;

/** Short labels for the printed category names, which run to a sentence. */
const SHORT_LABEL: Record<BoxOffice2022Row["id"], string> = {
  "hong-kong": "Hong Kong films",
  "hong-kong-mainland-coproductions": "Hong Kong–Mainland co-productions",
  chinese: "Mainland and Taiwan films",
  "foreign-language": "Foreign-language films",
  total: "Total",
};

/** The same short labels in Chinese, built from the glossary's names. */
const SHORT_LABEL_ZH: Record<BoxOffice2022Row["id"], (w: Words) => string> = {
  "hong-kong": (w) => w.term("hong-kong-film"),
  "hong-kong-mainland-coproductions": (w) => `${w.place("hong-kong-china")}與${w.place("mainland-china")}${w.term("co-production")}`,
  chinese: (w) => `${w.place("mainland-china")}及${w.place("taiwan-china")}電影`,
  "foreign-language": (w) => w.term("foreign-language-film"),
  total: () => "總計",
};

const label = (id: BoxOffice2022Row["id"], w: Words) => (w.locale === "en" ? SHORT_LABEL[id] : SHORT_LABEL_ZH[id](w));

/** The Compendium's year, which the rows are of (the title and description name it). */
const YEAR = 2022;

/** Only Hong Kong films map to one place; the other categories mix places, so they are grey. */
const CATEGORY_PLACE: Partial<Record<BoxOffice2022Row["id"], string>> = { "hong-kong": "hong-kong-china" };

const TOTAL_ID = "total";

export const BOX_OFFICE_2022: ChartSpec<BoxOfficeCategoryRow> = {
  kind: "chart",
  id: "box-office-2022",
  paperRef: { en: "Table 3", "zh-hk": "表3" },
  title: { en: "Box office receipts of films released in Hong Kong in 2022", "zh-hk": "2022年香港上映電影的票房收入" },
  subtitle: {
    en: "Share of the year's total box office by kind of film, % as printed, with the takings in HK$",
    "zh-hk": "各類電影所佔全年總票房的百分比（按表中所印），以及其票房收入（港元）",
  },
  source: {
    en: `Source: Hong Kong Film Industry Compendium 2022, via Table 3 of the paper (${PAPER.citation})`,
    "zh-hk": `資料來源：《香港電影業資料彙編2022》，經論文表3（Table 3）；${PAPER.citation}`,
  },
  datasets: ["box-office-2022"],
  steps: [
    {
      id: "hong-kong",
      caption: { en: "Hong Kong's own films took about a fifth of the box office.", "zh-hk": "香港本地電影只取得約五分之一的票房。" },
    },
    { id: "foreign-language", caption: { en: "Foreign-language films took most of it.", "zh-hk": "大部分票房由外語片取得。" } },
  ],
  rows: (data) =>
    data["box-office-2022"]
      .filter((r) => r.id !== TOTAL_ID)
      .map(({ id, category, box_office_hkd, share_percent_printed }) => ({ id, category, box_office_hkd, share_percent_printed })),
  notes(rows, w) {
    const shareSum = rows.reduce((s, r) => s + r.share_percent_printed, 0);
    const sum = rows.reduce((s, r) => s + r.box_office_hkd, 0);
    if (w.locale === "en")
      return [
        `Shares are as printed in Table 3, to two decimals; the ${rows.length} categories add up to ${w.f.percent(shareSum, 2)} and ` +
          `${w.f.hkdShort(sum)}. The table's total row is not drawn.`,
        "No value is missing.",
      ];
    return [
      `各類別的佔比按表3所印，取至小數點後兩位；${formatCount(rows.length, "類", "電影")}合計為${w.f.percent(shareSum, 2)}及` +
        `${w.f.hkdShort(sum)}。圖中不繪出表中的總計一行。`,
      "沒有缺漏數值。",
    ];
  },
  describe(rows, w) {
    const sum = rows.reduce((s, r) => s + r.box_office_hkd, 0);
    const sorted = [...rows].sort((a, b) => b.share_percent_printed - a.share_percent_printed);
    if (w.locale === "en")
      return (
        `Bar chart of the ${w.f.hkdShort(sum)} box office of films released in Hong Kong in ${YEAR}, by kind of film: ` +
        sorted
          .map((r) => `${SHORT_LABEL[r.id]} ${w.f.percent(r.share_percent_printed, 2)} (${w.f.hkdShort(r.box_office_hkd)})`)
          .join("; ") +
        "."
      );
    return (
      `棒形圖按電影類別，顯示${w.f.year(YEAR)}在香港上映電影合共${w.f.hkdShort(sum)}的票房：` +
      sorted.map((r) => `${label(r.id, w)}${w.f.percent(r.share_percent_printed, 2)}（${w.f.hkdShort(r.box_office_hkd)}）`).join("；") +
      "。"
    );
  },
  plot(rows, { width, step, words: w }) {
    const data: Bar[] = [...rows]
      .sort((a, b) => b.share_percent_printed - a.share_percent_printed)
      .map((r) => {
        const [share, takings] = [w.f.percent(r.share_percent_printed, 2), w.f.hkdShort(r.box_office_hkd)];
        return {
          key: r.id,
          label: label(r.id, w),
          value: r.share_percent_printed,
          valueLabel: w.locale === "en" ? `${share} · ${takings}` : `${share}（${takings}）`,
          colour: placeColour(CATEGORY_PLACE[r.id]),
          dim: step !== undefined && step !== r.id,
        };
      });
    // Shares of one total: the axis runs to 100% so each bar reads as a part of the whole.
    return barChartOptions(barFrame(width, data, { xMax: 100 }), data, { locale: w.locale });
  },
};
