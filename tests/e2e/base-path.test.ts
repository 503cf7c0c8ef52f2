/**
 * The site built for another host and a sub-path (SITE_URL + BASE_PATH): every page, asset,
 * catalogue entry, oEmbed and embed URL is absolute and correct for it, and resolves.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteHandler } from "../../scripts/lib/site-server.ts";

const BASE = "/news/graphics/hk-screens/";
const OUT = ".build/test-dist-base";
let server: Server;
let origin = "";

beforeAll(async () => {
  server = createServer(siteHandler(OUT, BASE));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const built = spawnSync(process.execPath, ["scripts/build.ts", "--out", OUT], {
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", SITE_URL: origin, BASE_PATH: BASE },
  });
  if (built.status !== 0) throw new Error(built.stdout + built.stderr);
}, 300_000);
afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  rmSync(OUT, { recursive: true, force: true });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith(".html") ? [p] : [];
  });
}

describe(`built under ${BASE}`, () => {
  it("every catalogue URL is absolute under the base and resolves", async () => {
    type Urls = { page: string; embed: string; oembed: string; image: string; downloads: Record<string, string> };
    const cat = (await (await fetch(`${origin}${BASE}charts/index.json`)).json()) as {
      embedScript: string;
      latestEdition: string;
      charts: (Urls & { pinned: Record<string, Record<string, Urls>> })[];
    };
    expect(cat.charts.length).toBeGreaterThan(10);
    const all = (c: Urls) => [c.page, c.embed, c.oembed, c.image, ...Object.values(c.downloads)];
    const pinned = cat.charts.flatMap((c) => Object.values(c.pinned).flatMap((byLocale) => Object.values(byLocale).flatMap(all)));
    expect(pinned.length).toBeGreaterThan(cat.charts.length);
    const urls = [cat.embedScript, ...cat.charts.flatMap(all), ...pinned];
    for (const u of urls) {
      expect(u.startsWith(`${origin}${BASE}`), u).toBe(true);
      expect((await fetch(u)).status, u).toBe(200);
    }
    const oembed = (await (await fetch(cat.charts[0]!.oembed)).json()) as { html: string };
    // A chart page's oEmbed is pinned to the newest data edition.
    expect(oembed.html).toContain(`${origin}${BASE}editions/${cat.latestEdition}/embed/`);
    expect(oembed.html).toContain(`${origin}${BASE}embed.js`);
  });

  it("every root-relative link and asset in every page starts with the base and resolves", async () => {
    const checked = new Set<string>();
    for (const file of htmlFiles(OUT)) {
      const html = readFileSync(file, "utf8");
      for (const m of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)) {
        const path = m[1]!;
        expect(path.startsWith(BASE), `${relative(OUT, file)} links ${path}`).toBe(true);
        if (checked.has(path)) continue;
        checked.add(path);
        expect((await fetch(origin + path)).status, `${relative(OUT, file)} -> ${path}`).toBe(200);
      }
    }
    expect(checked.size).toBeGreaterThan(20);
  });
});
