/**
 * The key of a chart's drawing in a step of the story: "<chart>--<step>", or "<chart>--" for the
 * full chart. story-wide.json holds the wide drawings under it and story-tips.json the narrow
 * drawings' readouts; the story's figures and steps carry the chart and step they draw, and the
 * browser scripts (src/client/scrolly.ts, src/client/chart-tips.ts) look them up with this.
 */
export function storyDrawingKey(chart: string, step: string | undefined): string {
  return `${chart}--${step ?? ""}`;
}
