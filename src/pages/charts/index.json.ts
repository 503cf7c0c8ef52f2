/**
 * /charts/index.json: the catalogue of every chart and table, for tools and CMS plugins: each
 * graphic's latest URLs in both languages, and its URLs pinned to every data edition, with the
 * list of data editions (newest first), which one is the latest, and which are corrections.
 */
import type { APIRoute } from "astro";
import { getSiteData, isPinnedTo, latestEdition, pinnedEditions } from "../../data/index.ts";
import { correctionUrl } from "../../graphics/embed-code.ts";
import { GRAPHICS } from "../../graphics/registry.ts";
import { catalogueEntry } from "../../graphics/oembed.ts";
import { LOCALES } from "../../lib/i18n.ts";
import { absolute } from "../../lib/paths.ts";

export const GET: APIRoute = ({ site }) => {
  const data = getSiteData();
  const editions = pinnedEditions();
  const body = {
    site: absolute("", site),
    embedScript: absolute("embed.js", site),
    latestEdition: latestEdition().name,
    dataEditions: editions.map((e) => ({
      name: e.name,
      date: e.date,
      title: e.title,
      latest: e.name === latestEdition().name,
      correction: e.correction
        ? {
            corrects: e.correction.corrects,
            datasets: e.correction.datasets,
            url: Object.fromEntries(LOCALES.map((l) => [l, correctionUrl(e.name, site, l)])),
          }
        : null,
    })),
    charts: GRAPHICS.map((g) =>
      catalogueEntry(
        g,
        data,
        site,
        editions.filter((e) => isPinnedTo(e.name, g.datasets)).map((e) => e.name),
      ),
    ),
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", { headers: { "Content-Type": "application/json" } });
};
