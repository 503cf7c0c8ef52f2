/**
 * The static paths of the graphics' pages, embeds and downloads, in one place for both
 * editions' routes. A graphic renamed since publication keeps its old id's URLs: its old
 * embed and downloads are the graphic itself, and its old page sends readers on.
 */
import { GRAPHICS } from "../graphics/registry.ts";

/** Every graphic's id, then every previous id with the id it now has. */
export function graphicPaths(): { params: { id: string }; props: { current: string } }[] {
  return GRAPHICS.flatMap((g) => [g.id, ...(g.previousIds ?? [])].map((id) => ({ params: { id }, props: { current: g.id } })));
}

/**
 * The files of a graphic's page: <id>.csv, <id>.svg, <id>.png (2x), card.png (1200x630),
 * oembed.json, and under its current id thumb.png, the catalogue's thumbnail (no published
 * link names it under an old id).
 */
export function downloadPaths(): { params: { id: string; file: string }; props: { current: string } }[] {
  return graphicPaths().flatMap(({ params, props }) =>
    [
      `${params.id}.csv`,
      `${params.id}.svg`,
      `${params.id}.png`,
      "card.png",
      "oembed.json",
      ...(params.id === props.current ? ["thumb.png"] : []),
    ].map((file) => ({
      params: { id: params.id, file },
      props,
    })),
  );
}
