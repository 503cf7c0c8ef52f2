/**
 * Character references in the text or an attribute of built HTML, as the HTML parser reads them:
 * the numeric ones and the few names serialisers write (jsdom's for Plot's drawings, Astro's for
 * pages). Any other name is left as written. One decoder for the Latin cuts' text scan
 * (src/lib/latin-fonts.ts), the charts' readouts (src/charts/render.ts) and the bench's search for
 * a chart's title (scripts/bench/reference.ts).
 */
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? whole;
    return String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}
