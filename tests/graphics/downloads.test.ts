/**
 * The download route's responses (src/views/downloads.ts), which the build writes as files:
 * each file of a graphic's page, with its type, in each edition.
 */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { THUMB, cardSvg, exportText, standaloneSvg, thumbSvg } from "../../src/graphics/export-image.ts";
import { downloadPaths } from "../../src/views/graphic-paths.ts";
import { pinnedUrls } from "../../src/graphics/embed-code.ts";
import { checkEditions } from "../../src/data/editions.ts";
import { ROOT } from "../charts/helpers.ts";
import { oembedFor } from "../../src/graphics/oembed.ts";
import { GRAPHICS } from "../../src/graphics/registry.ts";
import { LOCALES } from "../../src/lib/i18n.ts";
import { downloadResponse } from "../../src/views/downloads.ts";
import { SITE, siteData } from "./helpers.ts";

const data = siteData();
// One chart and one table per edition: every graphic's files are made by the same calls.
const some = LOCALES.flatMap((locale) =>
  (["chart", "table"] as const).map((kind) => {
    const g = GRAPHICS.find((x) => x.kind === kind)!;
    return [`${g.id} (${locale})`, g, locale] as const;
  }),
);

const pngSize = (b: Buffer): [number, number] => [b.readUInt32BE(16), b.readUInt32BE(20)];
/** The data edition the real data are. */
const ED = checkEditions(ROOT, { load: false }).latest!.name;

describe.each(some)("the downloads of %s", (_n, g, locale) => {
  // Images and oEmbed are of the data's edition, pointing to the page pinned to it.
  const urls = pinnedUrls(g.id, ED, SITE, locale);
  const text = exportText(g, urls.page, locale, data, ED);
  const get = (file: string) => downloadResponse(g.id, file, SITE, locale);

  it("the CSV is the rows, UTF-8 with a BOM, CRLF, one line per row, the same in both editions", async () => {
    const res = await get(`${g.id}.csv`);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // Read the bytes: Response.text() drops a BOM.
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1).trimEnd(), { header: true, newline: "\r\n" });
    const rows = g.rows(data) as Record<string, unknown>[];
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(Object.keys(rows[0]!));
    expect(parsed.data).toHaveLength(rows.length);
    const other = await (await downloadResponse(g.id, `${g.id}.csv`, SITE, locale === "en" ? "zh-hk" : "en")).arrayBuffer();
    expect(Buffer.from(other).equals(bytes)).toBe(true);
  });

  it("the SVG is the standalone image of the edition", async () => {
    const res = await get(`${g.id}.svg`);
    expect(res.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(await res.text()).toBe(standaloneSvg(g, data, text, locale).svg);
  });

  it("the PNG is the standalone image at 2x, card.png the 1200x630 card", async () => {
    const svg = standaloneSvg(g, data, text, locale);
    const png = await get(`${g.id}.png`);
    expect(png.headers.get("Content-Type")).toBe("image/png");
    expect(pngSize(Buffer.from(await png.arrayBuffer()))).toEqual([2 * svg.width, 2 * svg.height]);
    const card = await get("card.png");
    expect(card.headers.get("Content-Type")).toBe("image/png");
    expect(cardSvg(g, data, text, locale)).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(pngSize(Buffer.from(await card.arrayBuffer()))).toEqual([1200, 630]);
  });

  it("thumb.png is the catalogue's thumbnail: the graphic alone, no title, at THUMB's size", async () => {
    const res = await get("thumb.png");
    expect(res.headers.get("Content-Type")).toBe("image/png");
    expect(pngSize(Buffer.from(await res.arrayBuffer()))).toEqual([THUMB.width, THUMB.height]);
    const svg = thumbSvg(g, data, locale);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${THUMB.width}" height="${THUMB.height}"`));
    // The card beside it prints the title; the thumbnail does not draw it (the inner SVG's <title> and <desc> are not drawn).
    const drawn = svg.replace(/<(title|desc)\b[^>]*>[^<]*<\/\1>/g, "");
    expect(drawn).not.toContain(`>${text.title}<`);
    expect(drawn).not.toContain(text.source);
  });

  it("oembed.json is the oEmbed response, as JSON", async () => {
    const res = await get("oembed.json");
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(JSON.parse(await res.text())).toEqual(oembedFor(g, data, urls, locale, ED));
  });

  it("pinned to the newest edition, every file is the latest's, byte for byte: the same data, the same image", async () => {
    for (const file of [`${g.id}.csv`, `${g.id}.svg`, `${g.id}.png`, "card.png", "oembed.json"]) {
      const latest = Buffer.from(await (await get(file)).arrayBuffer());
      const pinned = Buffer.from(await (await downloadResponse(g.id, file, SITE, locale, ED)).arrayBuffer());
      expect(pinned.equals(latest), file).toBe(true);
    }
  });

  it("any other file is not found", async () => {
    expect((await get("nothing.txt")).status).toBe(404);
  });
});

describe("the files a graphic's page lists", () => {
  it("are made for every id, and the thumbnail only under the current one (nothing links an old id's thumbnail)", () => {
    const paths = downloadPaths();
    for (const g of GRAPHICS) {
      const files = paths.filter((p) => p.params.id === g.id).map((p) => p.params.file);
      expect(files.sort()).toEqual([`${g.id}.csv`, `${g.id}.png`, `${g.id}.svg`, "card.png", "oembed.json", "thumb.png"].sort());
      for (const old of g.previousIds ?? []) {
        const oldFiles = paths.filter((p) => p.params.id === old);
        expect(oldFiles.map((p) => p.params.file)).not.toContain("thumb.png");
        expect(oldFiles.every((p) => p.props.current === g.id)).toBe(true);
      }
    }
  });
});
