/**
 * The Frictionless Data Package descriptor for every CSV, generated from the same schemas the
 * loaders use, so it cannot drift from them. Served at /data/datapackage.json.
 */
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { PAPER } from "../site.ts";
import { datasetFiles } from "./dataset.ts";
import { DATASETS } from "./registry.ts";
import { toTableSchema } from "./schema.ts";
import { listTradeYears } from "./trade.ts";

export const LICENCE_NOTE =
  "The figures are transcribed from the cited paper and its sources (Create Hong Kong, the Hong Kong Film Industry Compendium 2022, " +
  "TVB schedules, and a China Daily report); their rights stay with those publishers. This transcription and its checks are offered " +
  "for reuse with attribution to the paper and this site.";

export function buildDataPackage(root: string): object {
  const resources = DATASETS.flatMap((meta) =>
    datasetFiles(root, meta).map((path) => {
      const bytes = readFileSync(join(root, path));
      const name = meta.kind === "file" ? meta.id : `${meta.id}-${path.match(/(\d{4})\.csv$/)![1]}`;
      return {
        name,
        ...(meta.kind === "yearly" ? { group: meta.id } : {}),
        // Relative to the descriptor, which sits in /data/ on the site as data/ does in the repo.
        path: path.replace(/^data\//, ""),
        title: meta.title.en,
        description: meta.description.en,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: bytes.length,
        hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
        sources: [
          { title: `${meta.source.reference.en}, p. ${meta.source.page}: ${meta.source.document}`, path: PAPER.url },
          { title: meta.source.publisher.en },
        ],
        dialect: { delimiter: ",", header: true, doubleQuote: true },
        schema: toTableSchema(meta.schema, { primaryKey: [...meta.primaryKey] }),
      };
    }),
  );
  // The span follows the files, so a new year's data never leaves a stale title behind.
  const years = listTradeYears(root, "imports").years;
  const span = years.length ? `, ${years[0]}-${years.at(-1)}` : "";
  return {
    profile: "tabular-data-package",
    name: "hk-mainland-screen-trade",
    title: `Film and television trade between Hong Kong and Mainland China${span}`,
    description: "Every table of the paper, and the figures its text states, transcribed and checked.",
    sources: [{ title: `${PAPER.citation}, doi:${PAPER.doi}`, path: PAPER.url }],
    licenses: [{ name: "other-attribution", title: LICENCE_NOTE }],
    resources,
  };
}
