/**
 * story-wide.json, per edition: the wide drawing of every step of the story's scrollytelling,
 * keyed "<chart>--<state>". The story page carries each chart once, drawn narrow; on a wide
 * screen the scrollytelling script (src/client/scrolly.ts) fetches this file and shows these in
 * the sticky graphic. Without JavaScript, or on a phone, it is never asked for.
 */
import { chartById } from "../charts/index.ts";
import { storyWideSvg } from "../charts/render.ts";
import { getSiteData } from "../data/index.ts";
import type { Locale } from "../lib/i18n.ts";
import { storyDrawingKey } from "../lib/story-keys.ts";
import { stepsIn } from "../story/chapter-text.ts";
import { storyChapters } from "../story/chapters.ts";

export async function storyWideResponse(locale: Locale): Promise<Response> {
  const data = getSiteData();
  const chapters = await storyChapters(locale);
  const drawings: Record<string, string> = {};
  for (const chapter of chapters)
    for (const { chart, state } of stepsIn(chapter.body ?? "")) {
      const spec = chartById(chart);
      if (!spec) throw new Error(`${chapter.id}: <Step chart="${chart}"> names no chart`);
      drawings[storyDrawingKey(chart, state || undefined)] = storyWideSvg(spec, data, state || undefined, locale);
    }
  return new Response(JSON.stringify(drawings), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
