/**
 * Table 4: the box office in Hong Kong of the 18 Chinese-language films from the Mainland and
 * Taiwan released there in 2022, largest first, coloured by origin with a key above the bars.
 * The English edition labels them with their English titles, the Chinese one with their Hong
 * Kong titles (from the glossary; OpenCC's conversion of the printed title where none is known).
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import type { MainlandFilmsHk2022Row } from "../data/films.ts";
import type { Words } from "../data/words.ts";
import { PAPER } from "../site.ts";
import { formatCount, formatFilmCount } from "../lib/format-zh-hk.ts";
import { barChartOptions, barFrame, type Bar } from "./bar-marks.ts";
import { FONT_SIZE, textWidth } from "./layout.ts";
import { placeColour } from "./palette.ts";
import { placeName } from "./trade-rows.ts";
import type { ChartSpec } from "./types.ts";

export type MainlandFilmBoxOfficeRow = Pick<
  MainlandFilmsHk2022Row,
  "no" | "title_en" | "title_zh" | "start_date" | "end_date" | "days_in_theatres" | "box_office_hkd" | "admissions" | "origin" | "genre"
> & { origin_name: string };

const byBoxOffice = (rows: readonly MainlandFilmBoxOfficeRow[]) =>
  [...rows].sort((a, b) => b.box_office_hkd - a.box_office_hkd || a.no - b.no);

/** Origins with their film counts, most films first. */
function origins(rows: readonly MainlandFilmBoxOfficeRow[]): { origin: string; name: string; films: number; boxOffice: number }[] {
  const out = new Map<string, { origin: string; name: string; films: number; boxOffice: number }>();
  for (const r of rows) {
    const o = out.get(r.origin) ?? { origin: r.origin, name: r.origin_name, films: 0, boxOffice: 0 };
    o.films += 1;
    o.boxOffice += r.box_office_hkd;
    out.set(r.origin, o);
  }
  return [...out.values()].sort((a, b) => b.films - a.films || a.origin.localeCompare(b.origin));
}

/** A colour key as coloured text in the top margin, wrapping onto another line when the width runs out. */
function key(items: readonly { text: string; colour: string }[], width: number): { marks: Markish[]; height: number } {
  const line = FONT_SIZE * 1.3;
  const gap = 16;
  const placed: { x: number; row: number; text: string; colour: string }[] = [];
  let [x, row] = [0, 0];
  for (const item of items) {
    const w = textWidth(item.text);
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    placed.push({ x, row, ...item });
    x += w + gap;
  }
  const height = (row + 1) * line + 6;
  return {
    height,
    marks: placed.map((p) =>
      Plot.text([p.text], {
        frameAnchor: "top-left",
        dx: p.x,
        dy: p.row * line - height,
        lineAnchor: "top",
        textAnchor: "start",
        fill: p.colour,
        fontWeight: 700,
      }),
    ),
  };
}

/** A film's name in the edition: its English title, or its Hong Kong title in Chinese. */
function filmName(r: MainlandFilmBoxOfficeRow, w: Words): string {
  return w.locale === "en" ? r.title_en : w.title(r.title_zh).text;
}

/** In Chinese, the titles that are only OpenCC's conversion of the printed Simplified title, in table order. */
function convertedTitles(rows: readonly MainlandFilmBoxOfficeRow[], w: Words): string[] {
  return [...rows]
    .sort((a, b) => a.no - b.no)
    .map((r) => w.title(r.title_zh))
    .filter((t) => t.converted)
    .map((t) => t.text);
}

export const MAINLAND_FILMS_HK_2022_BOX_OFFICE: ChartSpec<MainlandFilmBoxOfficeRow> = {
  kind: "chart",
  id: "mainland-films-hk-2022-box-office",
  paperRef: { en: "Table 4", "zh-hk": "表4" },
  title: { en: "Distribution of Mainland Chinese films released in Hong Kong in 2022", "zh-hk": "2022年在香港上映的內地電影發行情況" },
  subtitle: {
    en:
      "Cumulative Hong Kong box office of each Chinese-language film from the Mainland or Taiwan first released in Hong Kong in 2022, " +
      "HK$",
    "zh-hk": "2022年在香港首輪上映的每部內地及台灣華語片的香港累計票房（港元）",
  },
  source: {
    en: `Source: Hong Kong Film Industry Compendium 2022, via Table 4 of the paper (${PAPER.citation})`,
    "zh-hk": `資料來源：《香港電影業資料彙編2022》，經論文表4（Table 4）；${PAPER.citation}`,
  },
  datasets: ["mainland-films-hk-2022", "places"],
  steps: [
    { id: "taiwan", caption: { en: "Four of the films came from Taiwan.", "zh-hk": "其中四部電影來自台灣。" } },
    { id: "top-film", caption: { en: "The biggest earner, well ahead of the rest.", "zh-hk": "票房最高的一部，遠遠拋離其餘各片。" } },
  ],
  rows: (data) =>
    data["mainland-films-hk-2022"].map(
      ({ no, title_en, title_zh, start_date, end_date, days_in_theatres, box_office_hkd, admissions, origin, genre }) => ({
        no,
        title_en,
        title_zh,
        start_date,
        end_date,
        days_in_theatres,
        box_office_hkd,
        admissions,
        origin,
        origin_name: placeName(data, origin),
        genre,
      }),
    ),
  notes(rows, w) {
    if (w.locale === "en")
      return [
        `The paper prints “China” as the origin of the Mainland films; ${origins(rows)
          .map((o) => `${w.f.integer(o.films)} are from ${o.name}`)
          .join(" and ")}.`,
        "Box office is cumulative to each film's last day in cinemas. No value is missing.",
      ];
    const notes = [
      `論文把內地電影的來源地印作「中國」（China）；${origins(rows)
        .map((o) => `${formatFilmCount(o.films)}來自${w.place(o.origin)}`)
        .join("，")}。`,
      "票房為每部電影直至落畫當日的累計數字。沒有缺漏數值。",
    ];
    const converted = convertedTitles(rows, w);
    if (converted.length)
      notes.push(
        `${w.f.list(converted.map((t) => `《${t}》`))}未找到在香港上映時所用的中文片名，圖中所示是論文所印簡體片名經OpenCC轉換的繁體寫法，` +
          "並非上映片名；論文所印的簡體片名見數據下載。",
      );
    return notes;
  },
  describe(rows, w) {
    const sum = rows.reduce((s, r) => s + r.box_office_hkd, 0);
    const sorted = byBoxOffice(rows);
    const [first] = sorted;
    const last = sorted.at(-1);
    if (w.locale === "en") {
      const parts = [
        `Bar chart of the Hong Kong box office of the ${w.f.integer(rows.length)} Mainland and Taiwan films released there in 2022, ` +
          `together ${w.f.hkdShort(sum)}.`,
      ];
      parts.push(
        origins(rows)
          .map((o) => `${o.name}: ${w.f.integer(o.films)} films, ${w.f.hkdShort(o.boxOffice)}`)
          .join("; ") + ".",
      );
      if (first)
        parts.push(
          `The largest, ${first.title_en} (${first.origin_name}), took ${w.f.hkdShort(first.box_office_hkd)}, ` +
            `${w.f.percent((first.box_office_hkd / sum) * 100, 0)} of the total.`,
        );
      if (last) parts.push(`The smallest, ${last.title_en}, took ${w.f.hkdShort(last.box_office_hkd)}.`);
      return parts.join(" ");
    }
    const year = Math.min(...rows.map((r) => Number(r.start_date.slice(0, 4))));
    const parts = [
      `棒形圖顯示${w.f.year(year)}在香港上映的${formatCount(rows.length, "部")}內地及台灣電影的香港票房，合共${w.f.hkdShort(sum)}。`,
    ];
    parts.push(
      origins(rows)
        .map((o) => `${w.place(o.origin)}${formatFilmCount(o.films)}，票房${w.f.hkdShort(o.boxOffice)}`)
        .join("；") + "。",
    );
    if (first)
      parts.push(
        `票房最高的《${filmName(first, w)}》（${w.place(first.origin)}）收${w.f.hkdShort(first.box_office_hkd)}，` +
          `佔總額${w.f.percent((first.box_office_hkd / sum) * 100, 0)}。`,
      );
    if (last) parts.push(`票房最低的《${filmName(last, w)}》收${w.f.hkdShort(last.box_office_hkd)}。`);
    return parts.join("");
  },
  plot(rows, { width, step, words: w }) {
    const sorted = byBoxOffice(rows);
    const top = sorted[0];
    const data: Bar[] = sorted.map((r) => ({
      key: String(r.no),
      label: filmName(r, w),
      value: r.box_office_hkd,
      valueLabel: w.f.hkdShort(r.box_office_hkd),
      colour: placeColour(r.origin),
      dim: step === "taiwan" ? r.origin !== "taiwan-china" : step === "top-film" ? r !== top : false,
    }));
    const items = origins(rows).map((o) => ({
      text: w.locale === "en" ? `■ ${o.name} (${w.f.integer(o.films)} films)` : `■ ${w.place(o.origin)}（${formatFilmCount(o.films)}）`,
      colour: placeColour(o.origin),
    }));
    const probe = barFrame(width, data);
    const legend = key(items, width - probe.marginLeft - probe.marginRight);
    const frame = barFrame(width, data, { top: legend.height });
    return barChartOptions(frame, data, { over: legend.marks, locale: w.locale });
  },
};
