/**
 * The contract every figure and table of the paper implements, whether it is drawn as a chart
 * (src/charts/) or printed as a table (src/tables/): what it is, where it comes from, the rows
 * it shows (which are also its CSV download) and the words about them, in each edition. Pages,
 * embeds, exports and the catalogue need nothing else, so they treat the two kinds alike.
 * Generic over the data it is made from and the words of an edition, so this leaf imports
 * nothing of the site; src/charts and src/tables fill in SiteData and Words.
 */
import type { Locale, Localized } from "./i18n.ts";

/** Text of a graphic in each edition. */
export type Text = Localized;

export function textIn(t: Text, locale: Locale): string {
  return t[locale];
}

export interface GraphicSpec<Data, Row, Words> {
  /** Kebab-case id: the file name, the URL slug (/charts/<id>/) and the name of its downloads. */
  id: string;
  /** Ids the graphic was published under before; their pages, embeds and downloads keep working. */
  previousIds?: readonly string[];
  /** What it recreates in the paper: "Figure 1", "Table 8" (and 圖1, 表8). */
  paperRef: Text;
  /** The paper's own title (in Chinese, translated). */
  title: Text;
  /** Units and what is measured; the period comes from `period`, so a new year needs no edit here. */
  subtitle: Text;
  /** The period the rows cover ("2011–2022"), computed so added years show up; printed after the subtitle. */
  period?(rows: Row[], words: Words): string;
  /** Source line: the paper's table or figure and the original publisher. */
  source: Text;
  /** Ids of the datasets it draws on. */
  datasets: readonly string[];
  /** The rows it shows; also what its CSV download contains (the same in both editions). */
  rows(data: Data): Row[];
  /** Notes on missing data and caveats, computed from the rows. */
  notes(rows: Row[], words: Words): string[];
  /** A text description for screen readers, catalogues and link previews, computed from the rows. */
  describe(rows: Row[], words: Words): string;
}
