/** The story's chapters in one edition, in reading order: src/content/story/<locale>/, files numbered 01-, 02-, ... */
import { getCollection, type CollectionEntry } from "astro:content";
import type { Locale } from "../lib/i18n.ts";

export async function storyChapters(locale: Locale): Promise<CollectionEntry<"story">[]> {
  return (await getCollection("story", (c) => c.id.startsWith(`${locale}/`))).sort((a, b) => a.id.localeCompare(b.id));
}
