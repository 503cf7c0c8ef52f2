/**
 * The static paths of the graphics' pages, embeds and downloads, in one place for both
 * editions' routes. A graphic renamed since publication keeps its old id's URLs: its old
 * embed and downloads are the graphic itself, and its old page sends readers on.
 */
import { isPinnedTo, pinnedEditions } from "../data/index.ts";
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
    [...FILES(params.id), ...(params.id === props.current ? ["thumb.png"] : [])].map((file) => ({
      params: { id: params.id, file },
      props,
    })),
  );
}

/** The files a graphic's page offers, for its id (pinned pages too: they have no thumbnail). */
const FILES = (id: string) => [`${id}.csv`, `${id}.svg`, `${id}.png`, "card.png", "oembed.json"];

/**
 * Every graphic pinned to every frozen data edition: /editions/<edition>/charts/<id>/ and
 * /editions/<edition>/embed/<id>/; not to an edition frozen before one of its datasets existed.
 * Only current ids: pinned URLs came after the renames.
 */
export function pinnedPaths(): { params: { edition: string; id: string }; props: { edition: string; current: string } }[] {
  return pinnedEditions().flatMap((e) =>
    GRAPHICS.filter((g) => isPinnedTo(e.name, g.datasets)).map((g) => ({
      params: { edition: e.name, id: g.id },
      props: { edition: e.name, current: g.id },
    })),
  );
}

/** The downloads of every pinned graphic, as on its latest page. */
export function pinnedDownloadPaths(): {
  params: { edition: string; id: string; file: string };
  props: { edition: string; current: string };
}[] {
  return pinnedPaths().flatMap(({ params, props }) => FILES(params.id).map((file) => ({ params: { ...params, file }, props })));
}
