/**
 * The contract every figure and table of the paper implements, whether it is drawn as a chart
 * (src/charts/) or printed as a table (src/tables/): what it is, where it comes from, the rows
 * it shows (which are also its CSV download) and the words about them. Pages, embeds, exports
 * and the catalogue need nothing else, so they treat the two kinds alike. Generic over the data
 * it is made from, so this leaf imports nothing; src/charts and src/tables fill in SiteData.
 */
export interface GraphicSpec<Data, Row> {
  /** Kebab-case id: the file name, the URL slug (/charts/<id>/) and the name of its downloads. */
  id: string;
  /** Ids the graphic was published under before; their pages, embeds and downloads keep working. */
  previousIds?: readonly string[];
  /** What it recreates in the paper: "Figure 1", "Table 8". */
  paperRef: string;
  /** The paper's own title, as printed. */
  title: string;
  /** Units and what is measured; the period comes from `period`, so a new year needs no edit here. */
  subtitle: string;
  /** The period the rows cover ("2011–2022"), computed so added years show up; printed after the subtitle. */
  period?(rows: Row[]): string;
  /** Source line: the paper's table or figure and the original publisher. */
  source: string;
  /** Ids of the datasets it draws on. */
  datasets: readonly string[];
  /** The rows it shows; also what its CSV download contains. */
  rows(data: Data): Row[];
  /** Notes on missing data and caveats, computed from the rows. */
  notes(rows: Row[]): string[];
  /** A text description for screen readers, catalogues and link previews, computed from the rows. */
  describe(rows: Row[]): string;
}
