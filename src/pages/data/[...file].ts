/** Serves every CSV under data/ at the same path under /data/, byte for byte. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { datasetFiles } from "../../data/dataset.ts";
import { DATASETS, dataRoot, getSiteData } from "../../data/index.ts";

export const getStaticPaths: GetStaticPaths = () => {
  getSiteData();
  const root = dataRoot();
  return DATASETS.flatMap((meta) => datasetFiles(root, meta)).map((path) => ({
    params: { file: path.replace(/^data\//, "") },
    props: { path },
  }));
};

export const GET: APIRoute = ({ props }) => {
  const bytes = readFileSync(join(dataRoot(), props.path as string));
  return new Response(bytes, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
