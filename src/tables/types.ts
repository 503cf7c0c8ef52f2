/**
 * The contract for the paper's tables, recreated as accessible HTML tables. Like charts, a
 * table is data (rows), configuration (columns) and rendering (the DataTable component).
 */
import type { SiteData } from "../data/load.ts";

export type Cell = string | number | null;

export interface Column<Row> {
  key: keyof Row & string;
  label: string;
  /** Right-aligned, tabular figures, sorted numerically. */
  numeric?: boolean;
  /** Text shown in the cell; defaults to the value, or the missing mark. */
  format?: (value: Row[keyof Row], row: Row) => string;
  /** BCP 47 language of the cell text, e.g. "zh-Hans" for Chinese titles. */
  lang?: string;
  /** This column names the row (rendered as <th scope="row">). */
  rowHeader?: boolean;
}

export interface TableSpec<Row extends Record<string, Cell> = Record<string, Cell>> {
  id: string;
  paperRef: string;
  title: string;
  subtitle: string;
  source: string;
  datasets: string[];
  columns: Column<Row>[];
  rows(data: SiteData): Row[];
  /** The paper's own footnotes under the table, as printed. */
  footnotes: string[];
  /** Our notes: gaps, how cells were read, what the checks found. */
  notes(rows: Row[]): string[];
  /** Long tables get sort buttons (an enhancement: the HTML reads fine without). */
  sortable: boolean;
  /** Rows sharing this column's value form one <tbody>, its value a row-group header (Tables 1 and 8: the year). */
  groupBy?: keyof Row & string;
  describe(rows: Row[]): string;
}
