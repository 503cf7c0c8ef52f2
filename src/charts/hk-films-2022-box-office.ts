/**
 * Table 7: the box office of each of the Hong Kong films released in Hong Kong in 2022,
 * largest first. The English edition labels them with their English titles (the printed Chinese
 * ones are in the table beside the chart), the Chinese one with their Hong Kong release titles.
 */
import { median } from "d3";
import type { HkFilms2022Row } from "../data/films.ts";
import type { Words } from "../data/words.ts";
import { PAPER } from "../site.ts";
import { formatAdmissions, formatCount, formatCountShort, formatFilmCount } from "../lib/format-zh-hk.ts";
import { barChartOptions, barFrame, type Bar } from "./bar-marks.ts";
import { placeColour } from "./palette.ts";
import type { ChartSpec } from "./types.ts";

export type HongKongFilmBoxOfficeRow = Pick<
  HkFilms2022Row,
  "no" | "title_en" | "title_zh" | "start_date" | "end_date" | "days_in_theatres" | "box_office_hkd" | "admissions"
>;

/** The paper: “Table for Six and Warriors of Future were among the films with more than one million spectators”. */
const MILLION_SPECTATORS = 1_000_000;

const byBoxOffice = (rows: readonly HongKongFilmBoxOfficeRow[]) =>
  [...rows].sort((a, b) => b.box_office_hkd - a.box_office_hkd || a.no - b.no);

/** A film's name in the edition: its English title, or its Hong Kong title in Chinese. */
function filmName(r: HongKongFilmBoxOfficeRow, w: Words): string {
  return w.locale === "en" ? r.title_en : w.title(r.title_zh).text;
}

const startYear = (r: HongKongFilmBoxOfficeRow) => Number(r.start_date.slice(0, 4));

export const HK_FILMS_2022_BOX_OFFICE: ChartSpec<HongKongFilmBoxOfficeRow> = {
  kind: "chart",
  id: "hk-films-2022-box-office",
  paperRef: { en: "Table 7", "zh-hk": "表7" },
  title: { en: "Hong Kong Local Films Released in Hong Kong in 2022", "zh-hk": "2022年在香港上映的本地電影" },
  subtitle: {
    en: "Cumulative box office of each Hong Kong film first released in Hong Kong in 2022, HK$",
    "zh-hk": "2022年在香港首輪上映的每部香港電影的累計票房（港元）",
  },
  source: {
    en: `Source: Hong Kong Film Industry Compendium 2022, via Table 7 of the paper (${PAPER.citation})`,
    "zh-hk": `資料來源：《香港電影業資料彙編2022》，經論文表7（Table 7）；${PAPER.citation}`,
  },
  datasets: ["hk-films-2022"],
  steps: [
    {
      id: "million-spectators",
      caption: { en: "Two films drew more than a million spectators each.", "zh-hk": "兩部電影的入場人次各自超過一百萬。" },
    },
  ],
  rows: (data) =>
    data["hk-films-2022"].map(({ no, title_en, title_zh, start_date, end_date, days_in_theatres, box_office_hkd, admissions }) => ({
      no,
      title_en,
      title_zh,
      start_date,
      end_date,
      days_in_theatres,
      box_office_hkd,
      admissions,
    })),
  notes(rows, w) {
    const stillShowing = rows.filter((r) => r.end_date.slice(0, 4) > r.start_date.slice(0, 4)).length;
    if (w.locale === "en")
      return [
        `Box office is cumulative to each film's last day in cinemas; ${w.f.integer(stillShowing)} of the ` +
          `${w.f.integer(rows.length)} films ran into the next year, so their totals include takings after 2022.`,
        "No value is missing.",
      ];
    const year = Math.min(...rows.map(startYear));
    const notes = [
      `票房為每部電影直至落畫當日的累計數字；${formatFilmCount(rows.length)}中有${formatCount(stillShowing, "部")}上映至翌年，` +
        `其票房包括${w.f.year(year)}以後的收入。`,
    ];
    const converted = [...rows]
      .sort((a, b) => a.no - b.no)
      .map((r) => w.title(r.title_zh))
      .filter((t) => t.converted)
      .map((t) => `《${t.text}》`);
    if (converted.length)
      notes.push(
        `${w.f.list(converted)}未找到在香港上映時所用的中文片名，圖中所示是論文所印簡體片名經OpenCC轉換的繁體寫法，並非上映片名；` +
          "論文所印的簡體片名見數據下載。",
      );
    notes.push("沒有缺漏數值。");
    return notes;
  },
  describe(rows, w) {
    const sorted = byBoxOffice(rows);
    const sum = rows.reduce((s, r) => s + r.box_office_hkd, 0);
    const [first, second] = sorted;
    const last = sorted.at(-1);
    const middle = median(rows, (r) => r.box_office_hkd);
    const crowd = rows.filter((r) => r.admissions > MILLION_SPECTATORS);
    const share = (r: HongKongFilmBoxOfficeRow) => w.f.percent((r.box_office_hkd / sum) * 100, 0);
    if (w.locale === "en") {
      const parts = [
        `Bar chart of the box office of the ${w.f.integer(rows.length)} Hong Kong films released in Hong Kong in 2022, together ` +
          `${w.f.hkdShort(sum)}.`,
      ];
      if (first && second)
        parts.push(
          `${first.title_en} took the most, ${w.f.hkdShort(first.box_office_hkd)} ` +
            `(${share(first)} of the total), then ${second.title_en} with ${w.f.hkdShort(second.box_office_hkd)}.`,
        );
      if (last)
        parts.push(
          `The smallest, ${last.title_en}, took ${w.f.hkdShort(last.box_office_hkd)}; the median film took ` +
            `${w.f.hkdShort(middle ?? null)}.`,
        );
      if (crowd.length)
        parts.push(
          `${crowd.map((r) => `${r.title_en} (${w.f.integer(r.admissions)} admissions)`).join(" and ")} drew more than ` +
            `${w.f.integer(MILLION_SPECTATORS)} spectators.`,
        );
      return parts.join(" ");
    }
    const year = Math.min(...rows.map(startYear));
    const parts = [`棒形圖顯示${w.f.year(year)}在香港上映的${formatCount(rows.length, "部")}香港電影的票房，合共${w.f.hkdShort(sum)}。`];
    if (first && second)
      parts.push(
        `《${filmName(first, w)}》票房最高，收${w.f.hkdShort(first.box_office_hkd)}（佔總額${share(first)}），` +
          `其次是《${filmName(second, w)}》，收${w.f.hkdShort(second.box_office_hkd)}。`,
      );
    if (last)
      parts.push(`票房最低的《${filmName(last, w)}》收${w.f.hkdShort(last.box_office_hkd)}；票房中位數為${w.f.hkdShort(middle ?? null)}。`);
    if (crowd.length)
      parts.push(
        `${w.f.list(crowd.map((r) => `《${filmName(r, w)}》（${formatAdmissions(r.admissions)}）`))}的入場人次超過` +
          `${formatCountShort(MILLION_SPECTATORS)}。`,
      );
    return parts.join("");
  },
  plot(rows, { width, step, words: w }) {
    const data: Bar[] = byBoxOffice(rows).map((r) => ({
      key: String(r.no),
      label: filmName(r, w),
      value: r.box_office_hkd,
      valueLabel: w.f.hkdShort(r.box_office_hkd),
      colour: placeColour("hong-kong-china"),
      dim: step === "million-spectators" ? r.admissions <= MILLION_SPECTATORS : false,
    }));
    return barChartOptions(barFrame(width, data), data, { locale: w.locale });
  },
};
