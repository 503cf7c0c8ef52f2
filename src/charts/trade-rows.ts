/**
 * Shapes the yearly top-five trade tables (Tables 1 and 8) into one row per year and place,
 * saying for each missing number why it is missing: the place was outside the top five, the
 * cell is illegible, or the whole row is, so nobody can tell.
 */
import type { SiteData } from "../data/load.ts";
import { tradeRows, tradeYears, type Direction } from "../data/trade.ts";
import { formatHKDThousandShort, formatPercent } from "../lib/format.ts";
import { formatYears } from "./layout.ts";
import { lineFrame, type LineFrame, type LineSeries } from "./line-marks.ts";
import { placeColour } from "./palette.ts";

export type TradeStatus =
  /** Value and share both printed. */
  | "known"
  /** In the top five, but the value or the share is illegible. */
  | "partly-legible"
  /** In the top five, but neither value nor share is legible. */
  | "illegible"
  /** Every place of the year is legible and this one is not among them. */
  | "not-in-top-five"
  /** Some of the year's places are illegible, so it cannot be told whether this one ranked. */
  | "unknown";

export type TradePlaceRow = {
  year: number;
  place: string;
  place_name: string;
  /** Rank in the year's top five; null when not ranked or not known. */
  rank: number | null;
  value_hkd_thousand: number | null;
  share_percent: number | null;
  status: TradeStatus;
  /** Why a number is missing, or how a cell was read; null when there is nothing to say. */
  note: string | null;
};

/** The display name of a place id (data/places.csv). */
export function placeName(data: SiteData, id: string): string {
  return data.places.find((p) => p.id === id)?.display_name ?? id;
}

/** One row per year and place for `places`, in year then `places` order. `table` names the source in notes (“Table 1”). */
export function tradePlaceRows(data: SiteData, direction: Direction, places: readonly string[], table: string): TradePlaceRow[] {
  const rows = tradeRows(data, direction);
  const out: TradePlaceRow[] = [];
  for (const year of tradeYears(data, direction)) {
    const ofYear = rows.filter((r) => r.year === year);
    const unreadable = ofYear.filter((r) => r.place === null);
    for (const place of places) {
      const place_name = placeName(data, place);
      const r = ofYear.find((x) => x.place === place);
      if (r) {
        const missing = [r.value_hkd_thousand === null, r.share_percent === null];
        const status: TradeStatus = missing.every(Boolean) ? "illegible" : missing.some(Boolean) ? "partly-legible" : "known";
        out.push({
          year,
          place,
          place_name,
          rank: r.rank,
          value_hkd_thousand: r.value_hkd_thousand,
          share_percent: r.share_percent,
          status,
          note: r.note,
        });
      } else if (unreadable.length === 0) {
        out.push({
          year,
          place,
          place_name,
          rank: null,
          value_hkd_thousand: null,
          share_percent: null,
          status: "not-in-top-five",
          note: `${place_name} is not among ${year}'s top five in ${table}, which lists only the top five.`,
        });
      } else {
        const why = unreadable[0]!.note;
        out.push({
          year,
          place,
          place_name,
          rank: null,
          value_hkd_thousand: null,
          share_percent: null,
          status: "unknown",
          note:
            `${unreadable.length} of ${year}'s top five places in ${table} are not legible in the extracted text, so whether ` +
            `${place_name} ranked is unknown${why ? ` (${why})` : ""}.`,
        });
      }
    }
  }
  return out;
}

export type Measure = "value_hkd_thousand" | "share_percent";

/** Years where a place's measure is known, with the value. */
export function knownPoints(rows: readonly TradePlaceRow[], place: string, measure: Measure): { year: number; value: number }[] {
  return rows.filter((r) => r.place === place && r[measure] !== null).map((r) => ({ year: r.year, value: r[measure] as number }));
}

/** “fell from A in Y1 to B in Y2” for a series of known points; null when there are fewer than two. */
export function changeSentence(points: readonly { year: number; value: number }[], fmt: (n: number) => string): string | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || first === last) return null;
  const verb = last.value < first.value ? "fell" : last.value > first.value ? "rose" : "was unchanged";
  return verb === "was unchanged"
    ? `was ${fmt(first.value)} in both ${first.year} and ${last.year}`
    : `${verb} from ${fmt(first.value)} in ${first.year} to ${fmt(last.value)} in ${last.year}`;
}

/** The highest (or lowest) value and every year it occurs in: “35.0% in 2017 and 2018”. */
export function extremeSentence(
  points: readonly { year: number; value: number }[],
  fmt: (n: number) => string,
  which: "max" | "min",
): string | null {
  if (points.length === 0) return null;
  const target = which === "max" ? Math.max(...points.map((p) => p.value)) : Math.min(...points.map((p) => p.value));
  const years = points.filter((p) => p.value === target).map((p) => p.year);
  return `${fmt(target)} in ${formatYears(years)}`;
}

/** Notes on the missing numbers of the rows, one sentence per place and cause. */
export function missingNotes(rows: readonly TradePlaceRow[], places: readonly string[], table: string): string[] {
  const notes: string[] = [];
  for (const place of places) {
    const mine = rows.filter((r) => r.place === place);
    const name = mine[0]?.place_name ?? place;
    const outside = mine.filter((r) => r.status === "not-in-top-five").map((r) => r.year);
    if (outside.length)
      notes.push(
        `${name} is not in ${table}'s top five in ${formatYears(outside)}; the table lists only the top five, so there is no figure ` +
          `for ${outside.length === 1 ? "that year" : "those years"}.`,
      );
    const unknown = mine.filter((r) => r.status === "unknown").map((r) => r.year);
    if (unknown.length)
      notes.push(
        `For ${name} in ${formatYears(unknown)}, ${table}'s rows are not legible in the text extracted from the paper's PDF, so it ` +
          `cannot be told whether it ranked.`,
      );
    const noValue = mine
      .filter((r) => (r.status === "illegible" || r.status === "partly-legible") && r.value_hkd_thousand === null)
      .map((r) => r.year);
    if (noValue.length) notes.push(`${name}'s value is not legible in the extracted text for ${formatYears(noValue)}.`);
    const noShare = mine
      .filter((r) => (r.status === "illegible" || r.status === "partly-legible") && r.share_percent === null)
      .map((r) => r.year);
    if (noShare.length) notes.push(`${name}'s share is not legible in the extracted text for ${formatYears(noShare)}.`);
  }
  return notes;
}

/**
 * What Figures 1 and 4 draw for a step: value lines for the "value" step, share lines otherwise,
 * one series per place in `places`, and the frame sized for them.
 */
export function tradeLines(
  rows: readonly TradePlaceRow[],
  places: readonly string[],
  width: number,
  step: string | undefined,
): { years: number[]; measure: Measure; lines: LineSeries[]; frame: LineFrame } {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const measure: Measure = step === "value" ? "value_hkd_thousand" : "share_percent";
  const share = measure === "share_percent";
  const lines = places.map((place) => {
    const mine = rows.filter((r) => r.place === place);
    return {
      id: place,
      label: mine[0]?.place_name ?? place,
      colour: placeColour(place),
      points: mine.map((r) => ({ year: r.year, value: r[measure] })),
      format: share ? (n: number) => formatPercent(n) : formatHKDThousandShort,
    };
  });
  const frame = lineFrame(width, years, lines, share ? (n: number) => formatPercent(n, 0) : formatHKDThousandShort);
  return { years, measure, lines, frame };
}
