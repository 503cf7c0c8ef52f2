/**
 * Checks that Chromium starts, then builds the site once (the real build, through
 * scripts/build.ts) and serves it on a free localhost port for every end-to-end test file.
 */
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { siteHandler } from "../../scripts/lib/site-server.ts";
import { chromiumPath, launchChromium } from "../../scripts/lib/browser.ts";

export const TEST_DIST = ".build/test-dist";
let server: Server | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.cwd();
  // One clear failure here, before the build, rather than a launch error in every test file.
  const browser = await launchChromium();
  await browser.close();
  // The test files' processes inherit the resolved path and skip the lookup.
  process.env.CHROMIUM_PATH = await chromiumPath();
  // Listen first: the build needs the port, since embed codes and downloads use absolute URLs.
  server = createServer(siteHandler(join(root, TEST_DIST), "/"));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const built = spawnSync(process.execPath, [join(root, "scripts/build.ts"), "--out", TEST_DIST], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", SITE_URL: `http://127.0.0.1:${port}`, BASE_PATH: "/" },
  });
  if (built.status !== 0) throw new Error(`Site build failed:\n${built.stdout}\n${built.stderr}`);
  project.provide("baseUrl", `http://127.0.0.1:${port}/`);
  project.provide("distDir", join(root, TEST_DIST));
  return async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}
