/**
/**
 * A graphic's downloads in one language: its rows as CSV (the same bytes in both), the
 * standalone SVG and the 2x PNG with title, source and credit in the language, the 1200x630
 * card, the catalogue's thumbnail (latest only), and the oEmbed response; at /charts/<id>/ from
 * the latest data, at /editions/<edition>/charts/<id>/ from that edition's. Images name the
 * edition they are drawn from; an edition's images carry the notice of each correction of their data.
 */
import Papa from "papaparse";
import { correctionsOf, editionData, getDataEditions, getSiteData, latestEdition } from "../data/index.ts";
import { cardSvg, exportText, standaloneSvg, thumbSvg, toPng } from "../graphics/export-image.ts";
import { correctionUrl, pinnedUrls } from "../graphics/embed-code.ts";
import { oembedFor } from "../graphics/oembed.ts";
import { graphicById } from "../graphics/registry.ts";
import { formatterFor } from "../lib/formatters.ts";
import type { Locale } from "../lib/i18n.ts";
import { messagesFor } from "../lib/messages.ts";

/** `edition` undefined: the latest, whose images are those of the newest edition. */
export async function downloadResponse(
  id: string,
  file: string,
  site: URL | undefined,
  locale: Locale,
  edition?: string,
): Promise<Response> {
  const name = edition ?? latestEdition().name;
  const data = edition ? editionData(edition) : getSiteData();
  const g = graphicById(id);
  // Images, the citation and oEmbed point to the pinned page: the copy stays as it was made.
  const urls = pinnedUrls(g.id, name, site, locale);
  const t = messagesFor(locale);
  const notice = edition
    ? correctionsOf(getDataEditions().editions, edition, g.datasets)
        .map((c) => t.correctedImage(formatterFor(locale).date(c.date), c.name, correctionUrl(c.name, site, locale)))
        .join(" ")
    : "";
  const text = exportText(g, urls.page, locale, data, name, notice || undefined);
  if (file.endsWith(".csv")) {
    // A BOM so spreadsheets read the Chinese titles as UTF-8; CRLF as RFC 4180 asks.
    const csv = "\uFEFF" + Papa.unparse(g.rows(data), { newline: "\r\n" }) + "\r\n";
    return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
  }
  if (file.endsWith(".svg"))
    return new Response(standaloneSvg(g, data, text, locale).svg, { headers: { "Content-Type": "image/svg+xml" } });
  if (file === "thumb.png") {
    const png = await toPng(thumbSvg(g, data, locale), data, locale, 1, { palette: true });
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
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
    return new Response(JSON.stringify(oembedFor(g, data, urls, locale, name), null, 2), {
      headers: { "Content-Type": "application/json" },
    });
  }
  return new Response("Not found", { status: 404 });
}
