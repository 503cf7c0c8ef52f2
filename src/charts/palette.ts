/**
 * One colour per place (data/places.csv), the same in every chart. Every colour is a mid-tone
 * with relative luminance between 0.13 and 0.29, so it keeps at least 3:1 contrast against both
 * the light page (#fdfcf9) and the dark one (#16181d); tests/charts/palette.test.ts checks this,
 * and that the pairs the story compares stay apart under simulated colour blindness.
 */

/** Grey for everything that is not a named place (“Other foreign-language”, illegible places). */
export const OTHER_COLOUR = "#868686";

export const PLACE_COLOURS = {
  // The three the story compares most: vermilion, blue and teal stay apart for protan, deutan and tritan viewers.
  "mainland-china": "#d1452f",
  japan: "#4a6ee0",
  "taiwan-china": "#0e8a8a",
  "hong-kong-china": "#b4469a",
  "macao-china": "#b26b12",
  // Gold, not violet: the US sits next to Japan in the film charts, and violet merges with blue for protan viewers.
  usa: "#9c7a14",
  "south-korea": "#8458c4",
  singapore: "#5b8c2a",
  malaysia: "#a0623a",
  ireland: "#2f8f57",
  germany: "#6d7fa6",
  brazil: "#7f8f1c",
  netherlands: "#d05a4f",
  "north-america": "#a34e6a",
  australia: "#2c86b5",
  "new-zealand": "#5f8f6f",
  "united-kingdom": "#9b6fb8",
  other: OTHER_COLOUR,
} as const satisfies Record<string, string>;

export type PlaceColourKey = keyof typeof PLACE_COLOURS;

/** The colour of a place id; null (an illegible or grouped place) and unknown ids get the “other” grey. */
export function placeColour(id: string | null | undefined): string {
  if (id == null) return OTHER_COLOUR;
  return Object.hasOwn(PLACE_COLOURS, id) ? PLACE_COLOURS[id as PlaceColourKey] : OTHER_COLOUR;
}
