/** The preview server (`npm run preview`, which the other end-to-end tests use) serves the build as production hosts do. */
import { inject } from "vitest";
import { describeServing } from "./serving.ts";

describeServing(
  "preview server",
  () => inject("distDir"),
  () => inject("baseUrl"),
  { brotli: true },
);
