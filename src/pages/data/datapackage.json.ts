import type { APIRoute } from "astro";
import { buildDataPackage } from "../../data/datapackage.ts";
import { dataRoot, getSiteData } from "../../data/index.ts";

export const GET: APIRoute = () => {
  getSiteData(); // never describe data that fail their checks
  return new Response(JSON.stringify(buildDataPackage(dataRoot()), null, 2) + "\n", { headers: { "Content-Type": "application/json" } });
};
