/** Tables 1 and 8: the top five places of each year, one row per year and rank. */
import type { SiteData } from "../data/load.ts";
import { TRADE_EXPORTS, TRADE_IMPORTS, tradeRows, type Direction } from "../data/trade.ts";
import type { Words } from "../data/words.ts";
import { PAPER } from "../site.ts";
import { placeIdOfName } from "./films.ts";
import { defineTable, tableIds, type TableSpec } from "./types.ts";

export type TradeTableRow = {
  year: number;
  rank: number;
  place: string | null;
  value_hkd_thousand: number | null;
  share_percent: number | null;
  note: string | null;
};

function tradeTableRows(data: SiteData, direction: Direction): TradeTableRow[] {
  const names = new Map(data.places.map((p) => [p.id, p.name]));
  return tradeRows(data, direction).map((r) => ({
    year: r.year,
    rank: r.rank,
    place: r.place === null ? null : (names.get(r.place) ?? r.place),
    value_hkd_thousand: r.value_hkd_thousand,
    share_percent: r.share_percent,
    note: r.note,
  }));
}

const years = (rows: TradeTableRow[]) => [...new Set(rows.map((r) => r.year))];

/** What a place cell says when the extracted text does not show the place. */
const NOT_IN_TEXT = { en: "not in the extracted text", "zh-hk": "抽取的文字中未見" } as const;

/** A place as the edition names it: the paper's name in English, the glossary's in Chinese. */
const placeName = (name: string, w: Words) => (w.locale === "en" ? name : w.place(placeIdOfName(name)));

/**
 * The Chinese of a row's note on how its cells were read, from the row's empty cells and the
 * note's kind; the English note itself, with the fragments the extracted text shows, is in the CSV.
 * A note of a kind not listed here throws, so it is translated before it is published.
 */
export function readingNoteZh(row: TradeTableRow, w: Words, table: string): string {
  const note = row.note ?? "";
  const parts: string[] = [];
  const block = /(\d{4})-(\d{4}) block is missing/.exec(note);
  if (block) parts.push(`抽取的文字缺少${table}中${w.f.yearSpan(Number(block[1]), Number(block[2]))}的部分`);
  else {
    const lost = [
      row.place === null ? "地區" : null,
      row.value_hkd_thousand === null ? w.term("trade-value") : null,
      row.share_percent === null ? w.term("share") : null,
    ].filter((x): x is string => x !== null);
    if (lost.length) parts.push(`${w.f.list(lost)}無法辨認`);
  }
  if (/Place and share from the paper's prose/.test(note)) parts.push(`地區及${w.term("share")}取自論文正文`);
  else if (/Place from the paper's prose/.test(note)) parts.push("地區取自論文正文");
  if (/contradicts itself on the leader/.test(note)) parts.push("正文對當年首位的説法前後矛盾，不作記錄");
  if (/read as .+ the only place so beginning/.test(note)) parts.push("地區名稱只見開首數個字母，按唯一相符的地區判讀");
  else if (/place printed as/.test(note)) parts.push("地區名稱印出不全，按殘存部分判讀");
  if (note && !parts.length)
    throw new Error(`No Chinese for the reading note “${note}” (${row.year}, rank ${row.rank}): add its kind to readingNoteZh`);
  return parts.join("；");
}

function tradeTable(direction: Direction): TableSpec {
  const imports = direction === "imports";
  const ref = imports ? 1 : 8;
  const placeLabel = imports ? { en: "Place of origin", "zh-hk": "來源地" } : { en: "Destination", "zh-hk": "目的地" };
  return defineTable<TradeTableRow>({
    kind: "table",
    ...(imports ? tableIds(1, TRADE_IMPORTS) : tableIds(8, TRADE_EXPORTS)),
    paperRef: { en: `Table ${ref}`, "zh-hk": `表${ref}` },
    title: imports
      ? {
          en: "Top Five Source Regions of Hong Kong's Imported Film and TV-related Creative Products",
          "zh-hk": "香港進口電影及電視相關創意產品的五大來源地",
        }
      : {
          en: "Top 5 Regions in terms of Export Value of Hong Kong's Film and TV-related Creative Products",
          "zh-hk": "香港電影及電視相關創意產品出口貨值的五大地區",
        },
    subtitle: { en: "Value in HK$ thousand; share of the year's total, %", "zh-hk": "貨值（千港元）；佔當年總值百分比（%）" },
    source: {
      en: `Source: Create Hong Kong, via Table ${ref} of the paper (${PAPER.citation})`,
      "zh-hk": `資料來源：創意香港，經論文表${ref}（Table ${ref}）；${PAPER.citation}`,
    },
    datasets: [imports ? "trade-imports" : "trade-exports"],
    columns: [
      { key: "year", label: { en: "Year", "zh-hk": "年份" }, numeric: true, format: (v, _r, w) => w.f.year(v as number) },
      { key: "rank", label: { en: "Rank", "zh-hk": "排名" }, numeric: true, format: (v, _r, w) => w.f.integer(v as number) },
      {
        key: "place",
        label: placeLabel,
        rowHeader: true,
        format: (v, _r, w) =>
          v === null
            ? w.locale === "en"
              ? `${w.f.missing} (${NOT_IN_TEXT.en})`
              : `${w.f.missing}（${NOT_IN_TEXT["zh-hk"]}）`
            : placeName(String(v), w),
      },
      {
        key: "value_hkd_thousand",
        label: { en: "Value (HK$ thousand)", "zh-hk": "貨值（千港元）" },
        numeric: true,
        format: (v, _r, w) => w.f.integer(v as number | null),
      },
      {
        key: "share_percent",
        label: { en: "Share of year's total", "zh-hk": "佔當年總值" },
        numeric: true,
        format: (v, _r, w) => w.f.percent(v as number | null),
      },
      ...(imports
        ? []
        : [
            {
              key: "note" as const,
              label: { en: "How the cell was read", "zh-hk": "判讀説明" },
              format: (v: unknown, r: TradeTableRow, w: Words) =>
                v === null ? "" : w.locale === "en" ? String(v) : readingNoteZh(r, w, `表${ref}`),
            },
          ]),
    ],
    rows: (data) => tradeTableRows(data, direction),
    footnotes: [
      imports
        ? {
            en: "# As a percentage of the total import value of film and television-related creative goods in that year.",
            "zh-hk": "# 佔該年電影及電視相關創意產品進口總值的百分比。",
          }
        : {
            en: "# As a percentage of the total value of Hong Kong exports of film and television-related creative goods in that year.",
            "zh-hk": "# 佔該年香港電影及電視相關創意產品出口總值的百分比。",
          },
    ],
    notes: (rows, w) => {
      const ys = years(rows);
      const missing = rows.filter((r) => r.value_hkd_thousand === null || r.share_percent === null || r.place === null);
      const missingYears = [...new Set(missing.map((r) => r.year))];
      if (w.locale === "en") {
        const notes = [
          `${ys.length} years, ${ys[0]}-${ys.at(-1)}; values in thousands of Hong Kong dollars, shares as printed to one decimal.`,
        ];
        if (missing.length)
          notes.push(
            `${missing.length} of ${rows.length} rows have a cell the source does not give legibly (${missingYears.join(", ")}); those ` +
              `cells show ${w.f.missing} and the last column says why. Nothing is estimated.`,
          );
        return notes;
      }
      const notes = [
        `共${w.f.integer(ys.length)}年（${w.f.yearSpan(ys[0]!, ys.at(-1)!)}）；${w.term("trade-value")}以${w.term("hkd-thousand")}計，` +
          `${w.term("share")}照論文所印，取一位小數。`,
      ];
      if (missing.length)
        notes.push(
          `${w.f.integer(rows.length)}行中有${w.f.integer(missing.length)}行的部分儲存格在資料來源中無法辨認（${w.f.years(missingYears)}）；` +
            `這些儲存格顯示「${w.f.missing}」，最後一欄説明原因。所有數字均未經估算。` +
            "最後一欄是判讀説明的中文撮要；英文原文連同抽取的文字所見的殘缺字樣，載於數據下載（CSV）的note欄。",
        );
      return notes;
    },
    sortable: false,
    groupBy: "year",
    excerpt: { kind: "years-named", column: "year", direction },
    describe: (rows, w) => {
      const ys = years(rows);
      const leaders = ys.map((y) => rows.find((r) => r.year === y && r.rank === 1));
      const largest = w.f.hkdThousand(Math.max(...rows.map((r) => r.value_hkd_thousand ?? 0)));
      if (w.locale === "en") {
        const parts = leaders.map((r) =>
          r ? `${r.year}: ${r.place ?? NOT_IN_TEXT.en} ${r.share_percent === null ? "" : w.f.percent(r.share_percent)}`.trim() : "",
        );
        return (
          `Top five ${imports ? "sources of imports" : "export destinations"} by year. Leaders: ${parts.join("; ")}. Largest single ` +
          `value: ${largest}.`
        );
      }
      const parts = leaders.map((r) =>
        r
          ? `${w.f.year(r.year)}${r.place === null ? `（${NOT_IN_TEXT["zh-hk"]}）` : placeName(r.place, w)}` +
            `${r.share_percent === null ? "" : `（${w.f.percent(r.share_percent)}）`}`
          : "",
      );
      const what = imports ? `五大進口${w.term("place-of-origin")}` : `五大出口${w.term("destination")}`;
      return `香港每年${w.term("creative-goods")}的${what}。各年首位：${parts.join("；")}。單項最高${w.term("trade-value")}：${largest}。`;
    },
  });
}

export const TABLE_1 = tradeTable("imports");
export const TABLE_8 = tradeTable("exports");
