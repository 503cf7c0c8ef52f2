/**
 * Shapes the yearly top-five trade tables (Tables 1 and 8) into one row per year and place,
 * saying for each missing number why it is missing: the place was outside the top five, the
 * cell is illegible, or the whole row is, so nobody can tell.
 */
import type { SiteData } from "../data/load.ts";
import { tradeRowsOfYear, tradeYears, type Direction } from "../data/trade.ts";
import { wordsFor, type Words } from "../data/words.ts";
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

/** What a row's note says, beyond the row itself: the source row's own note, and the year's illegible places. */
interface NoteFacts {
  year: number;
  place: string;
  rank: number | null;
  status: TradeStatus;
  value_hkd_thousand: number | null;
  share_percent: number | null;
  /** The note of the place's own row in the source (English, as transcribed); null when it has none or is not listed. */
  sourceNote: string | null;
  /** How many of the year's places the extracted text does not show, and the first one's note. */
  unreadable: { count: number; note: string | null };
}

/** The source says a figure of the row comes from the paper's prose, not from its table (data/trade notes say so). */
function fromProse(f: Pick<NoteFacts, "sourceNote">): boolean {
  return f.sourceNote !== null && /from the paper's prose/i.test(f.sourceNote);
}

/**
 * Why a row's number is missing, or how it was read, in an edition. English: the note the row
 * (and the CSV) carries. Chinese: composed from the status, the place id and the numbers, since
 * the source's own notes are English transcription remarks.
 */
function tradeNote(f: NoteFacts, table: string, w: Words): string | null {
  const name = w.place(f.place);
  if (w.locale === "en") {
    if (f.status === "not-in-top-five") return `${name} is not among ${f.year}'s top five in ${table}, which lists only the top five.`;
    if (f.status === "unknown") {
      const why = f.unreadable.note;
      return (
        `${w.f.integer(f.unreadable.count)} of ${f.year}'s top five places in ${table} are not legible in the extracted text, so whether ` +
        `${name} ranked is unknown${why ? ` (${why})` : ""}.`
      );
    }
    return f.sourceNote;
  }
  const year = w.f.year(f.year);
  if (f.status === "not-in-top-five") return `${table}只列出每年五大，${name}不在${year}的五大之列。`;
  if (f.status === "unknown")
    return (
      `${table}所列${year}的五大之中，有${w.f.integer(f.unreadable.count)}個地方在從論文PDF抽取的文字中無法辨認，` +
      `因此無從得知${name}是否上榜。`
    );
  const lost = [f.value_hkd_thousand === null ? "貨值" : null, f.share_percent === null ? "佔比" : null].filter((x) => x !== null);
  const parts: string[] = [];
  if (lost.length) parts.push(`${name}${year}的${lost.join("及")}在抽取的文字中無法辨認`);
  if (fromProse(f)) parts.push(`${f.share_percent !== null ? "排名及佔比" : "排名"}取自論文正文，並非${table}`);
  return parts.length ? `${parts.join("；")}。` : null;
}

/** The facts behind each row, in year then `places` order. */
function tradePlaceFacts(data: SiteData, direction: Direction, places: readonly string[]): NoteFacts[] {
  const out: NoteFacts[] = [];
  for (const year of tradeYears(data, direction)) {
    const ofYear = tradeRowsOfYear(data, direction, year);
    const unreadable = ofYear.filter((r) => r.place === null);
    for (const place of places) {
      const r = ofYear.find((x) => x.place === place);
      const missing = r ? [r.value_hkd_thousand === null, r.share_percent === null] : [true, true];
      const status: TradeStatus = !r
        ? unreadable.length === 0
          ? "not-in-top-five"
          : "unknown"
        : missing.every(Boolean)
          ? "illegible"
          : missing.some(Boolean)
            ? "partly-legible"
            : "known";
      out.push({
        year,
        place,
        rank: r?.rank ?? null,
        status,
        value_hkd_thousand: r?.value_hkd_thousand ?? null,
        share_percent: r?.share_percent ?? null,
        sourceNote: r?.note ?? null,
        unreadable: { count: unreadable.length, note: unreadable[0]?.note ?? null },
      });
    }
  }
  return out;
}

/** One row per year and place for `places`, in year then `places` order. `table` names the source in notes (“Table 1”). */
export function tradePlaceRows(data: SiteData, direction: Direction, places: readonly string[], table: string): TradePlaceRow[] {
  const english = wordsFor(data, "en");
  return tradePlaceFacts(data, direction, places).map((f) => ({
    year: f.year,
    place: f.place,
    place_name: placeName(data, f.place),
    rank: f.rank,
    value_hkd_thousand: f.value_hkd_thousand,
    share_percent: f.share_percent,
    status: f.status,
    note: tradeNote(f, table, english),
  }));
}

/**
 * The notes of `tradePlaceRows`, row for row, in an edition: the English ones are the rows' own;
 * `table` is the source's name in that edition (“Table 8”, “表8”). The rows (the CSV) stay English.
 */
export function tradePlaceNotes(
  data: SiteData,
  direction: Direction,
  places: readonly string[],
  table: string,
  w: Words,
): (string | null)[] {
  return tradePlaceFacts(data, direction, places).map((f) => tradeNote(f, table, w));
}

export type Measure = "value_hkd_thousand" | "share_percent";

/** Years where a place's measure is known, with the value. */
export function knownPoints(rows: readonly TradePlaceRow[], place: string, measure: Measure): { year: number; value: number }[] {
  return rows.filter((r) => r.place === place && r[measure] !== null).map((r) => ({ year: r.year, value: r[measure] as number }));
}

/** The span of the rows' years in an edition: “2011–2022” / “2011至2022年”; empty for no rows. */
export function tradePeriod(rows: readonly { year: number }[], w: Words): string {
  if (rows.length === 0) return "";
  const years = rows.map((r) => r.year);
  return w.f.yearSpan(Math.min(...years), Math.max(...years));
}

/**
 * How a series changed from its first known point to its last: “fell from A in Y1 to B in Y2”
 * / “由Y1年的A跌至Y2年的B”, to follow “its share” / “佔比”; null when there are fewer than two.
 */
export function changeSentence(points: readonly { year: number; value: number }[], fmt: (n: number) => string, w: Words): string | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || first === last) return null;
  const change = Math.sign(last.value - first.value);
  if (w.locale === "en") {
    const verb = change < 0 ? "fell" : change > 0 ? "rose" : "was unchanged";
    return verb === "was unchanged"
      ? `was ${fmt(first.value)} in both ${first.year} and ${last.year}`
      : `${verb} from ${fmt(first.value)} in ${first.year} to ${fmt(last.value)} in ${last.year}`;
  }
  if (change === 0) return `在${w.f.years([first.year, last.year])}同為${fmt(first.value)}`;
  return `由${w.f.year(first.year)}的${fmt(first.value)}${change < 0 ? "跌" : "升"}至${w.f.year(last.year)}的${fmt(last.value)}`;
}

/** The highest (or lowest) value and every year it occurs in: “35.0% in 2017 and 2018” / “2017及2018年的35.0%”. */
export function extremeSentence(
  points: readonly { year: number; value: number }[],
  fmt: (n: number) => string,
  which: "max" | "min",
  w: Words,
): string | null {
  if (points.length === 0) return null;
  const target = which === "max" ? Math.max(...points.map((p) => p.value)) : Math.min(...points.map((p) => p.value));
  const years = w.f.years(points.filter((p) => p.value === target).map((p) => p.year));
  return w.locale === "en" ? `${fmt(target)} in ${years}` : `${years}的${fmt(target)}`;
}

/** Notes on the missing numbers of the rows, one sentence per place and cause; `table` is the source's name in the edition (“表1”). */
export function missingNotes(rows: readonly TradePlaceRow[], places: readonly string[], table: string, w: Words): string[] {
  const notes: string[] = [];
  const en = w.locale === "en";
  for (const place of places) {
    const mine = rows.filter((r) => r.place === place);
    const name = w.place(place);
    const yearsWith = (keep: (r: TradePlaceRow) => boolean) => mine.filter(keep).map((r) => r.year);
    const outside = yearsWith((r) => r.status === "not-in-top-five");
    if (outside.length)
      notes.push(
        en
          ? `${name} is not in ${table}'s top five in ${w.f.years(outside)}; the table lists only the top five, so there is no figure ` +
              `for ${outside.length === 1 ? "that year" : "those years"}.`
          : `${name}${w.f.years(outside)}不在${table}的五大之列；該表只列出每年五大，因此${outside.length === 1 ? "該年" : "這些年份"}沒有數字。`,
      );
    const unknown = yearsWith((r) => r.status === "unknown");
    if (unknown.length)
      notes.push(
        en
          ? `For ${name} in ${w.f.years(unknown)}, ${table}'s rows are not legible in the text extracted from the paper's PDF, so it ` +
              `cannot be told whether it ranked.`
          : `在從論文PDF抽取的文字中，${table}所列${w.f.years(unknown)}的名次未能全部辨認，因此無從判斷${name}` +
              `${unknown.length === 1 ? "該年" : "這些年份"}是否位列五大。`,
      );
    const unreadable = (r: TradePlaceRow) => r.status === "illegible" || r.status === "partly-legible";
    const noValue = yearsWith((r) => unreadable(r) && r.value_hkd_thousand === null);
    if (noValue.length)
      notes.push(
        en
          ? `${name}'s value is not legible in the extracted text for ${w.f.years(noValue)}.`
          : `${name}${w.f.years(noValue)}的貨值在抽取的文字中無法辨認。`,
      );
    const noShare = yearsWith((r) => unreadable(r) && r.share_percent === null);
    if (noShare.length)
      notes.push(
        en
          ? `${name}'s share is not legible in the extracted text for ${w.f.years(noShare)}.`
          : `${name}${w.f.years(noShare)}的佔比在抽取的文字中無法辨認。`,
      );
  }
  return notes;
}

/**
 * What Figures 1 and 4 draw for a step: value lines for the "value" step, share lines otherwise,
 * one series per place in `places`, named and formatted in the edition, and the frame sized for them.
 */
/**
 * The readout of one place's year, as a chart's tooltip shows it: place, year, value and share of
 * the year's total, each formatted as the page formats it (a figure the source lacks shows the
 * missing mark).
 */
export function tradeTip(r: TradePlaceRow, w: Words): string {
  const value = w.f.hkdThousandShort(r.value_hkd_thousand);
  const share = w.f.percent(r.share_percent);
  return w.locale === "en"
    ? `${w.place(r.place)}, ${r.year}: ${value}, ${share} of the year's total`
    : `${w.place(r.place)}，${w.f.year(r.year)}：${value}，佔全年總值${share}`;
}

export function tradeLines(
  rows: readonly TradePlaceRow[],
  places: readonly string[],
  width: number,
  step: string | undefined,
  w: Words,
): { years: number[]; measure: Measure; lines: LineSeries[]; frame: LineFrame } {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const measure: Measure = step === "value" ? "value_hkd_thousand" : "share_percent";
  const share = measure === "share_percent";
  const lines = places.map((place) => {
    const mine = rows.filter((r) => r.place === place);
    return {
      id: place,
      label: w.place(place),
      colour: placeColour(place),
      points: mine.map((r) => ({ year: r.year, value: r[measure], tip: tradeTip(r, w) })),
      format: share ? (n: number) => w.f.percent(n) : (n: number) => w.f.hkdThousandShort(n),
    };
  });
  const frame = lineFrame(width, years, lines, share ? (n: number) => w.f.percent(n, 0) : (n: number) => w.f.hkdThousandShort(n), w);
  return { years, measure, lines, frame };
}
