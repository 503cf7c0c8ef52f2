/**
 * What a table adds to the graphic contract (src/lib/graphic-spec.ts): its columns, the paper's
 * footnotes, and how it is laid out. Like charts, a table is data (rows), configuration
 * (columns) and rendering (the DataTable component).
 */
import type { GraphicSpec, Text } from "../lib/graphic-spec.ts";
import PREVIOUS_IDS from "./previous-ids.json" with { type: "json" };
import type { SiteData } from "../data/load.ts";
import type { Direction } from "../data/trade.ts";
import type { Words } from "../data/words.ts";

export type Cell = string | number | null;

export interface Column<Row> {
  key: keyof Row & string;
  label: Text;
  /** Right-aligned, tabular figures, sorted numerically. */
  numeric?: boolean;
  /** Text shown in the cell; defaults to the value, or the missing mark. (A method, so a table of any row type is a TableSpec.) */
  format?(value: Row[keyof Row], row: Row, words: Words): string;
  /** BCP 47 language of the cell text in an edition, e.g. "zh-Hans" for the printed Chinese titles. */
  lang?(row: Row, words: Words): string | undefined;
  /** This column names the row (rendered as <th scope="row">). */
  rowHeader?: boolean;
  /**
   * Kept on one line, header and cells: a date or a short code, which read wrong broken in two. In
   * Chinese a line may break between any two characters, so a wide table's browser gave these
   * columns the width of one ("2022年4月" over "21日", "第" over "IIB" over "級") and the room to the figures.
   */
  nowrap?: boolean;
}

export interface TableSpec<Row extends Record<string, Cell> = Record<string, Cell>> extends GraphicSpec<SiteData, Row, Words> {
  kind: "table";
  columns: Column<Row>[];
  /** The paper's own footnotes under the table, as printed (in Chinese, translated). */
  footnotes: Text[];
  /** Long tables get sort buttons (an enhancement: the HTML reads fine without). */
  sortable: boolean;
  /** Rows sharing this column's value form one <tbody>, its value a row-group header (Tables 1 and 8: the year). */
  groupBy?: keyof Row & string;
  /**
   * What the story prints of a long table, which its page and embed print whole: the years of a
   * trade series whose figures the chapter's prose shows (src/story/excerpts.ts), or the first
   * rows by a column. Without it the story prints every row.
   */
  excerpt?: TableExcerpt<Row>;
}

export type TableExcerpt<Row> =
  | { kind: "years-named"; column: keyof Row & string; direction: Direction }
  | { kind: "top"; column: keyof Row & string; count: number; /** What those rows are, for the line under the excerpt. */ what: Text };

/**
 * A table with its row type checked against its columns, then erased for the registry: TS
 * measures Column<Row> as invariant in Row (through `keyof Row`), so a table of specific rows
 * is not assignable to TableSpec<Record<string, Cell>> though every use of it is safe.
 */
export function defineTable<Row extends Record<string, Cell>>(spec: TableSpec<Row>): TableSpec {
  return spec as unknown as TableSpec;
}

/**
 * A table's id, named after the paper's table and the dataset it prints (`table-4-mainland-films-hk-2022`),
 * and the ids it was published under before (src/tables/previous-ids.json, which the sitemap also reads).
 */
export function tableIds(n: number, dataset: { id: string }): { id: string; previousIds: readonly string[] } {
  const id = `table-${n}-${dataset.id}`;
  return { id, previousIds: (PREVIOUS_IDS as Record<string, string[]>)[id] ?? [] };
}
