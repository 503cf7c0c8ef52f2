/** The registry of the paper's tables, in paper order. */
import { TABLE_2, TABLE_3, TABLE_4, TABLE_7 } from "./films.ts";
import { TABLE_1, TABLE_8 } from "./trade.ts";
import { TABLE_5, TABLE_6 } from "./tv.ts";
import type { TableSpec } from "./types.ts";

export const TABLES: readonly TableSpec[] = [TABLE_1, TABLE_2, TABLE_3, TABLE_4, TABLE_5, TABLE_6, TABLE_7, TABLE_8];

export function tableById(id: string): TableSpec {
  const t = TABLES.find((x) => x.id === id);
  if (!t) throw new Error(`No table with id "${id}"`);
  return t;
}
