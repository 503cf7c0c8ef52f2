/**
 * Figure 3: where the first-run films released in Hong Kong in 2022 came from. The figure's
 * data are not printed; the counts come from Table 2, Table 4 and the prose, and the ones
 * computed rather than printed are hatched and labelled “derived”.
 */
import type { OriginOfReleases2022Row } from "../data/films.ts";
import type { Words } from "../data/words.ts";
import { PAPER } from "../site.ts";
import { formatCount, formatFilmCount } from "../lib/format-zh-hk.ts";
import { barChartOptions, barFrame, type Bar } from "./bar-marks.ts";
import { placeColour } from "./palette.ts";
import type { ChartSpec } from "./types.ts";

export type OriginRow = Pick<OriginOfReleases2022Row, "place" | "label" | "films" | "derived" | "formula" | "source">;

/** Places each step brings forward. */
const STEP_PLACES: Record<string, readonly (string | null)[]> = {
  "us-japan": ["usa", "japan"],
  "greater-china": ["hong-kong-china", "mainland-china", "taiwan-china"],
};

/** The year of the releases, which the title names. */
const YEAR = 2022;

const total = (rows: readonly OriginRow[]) => rows.reduce((s, r) => s + r.films, 0);

/** Largest first, with the grouped “other” row last whatever its size. */
function ordered(rows: readonly OriginRow[]): OriginRow[] {
  return [...rows].sort((a, b) => Number(a.place === null) - Number(b.place === null) || b.films - a.films);
}

/** A row's name in the edition: the data's label in English; in Chinese the glossary's place, or the grouped rest. */
function name(r: OriginRow, w: Words): string {
  if (w.locale === "en") return r.label;
  return r.place === null ? `其他${w.term("foreign-language-film")}` : w.place(r.place);
}

/**
 * The data's sources and formulas in Chinese, keyed by the English text; one without a
 * translation stops the build. The paper's words are quoted in translation, with the English
 * original after them.
 */
const TEXT_ZH: Record<string, (w: Words, quote: string) => string> = {
  "Table 2: first-run Hong Kong movies released in Hong Kong, 2022": () => "表2（2022年在香港首輪上映的香港電影）",
  "Table 4, which lists the 18 Chinese-language non-Hong Kong films of Table 2": () => "表4，列出表2中18部非香港製作的華語片",
  "count of Table 4 rows with origin mainland-china": (w) => `表4中來源地為${w.place("mainland-china")}的電影數目`,
  "count of Table 4 rows with origin taiwan-china": (w) => `表4中來源地為${w.place("taiwan-china")}的電影數目`,
  "Prose: '60 of the foreign films imported that year were from the United States'": (_w, quote) =>
    `正文「當年進口的外國電影中有60部來自美國」（原文：${quote}）`,
  "Prose: '56 Japanese films were imported into Hong Kong in 2022, trailing just 60 films from the United States'": (_w, quote) =>
    `正文「2022年共有56部日本電影進口香港，僅次於來自美國的60部」（原文：${quote}）`,
  "Prose: '171 foreign-language films will be released in Hong Kong, or 79.2% of the total', less the United States and Japan": (
    w,
    quote,
  ) => `正文「將有171部外語片在香港上映，佔總數79.2%」（原文：${quote}），減去${w.place("usa")}和${w.place("japan")}`,
};

function inChinese(text: string, w: Words): string {
  // A formula of numbers alone (171 - 60 - 56) reads the same in both editions.
  if (/^[\d\s+\-*/().]+$/.test(text)) return text.replace(/-/g, "−");
  const zh = TEXT_ZH[text];
  if (!zh) throw new Error(`origin-of-releases-2022: no Chinese translation of “${text}” (add it to TEXT_ZH)`);
  // The English original of a quotation of the paper, kept beside its translation.
  const quote = /'(.+)'/.exec(text)?.[1] ?? "";
  return zh(w, quote);
}

export const ORIGIN_OF_RELEASES_2022: ChartSpec<OriginRow> = {
  kind: "chart",
  id: "origin-of-releases-2022",
  paperRef: { en: "Figure 3", "zh-hk": "圖3" },
  title: { en: "Origin distribution of films released in Hong Kong in 2022", "zh-hk": "2022年香港上映電影的來源地分佈" },
  subtitle: {
    en:
      "First-run films released in Hong Kong in 2022, by place of origin: number of films and share of all first-run releases; hatched " +
      "bars are derived",
    "zh-hk": "2022年在香港首輪上映的電影，按來源地劃分：電影數目及佔全部首輪上映電影的百分比；斜紋棒為推算數字",
  },
  source: {
    en: `Source: Hong Kong Film Industry Compendium 2022, via Tables 2 and 4 and the text on Figure 3 of the paper (${PAPER.citation})`,
    "zh-hk": `資料來源：《香港電影業資料彙編2022》，經論文表2、表4（Tables 2 and 4）及論述圖3（Figure 3）的正文；${PAPER.citation}`,
  },
  datasets: ["origin-of-releases-2022", "places"],
  steps: [
    { id: "us-japan", caption: { en: "The United States and Japan supplied the most films.", "zh-hk": "美國和日本的電影最多。" } },
    {
      id: "greater-china",
      caption: {
        en: "Hong Kong's own films, and the few from the Mainland and Taiwan.",
        "zh-hk": "香港本地電影，以及寥寥可數的內地和台灣電影。",
      },
    },
  ],
  rows: (data) =>
    data["origin-of-releases-2022"].map(({ place, label, films, derived, formula, source }) => ({
      place,
      label,
      films,
      derived,
      formula,
      source,
    })),
  notes(rows, w) {
    if (w.locale === "en") {
      const notes = [
        `Figure 3's own data are not printed in the paper; the ${w.f.integer(total(rows))} films are split using the sources below.`,
      ];
      for (const r of rows) notes.push(`${r.label}: ${r.derived ? `derived, ${r.formula}` : "printed"} (${r.source}).`);
      notes.push("No count is missing.");
      return notes;
    }
    const notes = [`論文沒有印出圖3本身的數據；這${formatFilmCount(total(rows))}按以下來源劃分。`];
    for (const r of rows)
      notes.push(
        `${name(r, w)}：${r.derived ? `推算（${inChinese(r.formula ?? "", w)}）` : "原載數字"}；出處：${inChinese(r.source, w)}。`,
      );
    notes.push("沒有缺漏的電影數目。");
    return notes;
  },
  describe(rows, w) {
    const sum = total(rows);
    const share = (r: OriginRow) => w.f.percent((r.films / sum) * 100);
    if (w.locale === "en") {
      const parts = [`Bar chart of the ${w.f.integer(sum)} first-run films released in Hong Kong in ${YEAR}, by origin.`];
      parts.push(
        ordered(rows)
          .map((r) => `${r.label} ${w.f.integer(r.films)} (${share(r)}${r.derived ? ", derived" : ""})`)
          .join("; ") + ".",
      );
      return parts.join(" ");
    }
    return (
      `棒形圖按來源地顯示${w.f.year(YEAR)}在香港首輪上映的${formatFilmCount(sum)}。` +
      ordered(rows)
        .map((r) => `${name(r, w)}${formatCount(r.films, "部")}（${share(r)}${r.derived ? "，推算" : ""}）`)
        .join("；") +
      "。"
    );
  },
  plot(rows, { width, step, words: w }) {
    const sum = total(rows);
    const focus = step ? STEP_PLACES[step] : undefined;
    const data: Bar[] = ordered(rows).map((r) => {
      const share = w.f.percent((r.films / sum) * 100, 0);
      return {
        key: r.label,
        label: w.locale === "en" ? (r.derived ? `${r.label} (derived)` : r.label) : r.derived ? `${name(r, w)}（推算）` : name(r, w),
        value: r.films,
        valueLabel: w.locale === "en" ? `${w.f.integer(r.films)} · ${share}` : `${formatCount(r.films, "部")}（${share}）`,
        colour: placeColour(r.place),
        derived: r.derived,
        dim: focus ? !focus.includes(r.place) : false,
      };
    });
    return barChartOptions(barFrame(width, data), data, { locale: w.locale });
  },
};
