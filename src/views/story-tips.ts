/**
 * story-tips.json, per edition: the readouts of the marks of every chart the story page draws,
 * keyed "<chart>--<step>" (src/lib/story-keys.ts), in the marks' order. The page carries its
 * drawings with the readouts taken out (Chart.astro, `story`; separateTips in src/charts/render.ts),
 * and the tooltip script (src/client/chart-tips.ts) fetches this once the page has loaded, or as
 * soon as a reader points at or focuses a chart. Without JavaScript it is never asked for.
 */
import { chartById } from "../charts/index.ts";
import { drawingIdBase, RENDER_WIDTHS, renderChartSvg, separateTips, STEP_ID_SUFFIX } from "../charts/render.ts";
import { getSiteData } from "../data/index.ts";
import type { Locale } from "../lib/i18n.ts";
import { storyDrawingKey } from "../lib/story-keys.ts";
import { chartsIn, stepsIn } from "../story/chapter-text.ts";
import { storyChapters } from "../story/chapters.ts";

export async function storyTipsResponse(locale: Locale): Promise<Response> {
  const data = getSiteData();
  const chapters = await storyChapters(locale);
  const tips: Record<string, string[]> = {};
  for (const chapter of chapters) {
    const body = chapter.body ?? "";
    const drawings = [
      ...chartsIn(body).map((chart) => ({ chart, state: "", inStep: false })),
      ...stepsIn(body).map((s) => ({ ...s, inStep: true })),
    ];
    for (const { chart, state, inStep } of drawings) {
      const spec = chartById(chart);
      if (!spec) throw new Error(`${chapter.id}: <Chart id="${chart}"> or <Step chart="${chart}"> names no chart`);
      const step = state || undefined;
      // The story page's own drawing (Chart.astro, `story`, inside Step.astro or not), ids and all,
      // so it is drawn once in the build (renderChartSvg remembers it); the readouts do not depend on the ids.
      const idPrefix = `${drawingIdBase(chart, step, inStep ? STEP_ID_SUFFIX : "")}-n`;
      const svg = renderChartSvg(spec, data, { width: RENDER_WIDTHS.narrow, step, locale, idPrefix, inlineStyle: false });
      const found = separateTips(svg).tips;
      if (found.length > 0) tips[storyDrawingKey(chart, step)] = found;
    }
  }
  return new Response(JSON.stringify(tips), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
