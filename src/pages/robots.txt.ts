/** robots.txt: everything may be crawled; the sitemap lists the pages worth indexing. */
import type { APIRoute } from "astro";
import { absolute } from "../lib/paths.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute("sitemap-index.xml", site)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
