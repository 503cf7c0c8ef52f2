import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../data/index.ts";
import { cjkFont } from "../../graphics/fonts.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const font = await cjkFont(getSiteData());
  return [{ params: { file: font.file } }];
};

export const GET: APIRoute = async () => {
  const font = await cjkFont(getSiteData());
  return new Response(new Uint8Array(font.woff2), { headers: { "Content-Type": "font/woff2" } });
};
