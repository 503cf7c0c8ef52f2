/** /charts/index.json: the catalogue of every chart and table, for tools and CMS plugins. */
import type { APIRoute } from "astro";
import { getSiteData } from "../../data/index.ts";
import { GRAPHICS } from "../../graphics/registry.ts";
import { catalogueEntry } from "../../graphics/oembed.ts";
import { absolute } from "../../lib/paths.ts";

export const GET: APIRoute = ({ site }) => {
  const data = getSiteData();
  const body = {
    site: absolute("", site),
    embedScript: absolute("embed.js", site),
    charts: GRAPHICS.map((g) => catalogueEntry(g, data, site)),
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", { headers: { "Content-Type": "application/json" } });
};
