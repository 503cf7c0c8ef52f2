/**
 * What a chapter of the story (its MDX text) prints, read from the text itself: the story numbers
 * it shows and the scrollytelling steps it goes through. The build derives from these what the
 * story page needs besides the chapter (the years of a table it prints, the drawings its sticky
 * graphic fetches), so a sentence or a step added to a chapter brings its own.
 */

/** The keys of the <Num k="..." /> elements in a chapter, in order of appearance. */
export function numKeysIn(body: string): string[] {
  return [...body.matchAll(/<Num\s+k="([^"]+)"\s*\/>/g)].map((m) => m[1]!);
}

/** The charts a chapter shows in its prose (<Chart id="..." />), outside its scrollytelling steps, in order. */
export function chartsIn(body: string): string[] {
  return [...body.matchAll(/<Chart\s+id="([^"]+)"/g)].map((m) => m[1]!);
}

/** The steps of a chapter's scrollytelling (<Step chart="..." state="...">), in order; state is "" for the full chart. */
export function stepsIn(body: string): { chart: string; state: string }[] {
  return [...body.matchAll(/<Step\s+chart="([^"]+)"(?:\s+state="([^"]*)")?\s*>/g)].map((m) => ({ chart: m[1]!, state: m[2] ?? "" }));
}
