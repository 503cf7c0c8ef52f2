import { defineConfig } from "vitest/config";

// Two projects: fast unit tests on data and charts, and end-to-end tests that build the site
// and drive headless Chromium (npm test runs the unit lane first). Time zone pinned so dates never depend on the machine.
process.env.TZ = "UTC";
process.env.ASTRO_TELEMETRY_DISABLED = "1";

export default defineConfig({
  test: {
    // The JSON reports (one per lane, named by the npm scripts) let CI print a plain "N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: ".build/test-results.json" },
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "**/node_modules/**"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          globalSetup: ["tests/e2e/global-setup.ts"],
        },
      },
    ],
  },
});
