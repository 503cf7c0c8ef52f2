/**
 * The widths every chart is drawn at, and the widths it is shown at. Plot sets chart type at
 * CHART_TYPE_PX (12 px) in the drawing; the SVG then scales with its box, and its type with it. Each drawing is
 * shown only where that keeps the type between about 10.5 and 15 px: the narrow one from a
 * phone's column up to 1.25 times its width, the wide one from 0.88 times its width (where the
 * container switches to it) up to 1.25 times. Between the two the narrow drawing stops growing
 * and leaves the rest of the column empty, rather than set its tick labels larger than the
 * chart's title, as a 680 px drawing stretched across a 1,120 px column did.
 *
 * No dependencies, so the story's script (client/scrolly.ts) can share the switch. The CSS that
 * applies these (Chart.astro) writes them as literals; design.test.ts measures the type shown.
 */

/** The chart type's size in the drawing, px (render.ts sets it on every SVG). */
export const CHART_TYPE_PX = 12;

/** The phone's column and the desktop's; the exported SVG and PNG use the wide one. */
export const RENDER_WIDTHS = { narrow: 340, wide: 680 } as const;

/** The container width (rem) from which the wide drawing is shown: 600 px, 0.88 of its width. */
export const WIDE_FROM_REM = 37.5;

/** The most a drawing is enlarged: CHART_TYPE_PX type shown at 15 px. Chart.astro's max-widths (26.5rem, 53rem). */
export const MAX_TYPE_SCALE = 1.25;
