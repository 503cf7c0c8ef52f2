/**
 * Which chapter of the story shows each graphic, read from the chapters' MDX (what the reader
 * sees, so it cannot drift from the story): a graphic belongs to the first chapter that shows it
 * as <Chart id>, <Step chart> or <Table id>, and within a chapter graphics keep the order they
 * first appear in. The gallery groups by it, and the story's lead links to its chart's chapter.
 */

export interface ChapterSource {
  /** The chapter's id in the page (its section's id). */
  slug: string;
  /** The chapter's MDX source. */
  body: string;
}

/** The graphic ids a chapter's MDX shows, in order of first appearance. */
export function graphicIdsIn(body: string): string[] {
  const ids = [...body.matchAll(/<(?:Chart|Table)\s+id="([^"]+)"|<Step\s+chart="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
  return [...new Set(ids)];
}

/**
 * The graphics grouped by chapter, chapters in story order, leaving out chapters with none;
 * `unplaced` holds graphics no chapter shows.
 */
export function graphicsByChapter<G extends { id: string }>(
  chapters: readonly ChapterSource[],
  graphics: readonly G[],
): { groups: { slug: string; index: number; graphics: G[] }[]; unplaced: G[] } {
  const placed = new Set<string>();
  const groups: { slug: string; index: number; graphics: G[] }[] = [];
  chapters.forEach((c, index) => {
    const mine = graphicIdsIn(c.body)
      .filter((id) => !placed.has(id))
      .map((id) => graphics.find((g) => g.id === id))
      .filter((g): g is G => g !== undefined);
    for (const g of mine) placed.add(g.id);
    if (mine.length) groups.push({ slug: c.slug, index, graphics: mine });
  });
  return { groups, unplaced: graphics.filter((g) => !placed.has(g.id)) };
}

/** The chapter that first shows a graphic, or undefined. */
export function chapterOf(chapters: readonly ChapterSource[], id: string): { slug: string; index: number } | undefined {
  const index = chapters.findIndex((c) => graphicIdsIn(c.body).includes(id));
  return index < 0 ? undefined : { slug: chapters[index]!.slug, index };
}

/** A chapter's section id from its content id: "en/01-imports" -> "imports" (the same in both editions). */
export function chapterSlug(contentId: string): string {
  return contentId.replace(/^[^/]+\/\d+-/, "");
}
