/**
 * Figure 1: Hong Kong's imports of film- and TV-related goods from Mainland China and Japan,
 * value and share of the year's total, from Table 1 (the yearly top five).
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import { PAPER } from "../site.ts";
import { formatYear } from "../lib/format-zh-hk.ts";
import type { Localized } from "../lib/i18n.ts";
import type { ChartSpec } from "./types.ts";
import { fitText, lineChartOptions, seriesMarks, yearsInEms } from "./line-marks.ts";
import { placeColour } from "./palette.ts";
import {
  changeSentence,
  extremeSentence,
  knownPoints,
  missingNotes,
  tradeLines,
  tradePeriod,
  tradePlaceRows,
  type TradePlaceRow,
} from "./trade-rows.ts";

const PLACES = ["mainland-china", "japan"] as const;
const TABLE: Localized = { en: "Table 1", "zh-hk": "表1" };
/** The paper: “Notably, 2016 marked a turning point, where mainland China's goods value and share over Japan showed only a slight edge”. */
const TURNING_POINT_YEAR = 2016;
const TURN_STEP = `turn-${TURNING_POINT_YEAR}`;

/** The years at the end of the series in which Japan's share is above Mainland China's (the story's lead marks the first). */
export function japanLeadYears(rows: readonly TradePlaceRow[]): number[] {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const byKey = new Map(rows.toReversed().map((r) => [`${r.year} ${r.place}`, r]));
  const lead: number[] = [];
  for (const year of years.toReversed()) {
    const share = (p: string) => byKey.get(`${year} ${p}`)?.share_percent ?? null;
    const [m, j] = [share("mainland-china"), share("japan")];
    if (m === null || j === null || j <= m) break;
    lead.unshift(year);
  }
  return lead;
}

export const IMPORTS_MAINLAND_VS_JAPAN: ChartSpec<TradePlaceRow> = {
  kind: "chart",
  id: "imports-mainland-vs-japan",
  paperRef: { en: "Figure 1", "zh-hk": "圖1" },
  title: {
    en: "Export Value & Proportion of Film and TV-related Creative Products from Mainland China and Japan to Hong Kong",
    "zh-hk": "內地及日本輸往香港的電影及電視相關創意產品貨值及佔比",
  },
  subtitle: {
    en: "Hong Kong's imports of film- and TV-related goods from each place: value in HK$ and share of the year's total imports (%)",
    "zh-hk": "香港從兩地進口的電影及電視相關產品：貨值（港元）及佔全年進口總值的百分比（%）",
  },
  period: (rows, w) => tradePeriod(rows, w),
  source: {
    en: `Source: Create Hong Kong, via Table 1 and Figure 1 of the paper (${PAPER.citation})`,
    "zh-hk": `資料來源：創意香港，經論文表1（Table 1）及圖1（Figure 1）；${PAPER.citation}`,
  },
  datasets: ["trade-imports", "places"],
  steps: [
    {
      id: "value",
      caption: { en: "The value of imports from each place, in Hong Kong dollars.", "zh-hk": "香港從兩地進口的貨值，以港元計。" },
    },
    {
      id: "share",
      caption: {
        en: "Each place's share of all Hong Kong's film and TV imports.",
        "zh-hk": "兩地各佔香港電影及電視相關產品進口總值的比例。",
      },
    },
    {
      id: TURN_STEP,
      caption: {
        en: `${TURNING_POINT_YEAR}: the paper's turning point, when the two shares were almost level.`,
        "zh-hk": `${formatYear(TURNING_POINT_YEAR)}：論文所指的轉捩點，兩地佔比幾乎看齊。`,
      },
    },
    { id: "japan-lead", caption: { en: "Since then Japan has had the larger share every year.", "zh-hk": "此後日本的佔比年年較大。" } },
  ],
  rows: (data) => tradePlaceRows(data, "imports", PLACES, TABLE.en),
  notes(rows, w) {
    const en = w.locale === "en";
    const table = w.pick(TABLE);
    const notes = missingNotes(rows, PLACES, table, w);
    const years = [...new Set(rows.map((r) => r.year))];
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const names = w.f.list(PLACES.map((p) => w.place(p)));
    if (notes.length === 0)
      notes.push(
        en
          ? `${table} lists only each year's top five sources; ${names} are in it every year from ${first} to ${last}, so no value is ` +
              `missing.`
          : `${table}只列出每年五大來源地；${names}在${w.f.yearSpan(first, last)}每年都在其中，因此沒有缺漏的數字。`,
      );
    notes.push(
      en
        ? "Shares are of the year's total imports of film- and TV-related goods, as printed (one decimal)."
        : "佔比是佔全年電影及電視相關產品進口總值的百分比，按論文所印（一位小數）。",
    );
    return notes;
  },
  describe(rows, w) {
    const en = w.locale === "en";
    const percent = (n: number) => w.f.percent(n);
    const money = (n: number) => w.f.hkdThousandShort(n);
    const years = [...new Set(rows.map((r) => r.year))];
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const names = w.f.list(PLACES.map((p) => w.place(p)));
    const parts = [
      en
        ? `Line chart of Hong Kong's imports of film- and TV-related goods from ${names}, ${first} to ${last}.`
        : `折線圖：${w.f.yearSpan(first, last)}香港從${names}進口的電影及電視相關產品。`,
    ];
    for (const place of PLACES) {
      const name = w.place(place);
      const share = knownPoints(rows, place, "share_percent");
      const value = knownPoints(rows, place, "value_hkd_thousand");
      const change = changeSentence(share, percent, w);
      const high = extremeSentence(share, percent, "max", w);
      const low = extremeSentence(share, percent, "min", w);
      const valueChange = changeSentence(value, money, w);
      if (change)
        parts.push(
          en
            ? `${name}'s share ${change} (highest ${high}, lowest ${low})${valueChange ? `; its value ${valueChange}` : ""}.`
            : `${name}的佔比${change}（最高為${high}，最低為${low}）${valueChange ? `；貨值${valueChange}` : ""}。`,
        );
    }
    const lead = japanLeadYears(rows);
    const japan = w.place("japan");
    if (lead.length) parts.push(en ? `${japan}'s share is the larger in ${w.f.years(lead)}.` : `${w.f.years(lead)}${japan}的佔比較大。`);
    const turn = rows.filter((r) => r.year === TURNING_POINT_YEAR && r.share_percent !== null);
    const level = turn.map((r) => `${w.place(r.place)}${en ? " " : ""}${percent(r.share_percent as number)}`).join(en ? ", " : "，");
    if (turn.length === PLACES.length)
      parts.push(
        en ? `In ${TURNING_POINT_YEAR} the two were almost level: ${level}.` : `${w.f.year(TURNING_POINT_YEAR)}兩地幾乎看齊：${level}。`,
      );
    return parts.join(en ? " " : "");
  },
  plot(rows, { width, step, words: w }) {
    const en = w.locale === "en";
    const { years, measure, lines, frame } = tradeLines(rows, PLACES, width, step, w);
    const under: Markish[] = [];
    const over: Markish[] = [];

    if (step === TURN_STEP) {
      const turn = rows.filter((r) => r.year === TURNING_POINT_YEAR && r.share_percent !== null);
      const high = Math.max(...turn.map((r) => r.share_percent as number));
      under.push(Plot.ruleX([TURNING_POINT_YEAR], { y1: 0, y2: high, stroke: "currentColor", strokeOpacity: 0.5, strokeDasharray: "3,3" }));
      const level = turn.map((r) => `${w.place(r.place)}${en ? " " : ""}${w.f.percent(r.share_percent as number)}`);
      const label = fitText(
        en
          ? `${TURNING_POINT_YEAR}: almost level, ${level.join(", ")}`
          : [`${w.f.year(TURNING_POINT_YEAR)}：幾乎看齊`, "\n", ...level.map((l, i) => (i < level.length - 1 ? `${l}，` : l))],
        frame.narrow ? 11 : 16,
        w,
      );
      over.push(
        Plot.text([label.text], {
          x: TURNING_POINT_YEAR,
          y: frame.top * 0.05,
          dx: -6,
          textAnchor: "end",
          lineAnchor: "bottom",
          lineWidth: label.lineWidth,
          fill: "currentColor",
        }),
      );
    }
    if (step === "japan-lead") {
      const lead = japanLeadYears(rows);
      const first = lead[0];
      const last = lead.at(-1);
      if (first !== undefined && last !== undefined) {
        under.push(
          Plot.rect([{ x1: first - 0.5, x2: last + 0.5 }], {
            x1: "x1",
            x2: "x2",
            y1: 0,
            y2: frame.top,
            fill: placeColour("japan"),
            fillOpacity: 0.1,
          }),
        );
        const japan = w.place("japan");
        const since = last === frame.lastYear;
        const text = en
          ? since
            ? `${japan} ahead every year since ${first}`
            : `${japan} ahead, ${w.f.years(lead)}`
          : since
            ? [`${w.f.year(first)}起`, `${japan}年年領先`]
            : [`${japan}領先：`, w.f.years(lead)];
        const label = fitText(text, Math.max(4, yearsInEms(frame, lead.length) - 1), w);
        // At the foot of the band: Japan's line runs along the top of it.
        over.push(
          Plot.text([label.text], {
            x: (first + last) / 2,
            y: 0,
            dy: -6,
            lineAnchor: "bottom",
            lineWidth: label.lineWidth,
            fill: "currentColor",
          }),
        );
      }
    }
    const share = measure === "share_percent";
    const yLabel = en ? (share ? "Share of Hong Kong's imports" : "Value of imports") : share ? "佔香港進口的比例" : "進口貨值";
    return lineChartOptions(frame, years, yLabel, [...under, ...seriesMarks(frame, lines), ...over]);
  },
};
