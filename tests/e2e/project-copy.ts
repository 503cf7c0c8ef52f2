/**
 * A temporary copy of the project, as a fresh clone holds it, for end-to-end tests that change
 * the data and rebuild (maintainer.test.ts, data-editions.test.ts): the copy, a hash of every file
 * under a folder (to show a failed build changed nothing), and the project's scripts run in it
 * as a maintainer runs them.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * What a fresh clone holds: everything but installed and built things. node_modules is linked,
 * entry by entry, so Astro's and Vite's caches stay in the copy.
 */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const skip = new Set(["node_modules", "dist", ".build", ".astro", ".git", "bench/out"]);
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !skip.has(relative(ROOT, src).split("\\").join("/")) });
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if ([".vite", ".astro", ".cache"].includes(name)) continue;
    symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  return dir;
}

/** Every file and folder under `dir`, with a hash of each file's bytes. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p);
      if (statSync(p).isDirectory()) {
        out[rel + "/"] = "dir";
        walk(p);
      } else out[rel] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** A script of the project run in `project` as a maintainer runs it: a clean environment, not the test runner's. */
export function runScript(
  project: string,
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): { code: number | null; out: string; ms: number } {
  const ours = ([k]: [string, unknown]) => !k.startsWith("VITEST") && k !== "NODE_ENV" && k !== "TEST";
  const clean = Object.fromEntries(Object.entries(process.env).filter(ours));
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(project, script), ...args], {
    cwd: project,
    encoding: "utf8",
    timeout: 600_000,
    env: { ...clean, ASTRO_TELEMETRY_DISABLED: "1", ...env },
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}`, ms: Date.now() - t0 };
}
