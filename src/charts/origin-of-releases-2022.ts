/**
 * Figure 3: where the first-run films released in Hong Kong in 2022 came from. The figure's
 * data are not printed; the counts come from Table 2, Table 4 and the prose, and the ones
 * computed rather than printed are hatched and labelled “derived”.
 */
import type { OriginOfReleases2022Row } from "../data/films.ts";
import { PAPER } from "../site.ts";
import { formatInteger, formatPercent } from "../lib/format.ts";
import { barChartOptions, barFrame, type Bar } from "./bar-marks.ts";
import { placeColour } from "./palette.ts";
import type { ChartSpec } from "./types.ts";

export type OriginRow = Pick<OriginOfReleases2022Row, "place" | "label" | "films" | "derived" | "formula" | "source">;

/** Places each step brings forward. */
const STEP_PLACES: Record<string, readonly (string | null)[]> = {
  "us-japan": ["usa", "japan"],
  "greater-china": ["hong-kong-china", "mainland-china", "taiwan-china"],
};

const total = (rows: readonly OriginRow[]) => rows.reduce((s, r) => s + r.films, 0);

/** Largest first, with the grouped “other” row last whatever its size. */
function ordered(rows: readonly OriginRow[]): OriginRow[] {
  return [...rows].sort((a, b) => Number(a.place === null) - Number(b.place === null) || b.films - a.films);
}

export const ORIGIN_OF_RELEASES_2022: ChartSpec<OriginRow> = {
  kind: "chart",
  id: "origin-of-releases-2022",
  paperRef: { en: "Figure 3", "zh-hk": "" },
  title: { en: "Origin distribution of films released in Hong Kong in 2022", "zh-hk": "" },
  subtitle:
    { en: "First-run films released in Hong Kong in 2022, by place of origin: number of films and share of all first-run releases; hatched " +
    "bars are derived", "zh-hk": "" },
  source: { en: `Source: Hong Kong Film Industry Compendium 2022, via Tables 2 and 4 and the text on Figure 3 of the paper (${PAPER.citation})`, "zh-hk": "" },
  datasets: ["origin-of-releases-2022", "places"],
  steps: [
    { id: "us-japan", caption: { en: "The United States and Japan supplied the most films.", "zh-hk": "" } },
    { id: "greater-china", caption: { en: "Hong Kong's own films, and the few from the Mainland and Taiwan.", "zh-hk": "" } },
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
  notes(rows) {
    const notes = [
      `Figure 3's own data are not printed in the paper; the ${formatInteger(total(rows))} films are split using the sources below.`,
    ];
    for (const r of rows) notes.push(`${r.label}: ${r.derived ? `derived, ${r.formula}` : "printed"} (${r.source}).`);
    notes.push("No count is missing.");
    return notes;
  },
  describe(rows) {
    const sum = total(rows);
    const parts = [`Bar chart of the ${formatInteger(sum)} first-run films released in Hong Kong in 2022, by origin.`];
    parts.push(
      ordered(rows)
        .map((r) => `${r.label} ${formatInteger(r.films)} (${formatPercent((r.films / sum) * 100)}${r.derived ? ", derived" : ""})`)
        .join("; ") + ".",
    );
    return parts.join(" ");
  },
  plot(rows, { width, step }) {
    const sum = total(rows);
    const focus = step ? STEP_PLACES[step] : undefined;
    const data: Bar[] = ordered(rows).map((r) => ({
      key: r.label,
      label: r.derived ? `${r.label} (derived)` : r.label,
      value: r.films,
      valueLabel: `${formatInteger(r.films)} · ${formatPercent((r.films / sum) * 100, 0)}`,
      colour: placeColour(r.place),
      derived: r.derived,
      dim: focus ? !focus.includes(r.place) : false,
    }));
    return barChartOptions(barFrame(width, data), data);
  },
};
