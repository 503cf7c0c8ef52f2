/**
 * Hong Kong films released outside Hong Kong in 2022, by market, as the paper's prose lists
 * them. Only the number of films is drawn: the box office comes in different currencies (one
 * printed just as “$”), so bars of it would compare unlike amounts.
 */
import type { HkFilmsAbroad2022Row } from "../data/films.ts";
import { PAPER } from "../site.ts";
import { formatInteger } from "../lib/format.ts";
import { barChartOptions, barFrame, type Bar } from "./bar-marks.ts";
import { placeColour } from "./palette.ts";
import { placeName } from "./trade-rows.ts";
import type { ChartSpec } from "./types.ts";

export type FilmsAbroadChartRow = Pick<
  HkFilmsAbroad2022Row,
  "place" | "films" | "box_office" | "currency_printed" | "box_office_printed" | "note"
> & { place_name: string };

/** The markets the paper names first: “not only exported to mainland China and Taiwan”. */
const GREATER_CHINA = ["mainland-china", "taiwan-china"];

const ordered = (rows: readonly FilmsAbroadChartRow[]) =>
  [...rows].sort((a, b) => b.films - a.films || a.place_name.localeCompare(b.place_name));
const films = (n: number) => `${formatInteger(n)} film${n === 1 ? "" : "s"}`;

export const HK_FILMS_ABROAD_2022: ChartSpec<FilmsAbroadChartRow> = {
  kind: "chart",
  id: "hk-films-abroad-2022",
  paperRef: { en: "Films Going Overseas (prose)", "zh-hk": "" },
  title: { en: "Hong Kong films released abroad in 2022", "zh-hk": "" },
  subtitle: { en: "Number of Hong Kong films released in each market in 2022; box office is in the table, in the currency the paper prints", "zh-hk": "" },
  source: { en: `Source: Hong Kong Film Archive 2022 report, as cited in the paper's text (${PAPER.citation})`, "zh-hk": "" },
  datasets: ["hk-films-abroad-2022", "places"],
  steps: [{ id: "greater-china", caption: { en: "The Mainland and Taiwan, the markets the paper names first.", "zh-hk": "" } }],
  rows: (data) =>
    data["hk-films-abroad-2022"].map(({ place, films, box_office, currency_printed, box_office_printed, note }) => ({
      place,
      place_name: placeName(data, place),
      films,
      box_office,
      currency_printed,
      box_office_printed,
      note,
    })),
  notes(rows) {
    const currencies = [...new Set(rows.map((r) => r.currency_printed))];
    const notes = [
      `Box office is printed in ${formatInteger(currencies.length)} currencies (${currencies.join(", ")}), so it is not drawn: the ` +
        `amounts cannot be compared as printed.`,
    ];
    for (const r of rows.filter((x) => x.note)) notes.push(`${r.place_name}: ${r.note}.`);
    notes.push("No count is missing.");
    return notes;
  },
  describe(rows) {
    const sorted = ordered(rows);
    const total = rows.reduce((s, r) => s + r.films, 0);
    return (
      `Bar chart of the number of Hong Kong films released in ${formatInteger(rows.length)} markets outside Hong Kong in 2022 ` +
      `(${formatInteger(total)} releases in all; a film can be released in several markets): ` +
      `${sorted.map((r) => `${r.place_name} ${films(r.films)} (box office ${r.box_office_printed})`).join("; ")}.`
    );
  },
  plot(rows, { width, step }) {
    const data: Bar[] = ordered(rows).map((r) => ({
      key: r.place,
      label: r.place_name,
      value: r.films,
      valueLabel: films(r.films),
      // Hong Kong's colour: every bar counts Hong Kong films; the market is the label.
      colour: placeColour("hong-kong-china"),
      dim: step === "greater-china" ? !GREATER_CHINA.includes(r.place) : false,
    }));
    return barChartOptions(barFrame(width, data), data);
  },
};
