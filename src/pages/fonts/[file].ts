/** The font subsets the pages' @font-face rules name (the Chinese edition's own is written by the build's last step). */
import type { APIRoute, GetStaticPaths } from "astro";
import { allSiteData } from "../../data/index.ts";
import { cjkFont, languageNameFont } from "../../graphics/fonts.ts";

const fonts = async () => [await cjkFont(allSiteData()), await languageNameFont()];

export const getStaticPaths: GetStaticPaths = async () => (await fonts()).map((f) => ({ params: { file: f.file } }));

export const GET: APIRoute = async ({ params }) => {
  const font = (await fonts()).find((f) => f.file === params.file)!;
  return new Response(new Uint8Array(font.woff2), { headers: { "Content-Type": "font/woff2" } });
};
