/** Downloads of one graphic pinned to a data edition, Hong Kong Chinese edition (src/views/downloads.ts). */
import type { APIRoute } from "astro";
import { pinnedDownloadPaths } from "../../../../../../views/graphic-paths.ts";
import { downloadResponse } from "../../../../../../views/downloads.ts";

export const getStaticPaths = pinnedDownloadPaths;
export const GET: APIRoute = ({ params, props, site }) =>
  downloadResponse(props.current as string, params.file!, site, "zh-hk", props.edition as string);
