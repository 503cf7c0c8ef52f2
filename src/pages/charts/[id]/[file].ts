/** Downloads of one graphic, English edition (src/views/downloads.ts). */
import type { APIRoute } from "astro";
import { downloadPaths } from "../../../views/graphic-paths.ts";
import { downloadResponse } from "../../../views/downloads.ts";

export const getStaticPaths = downloadPaths;
export const GET: APIRoute = ({ params, props, site }) => downloadResponse(props.current as string, params.file!, site, "en");
