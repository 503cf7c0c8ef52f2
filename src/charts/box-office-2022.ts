/**
 * Table 3: the 2022 Hong Kong box office split by kind of film, as shares of the total. The
 * printed total row is left out of the bars (it is the sum of the others).
 */
import type { BoxOffice2022Row } from "../data/films.ts";
import { PAPER } from "../site.ts";
import { formatHKDShort, formatPercent } from "../lib/format.ts";
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

/** Only Hong Kong films map to one place; the other categories mix places, so they are grey. */
const CATEGORY_PLACE: Partial<Record<BoxOffice2022Row["id"], string>> = { "hong-kong": "hong-kong-china" };

const TOTAL_ID = "total";

export const BOX_OFFICE_2022: ChartSpec<BoxOfficeCategoryRow> = {
  kind: "chart",
  id: "box-office-2022",
  paperRef: { en: "Table 3", "zh-hk": "" },
  title: { en: "Box office receipts of films released in Hong Kong in 2022", "zh-hk": "" },
  subtitle: { en: "Share of the year's total box office by kind of film, % as printed, with the takings in HK$", "zh-hk": "" },
  source: { en: `Source: Hong Kong Film Industry Compendium 2022, via Table 3 of the paper (${PAPER.citation})`, "zh-hk": "" },
  datasets: ["box-office-2022"],
  steps: [
    { id: "hong-kong", caption: { en: "Hong Kong's own films took about a fifth of the box office.", "zh-hk": "" } },
    { id: "foreign-language", caption: { en: "Foreign-language films took most of it.", "zh-hk": "" } },
  ],
  rows: (data) =>
    data["box-office-2022"]
      .filter((r) => r.id !== TOTAL_ID)
      .map(({ id, category, box_office_hkd, share_percent_printed }) => ({ id, category, box_office_hkd, share_percent_printed })),
  notes(rows) {
    const shareSum = rows.reduce((s, r) => s + r.share_percent_printed, 0);
    const sum = rows.reduce((s, r) => s + r.box_office_hkd, 0);
    return [
      `Shares are as printed in Table 3, to two decimals; the ${rows.length} categories add up to ${formatPercent(shareSum, 2)} and ` +
        `${formatHKDShort(sum)}. The table's total row is not drawn.`,
      "No value is missing.",
    ];
  },
  describe(rows) {
    const sum = rows.reduce((s, r) => s + r.box_office_hkd, 0);
    const sorted = [...rows].sort((a, b) => b.share_percent_printed - a.share_percent_printed);
    return (
      `Bar chart of the ${formatHKDShort(sum)} box office of films released in Hong Kong in 2022, by kind of film: ` +
      sorted
        .map((r) => `${SHORT_LABEL[r.id]} ${formatPercent(r.share_percent_printed, 2)} (${formatHKDShort(r.box_office_hkd)})`)
        .join("; ") +
      "."
    );
  },
  plot(rows, { width, step }) {
    const data: Bar[] = [...rows]
      .sort((a, b) => b.share_percent_printed - a.share_percent_printed)
      .map((r) => ({
        key: r.id,
        label: SHORT_LABEL[r.id],
        value: r.share_percent_printed,
        valueLabel: `${formatPercent(r.share_percent_printed, 2)} · ${formatHKDShort(r.box_office_hkd)}`,
        colour: placeColour(CATEGORY_PLACE[r.id]),
        dim: step !== undefined && step !== r.id,
      }));
    // Shares of one total: the axis runs to 100% so each bar reads as a part of the whole.
    return barChartOptions(barFrame(width, data, { xMax: 100 }), data);
  },
};
