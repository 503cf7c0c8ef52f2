/**
 * Every figure and table of the paper as one list of graphics, each with a stable id: what
 * chart pages, embeds, downloads and the catalogue iterate over. Charts come from
 * src/charts/index.ts, tables from src/tables/index.ts; both implement the same contract
 * (src/lib/graphic-spec.ts) and differ by `kind`.
 */
import { CHARTS } from "../charts/index.ts";
import type { ChartSpec } from "../charts/types.ts";
import { TABLES } from "../tables/index.ts";
import type { TableSpec } from "../tables/types.ts";
import type { SiteData } from "../data/load.ts";
import type { GraphicSpec } from "../lib/graphic-spec.ts";
import type { Locale } from "../lib/i18n.ts";
import { wordsFor, type Words } from "../data/words.ts";

export type Graphic = ChartSpec | TableSpec;

export const GRAPHICS: readonly Graphic[] = [...CHARTS, ...TABLES];

export function graphicById(id: string): Graphic {
  const g = GRAPHICS.find((x) => x.id === id);
  if (!g) throw new Error(`No chart or table with id "${id}"`);
  return g;
}

/** The graphic an old id now belongs to: its URLs are kept so published embeds and images keep working. */
export function graphicByPreviousId(id: string): Graphic | undefined {
  return GRAPHICS.find((g) => g.previousIds?.includes(id));
}

/** The description of what a graphic shows, from its rows: for catalogues, previews and alt text. */
export function graphicDescription(g: Graphic, data: SiteData, locale: Locale): string {
  return ofOwnRows(g, data, wordsFor(data, locale)).description;
}

/**
 * The subtitle as every copy of the graphic prints it (page, embed, image): its units, then
 * the period its rows cover, so an added year shows up without an edit.
 */
export function graphicSubtitle(g: Graphic, data: SiteData, locale: Locale): string {
  const words = wordsFor(data, locale);
  const period = ofOwnRows(g, data, words).period;
  return `${words.pick(g.subtitle)}${period ? `${locale === "en" ? ", " : "，"}${period}` : ""}`;
}

/** The notes on a graphic's rows (gaps, caveats). */
export function graphicNotes(g: Graphic, data: SiteData, locale: Locale): readonly string[] {
  return ofOwnRows(g, data, wordsFor(data, locale)).notes;
}

type OwnWords = { description: string; notes: readonly string[]; period: string | undefined };
/**
 * Made once per data, words and graphic: every copy of a graphic (page, embed, image, card,
 * thumbnail, pinned copies) asks for its subtitle, and each ask wrote the description and notes
 * too (1.5 s of a build with 100x the years went to subtitles).
 */
const ownWords = new WeakMap<SiteData, WeakMap<Words, WeakMap<object, OwnWords>>>();

/** A graphic's words about its own rows; generic, so TS sees a chart's rows go back to the chart. */
function ofOwnRows<Row>(g: GraphicSpec<SiteData, Row, Words>, data: SiteData, words: Words): OwnWords {
  let byWords = ownWords.get(data);
  if (!byWords) ownWords.set(data, (byWords = new WeakMap()));
  let byGraphic = byWords.get(words);
  if (!byGraphic) byWords.set(words, (byGraphic = new WeakMap()));
  let own = byGraphic.get(g);
  if (!own) {
    const rows = g.rows(data);
    own = { description: g.describe(rows, words), notes: g.notes(rows, words), period: g.period?.(rows, words) };
    byGraphic.set(g, own);
  }
  return own;
}
