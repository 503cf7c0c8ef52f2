/**
 * Figure 4: Hong Kong's exports of film- and TV-related goods to Mainland China and Taiwan,
 * from Table 8. Much of Table 8 is garbled or missing in the text extracted from the paper's PDF,
 * so the lines have gaps, and the years with a number that cannot be read are shaded.
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import { PAPER } from "../site.ts";
import { formatDate } from "../lib/format-zh-hk.ts";
import type { Localized } from "../lib/i18n.ts";
import type { ChartSpec } from "./types.ts";
import { runs } from "../lib/formatters.ts";
import { FONT_SIZE, lineCount, textWidth } from "./layout.ts";
import { fitText, lineChartOptions, seriesMarks, yearBands, yearsInEms } from "./line-marks.ts";
import { placeColour } from "./palette.ts";
import {
  changeSentence,
  extremeSentence,
  knownPoints,
  missingNotes,
  tradeLines,
  tradePeriod,
  tradePlaceRows,
  type Measure,
  type TradePlaceRow,
} from "./trade-rows.ts";

const PLACES = ["mainland-china", "taiwan-china"] as const;
const TABLE: Localized = { en: "Table 8", "zh-hk": "表8" };
/**
 * The paper: “a revised agreement, effective June 1, 2020, that includes new liberalization
 * measures for … the film and television industries … 2020 is precisely the peak”.
 */
const CEPA_REVISED_YEAR = 2020;
const CEPA_REVISED_DATE = "2020-06-01";
const CEPA_STEP = `cepa-${CEPA_REVISED_YEAR}`;

/** The date as the English captions write it, month in full: "1 June 2020". */
const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const CEPA_DATE: Localized = { en: LONG_DATE.format(new Date(`${CEPA_REVISED_DATE}T00:00:00Z`)), "zh-hk": formatDate(CEPA_REVISED_DATE) };

/** A number is missing because the extracted text does not show it (not because the place was outside the top five). */
function illegible(r: TradePlaceRow, measure: Measure): boolean {
  return r[measure] === null && r.status !== "not-in-top-five";
}

export const EXPORTS_MAINLAND_VS_TAIWAN: ChartSpec<TradePlaceRow> = {
  kind: "chart",
  id: "exports-mainland-vs-taiwan",
  paperRef: { en: "Figure 4", "zh-hk": "圖4" },
  title: {
    en: "Value & Proportion of Hong Kong's Exports of Film and TV-related Creative Products to Mainland China and Taiwan",
    "zh-hk": "香港輸往內地及台灣的電影及電視相關創意產品貨值及佔比",
  },
  subtitle: {
    en:
      "Hong Kong's exports of film- and TV-related goods to each place: value in HK$ and share of the year's total exports (%); shaded " +
      "years have a number missing from the text extracted from the paper's PDF",
    "zh-hk": "香港輸往兩地的電影及電視相關產品：貨值（港元）及佔全年出口總值的百分比（%）；陰影標示的年份，有數字不見於從論文PDF抽取的文字",
  },
  period: (rows, w) => tradePeriod(rows, w),
  source: {
    en:
      `Source: Create Hong Kong, via Table 8 and Figure 4 of the paper (${PAPER.citation}); parts of Table 8 are garbled or missing in ` +
      `the text extracted from the paper's PDF (the notes say which)`,
    "zh-hk":
      `資料來源：創意香港，經論文表8（Table 8）及圖4（Figure 4）；${PAPER.citation}。` +
      "從論文PDF抽取的文字中，表8有部分錯亂或缺失（詳見附註）",
  },
  datasets: ["trade-exports", "places"],
  steps: [
    {
      id: "value",
      caption: {
        en: "The value of exports to each place, where the extracted text of Table 8 shows it.",
        "zh-hk": "香港輸往兩地的貨值，只畫出表8抽取文字中可見的數字。",
      },
    },
    {
      id: "share",
      caption: {
        en: "Each place's share of Hong Kong's film and TV exports; the gaps are years the source does not let us read.",
        "zh-hk": "兩地各佔香港電影及電視相關產品出口總值的比例；缺口是資料來源中無法辨認的年份。",
      },
    },
    {
      id: CEPA_STEP,
      caption: {
        en:
          `The revised CEPA took effect on ${CEPA_DATE.en}. That year the Mainland's share was the highest of the years ` +
          "legible in the extracted text, which lacks the years just before it.",
        "zh-hk": `經修訂的CEPA於${CEPA_DATE["zh-hk"]}生效。同年內地的佔比為抽取文字中可辨認各年的最高值，但抽取文字缺了緊接之前的幾年。`,
      },
    },
  ],
  rows: (data) => tradePlaceRows(data, "exports", PLACES, TABLE.en),
  notes(rows, w) {
    const en = w.locale === "en";
    const table = w.pick(TABLE);
    const percent = (n: number) => w.f.percent(n);
    const cells = rows.flatMap((r) => [r.value_hkd_thousand, r.share_percent]);
    const missing = cells.filter((c) => c === null).length;
    const notes = [
      en
        ? `${w.f.integer(missing)} of the ${w.f.integer(cells.length)} values and shares for these two places are missing: ${table} is ` +
          `garbled or missing in the text extracted from the paper's PDF, and lists only each year's top five.`
        : `兩地共${w.f.integer(cells.length)}個貨值及佔比數字中，有${w.f.integer(missing)}個從缺：從論文PDF抽取的文字中，` +
          `${table}有部分錯亂或缺失，而且該表只列出每年五大。`,
    ];
    notes.push(...missingNotes(rows, PLACES, table, w));
    const shareOnly = rows.filter((r) => r.value_hkd_thousand === null && r.share_percent !== null);
    if (shareOnly.length) {
      notes.push(
        en
          ? `Where only the share is legible (${shareOnly.map((r) => `${w.place(r.place)} ${r.year}`).join(", ")}), the share is drawn ` +
              `and the value left out.`
          : `只有佔比可以辨認之處（${shareOnly.map((r) => `${w.place(r.place)}${w.f.year(r.year)}`).join("、")}），圖中只畫佔比，不畫貨值。`,
      );
    }
    const fromProse = rows.filter((r) => r.note !== null && /prose/i.test(r.note) && r.share_percent !== null);
    for (const r of fromProse) {
      const share = percent(r.share_percent as number);
      notes.push(
        en
          ? `${w.place(r.place)}'s ${r.year} share (${share}) comes from the paper's prose, not from ${table}.`
          : `${w.place(r.place)}${w.f.year(r.year)}的佔比（${share}）取自論文正文，並非${table}。`,
      );
    }
    notes.push(
      en
        ? "Lines are never drawn across a missing year; a lone dot is a year with no legible neighbour."
        : "線條從不跨越缺漏的年份；孤立的圓點，表示該年前後兩年都沒有可辨認的數字。",
    );
    return notes;
  },
  describe(rows, w) {
    const en = w.locale === "en";
    const table = w.pick(TABLE);
    const percent = (n: number) => w.f.percent(n);
    const years = [...new Set(rows.map((r) => r.year))];
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const names = w.f.list(PLACES.map((p) => w.place(p)));
    const parts = [
      en
        ? `Line chart of Hong Kong's exports of film- and TV-related goods to ${names}, ${first} to ${last}, with gaps where ${table} ` +
          `gives no legible figure.`
        : `折線圖：${w.f.yearSpan(first, last)}香港輸往${names}的電影及電視相關產品；${table}沒有可辨認數字之處，線條留有缺口。`,
    ];
    for (const place of PLACES) {
      const name = w.place(place);
      const share = knownPoints(rows, place, "share_percent");
      const value = knownPoints(rows, place, "value_hkd_thousand");
      const change = changeSentence(share, percent, w);
      const high = extremeSentence(share, percent, "max", w);
      const missing = rows.filter((r) => r.place === place && r.share_percent === null).map((r) => r.year);
      if (change)
        parts.push(
          en
            ? `${name}'s share ${change}, highest ${high}${missing.length ? `; no share for ${w.f.years(missing)}` : ""}.`
            : `${name}的佔比${change}，最高為${high}${missing.length ? `；${w.f.years(missing)}沒有佔比數字` : ""}。`,
        );
      const valueChange = changeSentence(value, (n) => w.f.hkdThousandShort(n), w);
      if (valueChange) parts.push(en ? `Where legible, its value ${valueChange}.` : `在可辨認的年份中，${name}的貨值${valueChange}。`);
    }
    const cepa = rows.find((r) => r.year === CEPA_REVISED_YEAR && r.place === "mainland-china" && r.share_percent !== null);
    if (cepa) {
      const share = percent(cepa.share_percent as number);
      const mainland = w.place("mainland-china");
      parts.push(
        en
          ? `In ${CEPA_REVISED_YEAR}, the year the revised CEPA took effect, ${mainland} took ${share} of exports.`
          : `${w.f.year(CEPA_REVISED_YEAR)}，即經修訂的《${w.term("cepa")}》（CEPA）生效當年，${mainland}佔香港這類出口的${share}。`,
      );
    }
    return parts.join(en ? " " : "");
  },
  plot(rows, { width, step, words: w }) {
    const en = w.locale === "en";
    const { years, measure, lines, frame } = tradeLines(rows, PLACES, width, step, w);

    // Shade every year where a drawn series has an illegible number; the gap in the line says whose.
    const bandRuns = runs(rows.filter((r) => illegible(r, measure)).map((r) => r.year)).map(([from, to]) => ({ from, to }));
    const under: Markish[] = [yearBands(frame, bandRuns, "currentColor", 0.07)];
    const widest = bandRuns.reduce<{ from: number; to: number } | undefined>(
      (a, b) => (a === undefined || b.to - b.from > a.to - a.from ? b : a),
      undefined,
    );
    if (widest) {
      // Wrapped to the band's own width (Plot's lineWidth is in ems), so the label never spills onto a line.
      const bandEms = Math.max(4, yearsInEms(frame, widest.to - widest.from + 1) - 1);
      const label = fitText(en ? "Not in the extracted text" : ["不見於", "抽取的文字"], bandEms, w);
      const lines = en ? Math.ceil(textWidth(label.text) / (bandEms * FONT_SIZE)) : lineCount(label.text);
      const plotHeight = frame.height - frame.marginTop - frame.marginBottom;
      const labelUnits = ((lines * FONT_SIZE * 1.2 + 8) / plotHeight) * frame.top;
      // At the foot of the band unless a drawn point sits there; then at its head.
      const inBand = rows
        .filter((r) => r[measure] !== null && r.year >= widest.from && r.year <= widest.to)
        .map((r) => r[measure] as number);
      const atFoot = !inBand.some((v) => v <= labelUnits);
      under.push(
        Plot.text([label.text], {
          x: (widest.from + widest.to) / 2,
          y: atFoot ? 0 : frame.top,
          dy: atFoot ? -6 : 6,
          lineAnchor: atFoot ? "bottom" : "top",
          lineWidth: label.lineWidth,
          fill: "currentColor",
          fillOpacity: 0.8,
          fontStyle: en ? "italic" : undefined,
        }),
      );
    }

    const over: Markish[] = [];
    if (step === CEPA_STEP) {
      const peak = rows.find((r) => r.year === CEPA_REVISED_YEAR && r.place === "mainland-china" && r.share_percent !== null);
      over.push(
        Plot.ruleX([CEPA_REVISED_YEAR], {
          y1: 0,
          y2: frame.top,
          stroke: placeColour("mainland-china"),
          strokeOpacity: 0.6,
          strokeDasharray: "3,3",
        }),
      );
      if (peak) {
        const share = w.f.percent(peak.share_percent as number);
        const name = w.place(peak.place);
        const label = fitText(
          en
            ? `Revised CEPA in force from ${CEPA_DATE.en}: ${name}'s share reaches ${share}`
            : ["經修訂的CEPA", `自${w.pick(CEPA_DATE)}起生效：`, `${name}的佔比達${share}`],
          // A Chinese phrase such as the date is not broken, so its lines are a little wider on a phone.
          frame.narrow ? (en ? 10 : 12) : 18,
          w,
        );
        // From the top of the frame leftwards, over the illegible years, where no line runs.
        over.push(
          Plot.text([label.text], {
            x: CEPA_REVISED_YEAR,
            y: frame.top,
            dx: -8,
            textAnchor: "end",
            lineAnchor: "top",
            lineWidth: label.lineWidth,
            fill: "currentColor",
          }),
        );
      }
    }
    const share = measure === "share_percent";
    const yLabel = en ? (share ? "Share of Hong Kong's exports" : "Value of exports") : share ? "佔香港出口的比例" : "出口貨值";
    return lineChartOptions(frame, years, yLabel, [...under, ...seriesMarks(frame, lines), ...over]);
  },
};
