/**
 * Hong Kong films released outside Hong Kong in 2022, by market, as the paper's prose lists
 * them. Only the number of films is drawn: the box office comes in different currencies (one
 * printed just as “$”), so bars of it would compare unlike amounts.
 */
import type { HkFilmsAbroad2022Row } from "../data/films.ts";
import type { Words } from "../data/words.ts";
import { PAPER } from "../site.ts";
import { formatCount, formatCountShort } from "../lib/format-zh-hk.ts";
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

/** The year the report counts, which the title names. */
const YEAR = 2022;

const ordered = (rows: readonly FilmsAbroadChartRow[]) =>
  [...rows].sort((a, b) => b.films - a.films || a.place_name.localeCompare(b.place_name));
const films = (n: number, w: Words) => (w.locale === "en" ? `${w.f.integer(n)} film${n === 1 ? "" : "s"}` : formatCount(n, "部"));

/**
 * How the Chinese edition writes each printed currency: the glossary's unit, before the amount
 * (人民幣2100萬元) or after it (57.7萬新加坡元); “$” alone names no currency.
 */
const CURRENCY: Record<string, { unit: string | null; before: boolean }> = {
  yuan: { unit: "yuan", before: true },
  NT$: { unit: "ntd", before: true },
  S$: { unit: "sgd", before: false },
  RM: { unit: "myr", before: false },
  $: { unit: null, before: false },
};

function currency(printed: string): { unit: string | null; before: boolean } {
  const c = CURRENCY[printed];
  if (!c) throw new Error(`hk-films-abroad-2022: no Chinese form for the currency “${printed}” (add it to CURRENCY)`);
  return c;
}

/** Decimals needed to write `v` exactly, up to `max`. */
function decimalsOf(v: number, max: number): number {
  for (let d = 0; d < max; d++) if (Math.abs(v * 10 ** d - Math.round(v * 10 ** d)) < 1e-9) return d;
  return max;
}

/** An amount in 萬 or 億 with every digit the paper prints (15.39億, 825.9萬), not rounded to the house's three figures. */
function exactAmount(n: number, w: Words): string {
  if (n < 1e4) return w.f.integer(n);
  const [unit, scale] = n >= 1e8 ? (["億", 1e8] as const) : (["萬", 1e4] as const);
  const v = n / scale;
  // From 1,000 of the unit on, every digit is whole, and the house style writes it without a comma (2100萬).
  return v >= 1000 ? formatCountShort(n) : `${w.f.decimal(v, decimalsOf(v, 4))}${unit}`;
}

/** The box office as the paper prints it, in the edition's words. */
function boxOffice(r: FilmsAbroadChartRow, w: Words): string {
  if (w.locale === "en") return r.box_office_printed;
  const c = currency(r.currency_printed);
  const amount = exactAmount(r.box_office, w);
  if (c.unit === null) return `${amount}元`;
  return c.before ? `${w.term(c.unit)}${amount}元` : `${amount}${w.term(c.unit)}`;
}

/** A currency's name in the Chinese notes. */
const currencyName = (printed: string, w: Words) => {
  const c = currency(printed);
  return c.unit === null ? `「${printed}」` : w.term(c.unit);
};

/** The data's notes in Chinese, keyed by the English note; a note without a translation stops the build. */
const NOTE_ZH: Record<string, string> = {
  "'nine Hong Kong films were released in the Mainland that year, with six of them being co-productions'":
    "論文指「當年有9部香港電影在內地上映，其中6部為合拍片」",
  "currency printed only as '$'": "貨幣只印作「$」，沒有註明幣種",
};

function noteZh(note: string): string {
  const zh = NOTE_ZH[note];
  if (zh === undefined) throw new Error(`hk-films-abroad-2022: no Chinese translation of the note “${note}” (add it to NOTE_ZH)`);
  // A quotation of the paper keeps its English original beside the translation.
  return note.startsWith("'") ? `${zh}（原文：${note.slice(1, -1)}）` : zh;
}

export const HK_FILMS_ABROAD_2022: ChartSpec<FilmsAbroadChartRow> = {
  kind: "chart",
  id: "hk-films-abroad-2022",
  paperRef: { en: "Films Going Overseas (prose)", "zh-hk": "〈電影走向海外〉（正文）" },
  title: { en: "Hong Kong films released abroad in 2022", "zh-hk": "2022年在海外上映的香港電影" },
  subtitle: {
    en: "Number of Hong Kong films released in each market in 2022; box office is in the table, in the currency the paper prints",
    "zh-hk": "2022年在各市場上映的香港電影數目；票房以論文所印的貨幣列於表中",
  },
  source: {
    en: `Source: Hong Kong Film Archive 2022 report, as cited in the paper's text (${PAPER.citation})`,
    "zh-hk": `資料來源：《香港電影資料館2022》報告，經論文正文〈電影走向海外〉（Films Going Overseas）引述；${PAPER.citation}`,
  },
  datasets: ["hk-films-abroad-2022", "places"],
  steps: [
    {
      id: "greater-china",
      caption: { en: "The Mainland and Taiwan, the markets the paper names first.", "zh-hk": "內地和台灣：論文最先提及的兩個市場。" },
    },
  ],
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
  notes(rows, w) {
    const currencies = [...new Set(rows.map((r) => r.currency_printed))];
    if (w.locale === "en") {
      const notes = [
        `Box office is printed in ${w.f.integer(currencies.length)} currencies (${currencies.join(", ")}), so it is not drawn: the ` +
          `amounts cannot be compared as printed.`,
      ];
      for (const r of rows.filter((x) => x.note)) notes.push(`${r.place_name}: ${r.note}.`);
      notes.push("No count is missing.");
      return notes;
    }
    const notes = [
      `票房以${formatCount(currencies.length, "種")}貨幣印出（${w.f.list(currencies.map((c) => currencyName(c, w)))}），` +
        "所印金額無法直接比較，因此圖中不繪出票房。",
    ];
    for (const r of rows.filter((x) => x.note)) notes.push(`${w.place(r.place)}：${noteZh(r.note!)}。`);
    notes.push("沒有缺漏的電影數目。");
    return notes;
  },
  describe(rows, w) {
    const sorted = ordered(rows);
    const total = rows.reduce((s, r) => s + r.films, 0);
    if (w.locale === "en")
      return (
        `Bar chart of the number of Hong Kong films released in ${w.f.integer(rows.length)} markets outside Hong Kong in ${YEAR} ` +
        `(${w.f.integer(total)} releases in all; a film can be released in several markets): ` +
        `${sorted.map((r) => `${r.place_name} ${films(r.films, w)} (box office ${boxOffice(r, w)})`).join("; ")}.`
      );
    return (
      `棒形圖顯示${w.f.year(YEAR)}在香港以外${formatCount(rows.length, "個")}市場上映的香港電影數目` +
      `（合共上映${formatCount(total, "次")}；一部電影可在多個市場上映）：` +
      `${sorted.map((r) => `${w.place(r.place)}${films(r.films, w)}（票房${boxOffice(r, w)}）`).join("；")}。`
    );
  },
  plot(rows, { width, step, words: w }) {
    const data: Bar[] = ordered(rows).map((r) => ({
      key: r.place,
      label: w.place(r.place),
      value: r.films,
      valueLabel: films(r.films, w),
      // Hong Kong's colour: every bar counts Hong Kong films; the market is the label.
      colour: placeColour("hong-kong-china"),
      dim: step === "greater-china" ? !GREATER_CHINA.includes(r.place) : false,
    }));
    return barChartOptions(barFrame(width, data), data, { locale: w.locale });
  },
};
