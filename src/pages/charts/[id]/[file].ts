/** Downloads of one graphic: <id>.csv (its rows), <id>.svg and <id>.png (2x), card.png (1200x630), oembed.json. */
import Papa from "papaparse";
import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../../data/index.ts";
import { cardSvg, exportText, standaloneSvg, toPng } from "../../../graphics/export-image.ts";
import { graphicUrls } from "../../../graphics/embed-code.ts";
import { GRAPHICS, graphicById } from "../../../graphics/registry.ts";
import { oembedFor } from "../../../graphics/oembed.ts";

export const getStaticPaths: GetStaticPaths = () =>
  GRAPHICS.flatMap((g) =>
    [`${g.id}.csv`, `${g.id}.svg`, `${g.id}.png`, "card.png", "oembed.json"].map((file) => ({ params: { id: g.id, file } })),
  );

export const GET: APIRoute = async ({ params, site }) => {
  const data = getSiteData();
  const g = graphicById(params.id!);
  const urls = graphicUrls(g.id, site);
  const text = exportText(g, urls.page);
  const file = params.file!;
  if (file.endsWith(".csv")) {
    // A BOM so spreadsheets read the Chinese titles as UTF-8; CRLF as RFC 4180 asks.
    const csv = "\uFEFF" + Papa.unparse(g.rows(data), { newline: "\r\n" }) + "\r\n";
    return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
  }
  if (file.endsWith(".svg")) return new Response(standaloneSvg(g, data, text).svg, { headers: { "Content-Type": "image/svg+xml" } });
  if (file === "card.png")
    return new Response(new Uint8Array(await toPng(cardSvg(g, data, text), data)), { headers: { "Content-Type": "image/png" } });
  if (file.endsWith(".png"))
    return new Response(new Uint8Array(await toPng(standaloneSvg(g, data, text).svg, data, 2)), {
      headers: { "Content-Type": "image/png" },
    });
  if (file === "oembed.json")
    return new Response(JSON.stringify(oembedFor(g, data, urls), null, 2), { headers: { "Content-Type": "application/json" } });
  return new Response("Not found", { status: 404 });
};
