/**
 * A graphic's downloads in one edition: its rows as CSV (the same bytes in both editions), the
 * standalone SVG and the 2x PNG with title, source and credit in the edition's language, the
 * 1200x630 card, the catalogue's thumbnail, and the oEmbed response.
 */
import Papa from "papaparse";
import { getSiteData } from "../data/index.ts";
import { cardSvg, exportText, standaloneSvg, thumbSvg, toPng } from "../graphics/export-image.ts";
import { graphicUrls } from "../graphics/embed-code.ts";
import { oembedFor } from "../graphics/oembed.ts";
import { graphicById } from "../graphics/registry.ts";
import type { Locale } from "../lib/i18n.ts";

export async function downloadResponse(id: string, file: string, site: URL | undefined, locale: Locale): Promise<Response> {
  const data = getSiteData();
  const g = graphicById(id);
  const urls = graphicUrls(g.id, site, locale);
  const text = exportText(g, urls.page, locale, data);
  if (file.endsWith(".csv")) {
    // A BOM so spreadsheets read the Chinese titles as UTF-8; CRLF as RFC 4180 asks.
    const csv = "\uFEFF" + Papa.unparse(g.rows(data), { newline: "\r\n" }) + "\r\n";
    return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
  }
  if (file.endsWith(".svg"))
    return new Response(standaloneSvg(g, data, text, locale).svg, { headers: { "Content-Type": "image/svg+xml" } });
  if (file === "thumb.png") {
    return new Response(new Uint8Array(await toPng(thumbSvg(g, data, locale), data, locale)), { headers: { "Content-Type": "image/png" } });
  }
  if (file === "card.png") {
    return new Response(new Uint8Array(await toPng(cardSvg(g, data, text, locale), data, locale)), {
      headers: { "Content-Type": "image/png" },
    });
  }
  if (file.endsWith(".png")) {
    const png = await toPng(standaloneSvg(g, data, text, locale).svg, data, locale, 2);
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
  }
  if (file === "oembed.json") {
    return new Response(JSON.stringify(oembedFor(g, data, urls, locale), null, 2), { headers: { "Content-Type": "application/json" } });
  }
  return new Response("Not found", { status: 404 });
}
