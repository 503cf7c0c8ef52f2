/**
 * Table 7: the box office of each of the Hong Kong films released in Hong Kong in 2022,
 * largest first. English titles only; the Chinese titles are in the table beside the chart.
 */
import { median } from "d3";
import type { HkFilms2022Row } from "../data/films.ts";
import { PAPER } from "../site.ts";
import { formatHKDShort, formatInteger, formatPercent } from "../lib/format.ts";
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

export const HK_FILMS_2022_BOX_OFFICE: ChartSpec<HongKongFilmBoxOfficeRow> = {
  kind: "chart",
  id: "hk-films-2022-box-office",
  paperRef: { en: "Table 7", "zh-hk": "" },
  title: { en: "Hong Kong Local Films Released in Hong Kong in 2022", "zh-hk": "" },
  subtitle: { en: "Cumulative box office of each Hong Kong film first released in Hong Kong in 2022, HK$", "zh-hk": "" },
  source: { en: `Source: Hong Kong Film Industry Compendium 2022, via Table 7 of the paper (${PAPER.citation})`, "zh-hk": "" },
  datasets: ["hk-films-2022"],
  steps: [{ id: "million-spectators", caption: { en: "Two films drew more than a million spectators each.", "zh-hk": "" } }],
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
  notes(rows) {
    const stillShowing = rows.filter((r) => r.end_date.slice(0, 4) > r.start_date.slice(0, 4)).length;
    return [
      `Box office is cumulative to each film's last day in cinemas; ${formatInteger(stillShowing)} of the ` +
        `${formatInteger(rows.length)} films ran into the next year, so their totals include takings after 2022.`,
      "No value is missing.",
    ];
  },
  describe(rows) {
    const sorted = byBoxOffice(rows);
    const sum = rows.reduce((s, r) => s + r.box_office_hkd, 0);
    const [first, second] = sorted;
    const last = sorted.at(-1);
    const middle = median(rows, (r) => r.box_office_hkd);
    const crowd = rows.filter((r) => r.admissions > MILLION_SPECTATORS);
    const parts = [
      `Bar chart of the box office of the ${formatInteger(rows.length)} Hong Kong films released in Hong Kong in 2022, together ` +
        `${formatHKDShort(sum)}.`,
    ];
    if (first && second)
      parts.push(
        `${first.title_en} took the most, ${formatHKDShort(first.box_office_hkd)} ` +
          `(${formatPercent((first.box_office_hkd / sum) * 100, 0)} of the total), then ${second.title_en} with ` +
          `${formatHKDShort(second.box_office_hkd)}.`,
      );
    if (last)
      parts.push(
        `The smallest, ${last.title_en}, took ${formatHKDShort(last.box_office_hkd)}; the median film took ` +
          `${formatHKDShort(middle ?? null)}.`,
      );
    if (crowd.length)
      parts.push(
        `${crowd.map((r) => `${r.title_en} (${formatInteger(r.admissions)} admissions)`).join(" and ")} drew more than ` +
          `${formatInteger(MILLION_SPECTATORS)} spectators.`,
      );
    return parts.join(" ");
  },
  plot(rows, { width, step }) {
    const data: Bar[] = byBoxOffice(rows).map((r) => ({
      key: String(r.no),
      label: r.title_en,
      value: r.box_office_hkd,
      valueLabel: formatHKDShort(r.box_office_hkd),
      colour: placeColour("hong-kong-china"),
      dim: step === "million-spectators" ? r.admissions <= MILLION_SPECTATORS : false,
    }));
    return barChartOptions(barFrame(width, data), data);
  },
};
