/**
 * The one place that finds and launches Chromium, for the end-to-end tests, the bench and the
 * screenshot script (so scripts never import from tests/).
 *
 * Which browser: `CHROMIUM_PATH` if it is set; otherwise, always, the Chromium that the npm
 * package @sparticuz/chromium carries inside itself. Always, not only as a fallback: every
 * machine and every CI run then tests the same build of Chromium, with nothing to install but
 * `npm ci`, and with no system CJK fonts, so the tests see the site's own fonts do the work
 * (as they must for a reader whose device has none).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** Flags this machine needs: no sandbox as root, and no calls home (the network is closed). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

export class BrowserUnavailableError extends Error {
  override name = "BrowserUnavailableError";
}

const HOW_TO_FIX = [
  "How to fix it:",
  "  - run `npm ci` (it installs @sparticuz/chromium, which carries its own Chromium), then try again;",
  "  - or point CHROMIUM_PATH at a Chromium or Chrome you have, e.g. `apt-get install -y chromium` then " +
    "`CHROMIUM_PATH=/usr/bin/chromium npm test`.",
].join("\n");

let resolved: Promise<string> | undefined;

/**
 * The path of the Chromium binary to use, unpacking the npm one on first use. The package
 * unpacks into the temp folder; we give each version its own folder, filled under a private
 * name and renamed into place, so two processes starting at once never run a half-written file.
 */
export function chromiumPath(): Promise<string> {
  resolved ??= (async () => {
    const fromEnv = process.env.CHROMIUM_PATH;
    if (fromEnv) {
      if (!existsSync(fromEnv))
        throw new BrowserUnavailableError(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.\n${HOW_TO_FIX}`);
      return fromEnv;
    }
    const require = createRequire(import.meta.url);
    let version: string;
    try {
      // The package exports no subpaths, so find its package.json from its entry point.
      const entry = require.resolve("@sparticuz/chromium");
      version = (JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { version: string }).version;
    } catch {
      throw new BrowserUnavailableError(
        `No browser: CHROMIUM_PATH is not set and the package @sparticuz/chromium is not installed.\n${HOW_TO_FIX}`,
      );
    }
    const dir = join(tmpdir(), `screens-chromium-${version}`);
    const binary = join(dir, "chromium");
    if (existsSync(binary)) return binary;
    const staging = `${dir}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const previous = process.env.TMPDIR;
    try {
      // The package unpacks into os.tmpdir(), which reads TMPDIR at each call.
      process.env.TMPDIR = staging;
      const { default: Chromium } = await import("@sparticuz/chromium");
      const unpacked = await Chromium.executablePath();
      if (unpacked !== join(staging, "chromium")) throw new Error(`it unpacked to ${unpacked}, not into ${staging}`);
    } catch (e) {
      rmSync(staging, { recursive: true, force: true });
      throw new BrowserUnavailableError(
        `Could not unpack the Chromium in @sparticuz/chromium ${version}: ${(e as Error).message}\n${HOW_TO_FIX}`,
      );
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process got there first
    }
    return binary;
  })();
  // A failure is not cached: the next caller tries again and gets the same clear message.
  resolved.catch(() => (resolved = undefined));
  return resolved;
}

/** `chromium --version`, for reports. */
export async function chromiumVersion(): Promise<string> {
  const path = await chromiumPath();
  const out = spawnSync(path, ["--version"], { encoding: "utf8" });
  return out.stdout?.trim() || `Chromium at ${path}`;
}

/** Launches headless Chromium through playwright-core; a failure says what was tried and how to fix it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await chromiumPath();
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (e) {
    const first = String((e as Error).message)
      .split("\n")
      .slice(0, 6)
      .join("\n");
    throw new BrowserUnavailableError(
      `Chromium at ${executablePath}${process.env.CHROMIUM_PATH ? " (from CHROMIUM_PATH)" : " (from @sparticuz/chromium)"} did not ` +
        `start:\n${first}\n${HOW_TO_FIX}`,
    );
  }
}

/**
 * Opens `url` as a reader's next page finds it: with the site's fonts in the browser's cache. The
 * Latin faces are font-display: optional (src/graphics/fonts.ts), so on a first load that a busy
 * machine slows past the short block period a page keeps its fallbacks to the end; what is measured
 * or pictured in the site's faces loads the page once to fill the cache, then again.
 */
export async function gotoWithFaces(page: Page, url: string, waitUntil: "load" | "networkidle" = "load"): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await page.goto(url, { waitUntil });
  await page.evaluate(() => document.fonts.ready);
}
