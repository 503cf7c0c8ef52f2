/**
 * Sizes and text measures every chart shares, so a phone and a wide screen get the same rules.
 * Text width is estimated, not measured: charts render at build time with no layout engine.
 */
import { nice } from "d3";

/** Below this drawing width a chart is laid out for a phone: labels above bars, names wrapped, fewer ticks. */
export const NARROW_LAYOUT_BELOW = 480;
/**
 * Class of a text mark drawn over lines (a value label a rule crosses): the page's CSS
 * (global.css) and the image export (graphics/export-image.ts) outline its glyphs in the
 * background colour, so the line stops short of the text. A class, not a stroke colour,
 * because the chart does not know the background: the page has two themes.
 */
export const HALO_CLASS = "halo";
/** Chart text size in px; the renderer sets the same on the <svg>. */
export const FONT_SIZE = 12;
/** Average glyph advance of a system sans-serif, as a share of the font size (errs wide). */
const GLYPH = 0.6;

/** A chart's size and margins in px, what every chart hands to Plot; the bar and line frames add their own measures. */
export interface Frame {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  /** Laid out for a phone (see NARROW_LAYOUT_BELOW). */
  narrow: boolean;
}

/** The size and margins of a frame, as Plot options. */
export function frameOptions(f: Frame): Pick<Frame, "width" | "height" | "marginTop" | "marginRight" | "marginBottom" | "marginLeft"> {
  return {
    width: f.width,
    height: f.height,
    marginTop: f.marginTop,
    marginRight: f.marginRight,
    marginBottom: f.marginBottom,
    marginLeft: f.marginLeft,
  };
}

export function isNarrow(width: number): boolean {
  return width < NARROW_LAYOUT_BELOW;
}

/** CJK characters and full-width forms: about one em wide, where a Latin glyph is about GLYPH. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** Width of one line in ems of the font size. */
function lineEms(line: string): number {
  let n = 0;
  for (const ch of line) n += WIDE.test(ch) ? 1 : GLYPH;
  return n;
}

/** Estimated width in px of a (possibly multi-line) label. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.max(...text.split("\n").map(lineEms)) * fontSize;
}

export function lineCount(text: string): number {
  return text.split("\n").length;
}

/**
 * Breaks a label into lines of at most `maxChars` Latin characters' width: Latin text at spaces
 * (a word longer than that keeps its own line), CJK text between any two characters, never
 * before closing punctuation.
 */
export function wrapLabel(text: string, maxChars: number): string {
  if (WIDE.test(text)) return wrapWide(text, maxChars * GLYPH);
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join("\n");
}

function wrapWide(text: string, maxEms: number): string {
  const units =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f][，。、；：！？」』）》〉]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/gu,
    ) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const unit of units) {
    if (line && lineEms((line + unit).trim()) > maxEms) {
      lines.push(line.trim());
      line = unit.trimStart();
    } else line += unit;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.join("\n");
}

/** Height of a line chart: 0.55 of the width, tall enough on a phone, capped on a wide screen. */
export function lineChartHeight(width: number): number {
  return Math.round(Math.min(420, Math.max(260, 0.55 * width)));
}

/** Upper end of a value axis starting at zero, rounded to a tick. */
export function niceMax(max: number, ticks: number): number {
  return nice(0, max > 0 ? max : 1, ticks)[1];
}

/** Value-axis tick count for a width. */
export function valueTicks(width: number): number {
  return isNarrow(width) ? 4 : 6;
}

/**
 * Year ticks from the data, counted back from the latest year, so the newest year always has a
 * tick whatever year the series ends in; thinned to what fits `plotWidth`.
 */
export function yearTicks(years: readonly number[], plotWidth: number): number[] {
  if (years.length === 0) return [];
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const fit = Math.max(2, Math.floor(plotWidth / 44)); // a four-digit year needs about 44 px with its gap
  const step = Math.max(1, Math.ceil((last - first + 1) / fit));
  const ticks: number[] = [];
  for (let y = last; y >= first; y -= step) ticks.unshift(y);
  return ticks;
}

/** The span of the rows' years: "2011–2022", or "2022" for one year. */
export function yearSpan(rows: readonly { year: number }[]): string {
  const years = rows.map((r) => r.year);
  if (years.length === 0) return "";
  const [a, b] = [Math.min(...years), Math.max(...years)];
  return a === b ? String(a) : `${a}–${b}`;
}
