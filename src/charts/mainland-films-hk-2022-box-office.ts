/**
 * Table 4: the box office in Hong Kong of the 18 Chinese-language films from the Mainland and
 * Taiwan released there in 2022, largest first, coloured by origin with a key above the bars.
 */
import * as Plot from "@observablehq/plot";
import type { Markish } from "@observablehq/plot";
import type { MainlandFilmsHk2022Row } from "../data/films.ts";
import { PAPER } from "../site.ts";
import { formatHKDShort, formatInteger, formatPercent } from "../lib/format.ts";
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
        fontWeight: 600,
      }),
    ),
  };
}

export const MAINLAND_FILMS_HK_2022_BOX_OFFICE: ChartSpec<MainlandFilmBoxOfficeRow> = {
  kind: "chart",
  id: "mainland-films-hk-2022-box-office",
  paperRef: { en: "Table 4", "zh-hk": "" },
  title: { en: "Distribution of Mainland Chinese films released in Hong Kong in 2022", "zh-hk": "" },
  subtitle:
    { en: "Cumulative Hong Kong box office of each Chinese-language film from the Mainland or Taiwan first released in Hong Kong in 2022, HK$", "zh-hk": "" },
  source: { en: `Source: Hong Kong Film Industry Compendium 2022, via Table 4 of the paper (${PAPER.citation})`, "zh-hk": "" },
  datasets: ["mainland-films-hk-2022", "places"],
  steps: [
    { id: "taiwan", caption: { en: "Four of the films came from Taiwan.", "zh-hk": "" } },
    { id: "top-film", caption: { en: "The biggest earner, well ahead of the rest.", "zh-hk": "" } },
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
  notes(rows) {
    return [
      `The paper prints “China” as the origin of the Mainland films; ${origins(rows)
        .map((o) => `${formatInteger(o.films)} are from ${o.name}`)
        .join(" and ")}.`,
      "Box office is cumulative to each film's last day in cinemas. No value is missing.",
    ];
  },
  describe(rows) {
    const sum = rows.reduce((s, r) => s + r.box_office_hkd, 0);
    const sorted = byBoxOffice(rows);
    const [first] = sorted;
    const last = sorted.at(-1);
    const parts = [
      `Bar chart of the Hong Kong box office of the ${formatInteger(rows.length)} Mainland and Taiwan films released there in 2022, ` +
        `together ${formatHKDShort(sum)}.`,
    ];
    parts.push(
      origins(rows)
        .map((o) => `${o.name}: ${formatInteger(o.films)} films, ${formatHKDShort(o.boxOffice)}`)
        .join("; ") + ".",
    );
    if (first)
      parts.push(
        `The largest, ${first.title_en} (${first.origin_name}), took ${formatHKDShort(first.box_office_hkd)}, ` +
          `${formatPercent((first.box_office_hkd / sum) * 100, 0)} of the total.`,
      );
    if (last) parts.push(`The smallest, ${last.title_en}, took ${formatHKDShort(last.box_office_hkd)}.`);
    return parts.join(" ");
  },
  plot(rows, { width, step }) {
    const sorted = byBoxOffice(rows);
    const top = sorted[0];
    const data: Bar[] = sorted.map((r) => ({
      key: String(r.no),
      label: r.title_en,
      value: r.box_office_hkd,
      valueLabel: formatHKDShort(r.box_office_hkd),
      colour: placeColour(r.origin),
      dim: step === "taiwan" ? r.origin !== "taiwan-china" : step === "top-film" ? r !== top : false,
    }));
    const items = origins(rows).map((o) => ({ text: `■ ${o.name} (${formatInteger(o.films)} films)`, colour: placeColour(o.origin) }));
    const probe = barFrame(width, data);
    const legend = key(items, width - probe.marginLeft - probe.marginRight);
    const frame = barFrame(width, data, { top: legend.height });
    return barChartOptions(frame, data, { over: legend.marks });
  },
};
