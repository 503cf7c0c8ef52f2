/** Tables 1 and 8: the top five places of each year, one row per year and rank. */
import type { SiteData } from "../data/load.ts";
import { tradeRows, type Direction } from "../data/trade.ts";
import { formatHKDThousand, formatInteger, formatPercent, MISSING } from "../lib/format.ts";
import { defineTable, type TableSpec } from "./types.ts";

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

function tradeTable(direction: Direction): TableSpec {
  const imports = direction === "imports";
  const placeLabel = imports ? "Place of origin" : "Destination";
  return defineTable<TradeTableRow>({
    kind: "table",
    id: imports ? "table-1-imports-top-five" : "table-8-exports-top-five",
    paperRef: { en: imports ? "Table 1" : "Table 8", "zh-hk": "" },
    title: {
      en: imports
        ? "Top Five Source Regions of Hong Kong's Imported Film and TV-related Creative Products"
        : "Top 5 Regions in terms of Export Value of Hong Kong's Film and TV-related Creative Products",
      "zh-hk": "",
    },
    subtitle: { en: "Value in HK$ thousand; share of the year's total, %", "zh-hk": "" },
    source: { en: `Source: Create Hong Kong, via ${imports ? "Table 1" : "Table 8"} of the paper (J. Mod. Soc. Sci. 2(1), 2025)`, "zh-hk": "" },
    datasets: [imports ? "trade-imports" : "trade-exports"],
    columns: [
      { key: "year", label: { en: "Year", "zh-hk": "" }, numeric: true, format: (v) => String(v) },
      { key: "rank", label: { en: "Rank", "zh-hk": "" }, numeric: true, format: (v) => String(v) },
      {
        key: "place",
        label: { en: placeLabel, "zh-hk": "" },
        rowHeader: true,
        format: (v) => (v === null ? `${MISSING} (not in the extracted text)` : String(v)),
      },
      { key: "value_hkd_thousand", label: { en: "Value (HK$ thousand)", "zh-hk": "" }, numeric: true, format: (v) => formatInteger(v as number | null) },
      { key: "share_percent", label: { en: "Share of year's total", "zh-hk": "" }, numeric: true, format: (v) => formatPercent(v as number | null) },
      ...(imports ? [] : [{ key: "note" as const, label: { en: "How the cell was read", "zh-hk": "" }, format: (v: unknown) => (v === null ? "" : String(v)) }]),
    ],
    rows: (data) => tradeTableRows(data, direction),
    footnotes: [
      { en: imports
        ? "# As a percentage of the total import value of film and television-related creative goods in that year."
        : "# As a percentage of the total value of Hong Kong exports of film and television-related creative goods in that year.", "zh-hk": "" },
    ],
    notes: (rows) => {
      const ys = years(rows);
      const notes = [
        `${ys.length} years, ${ys[0]}-${ys.at(-1)}; values in thousands of Hong Kong dollars, shares as printed to one decimal.`,
      ];
      const missing = rows.filter((r) => r.value_hkd_thousand === null || r.share_percent === null || r.place === null);
      if (missing.length) {
        const missingYears = [...new Set(missing.map((r) => r.year))];
        notes.push(
          `${missing.length} of ${rows.length} rows have a cell the source does not give legibly (${missingYears.join(", ")}); those ` +
            `cells show ${MISSING} and the last column says why. Nothing is estimated.`,
        );
      }
      return notes;
    },
    sortable: false,
    groupBy: "year",
    describe: (rows) => {
      const ys = years(rows);
      const leaders = ys.map((y) => rows.find((r) => r.year === y && r.rank === 1));
      const parts = leaders.map((r) =>
        r
          ? `${r.year}: ${r.place ?? "not in the extracted text"} ${r.share_percent === null ? "" : formatPercent(r.share_percent)}`.trim()
          : "",
      );
      return (
        `Top five ${imports ? "sources of imports" : "export destinations"} by year. Leaders: ${parts.join("; ")}. Largest single ` +
        `value: ${formatHKDThousand(Math.max(...rows.map((r) => r.value_hkd_thousand ?? 0)))}.`
      );
    },
  });
}

export const TABLE_1 = tradeTable("imports");
export const TABLE_8 = tradeTable("exports");
