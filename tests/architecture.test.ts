/**
 * The layers point one way (README, "Layout"):
 *   lib, site.ts  <-  data  <-  charts | tables | story  <-  graphics  <-  components | layouts  <-  views  <-  pages
 * A folder may import its own files and the layers to its left, never to its right; the three
 * middle folders do not import each other; browser scripts (client/) use only lib/. Scripts
 * and tests sit outside: src/ never imports them, and scripts/ never imports tests/.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

const ALLOWED: Record<string, readonly string[]> = {
  lib: ["lib"],
  site: ["lib"],
  types: [],
  client: ["lib", "client"],
  data: ["lib", "site", "data"],
  charts: ["lib", "site", "data", "charts"],
  tables: ["lib", "site", "data", "tables"],
  story: ["lib", "site", "data", "story"],
  graphics: ["lib", "site", "data", "charts", "tables", "graphics"],
  components: ["lib", "site", "data", "charts", "tables", "story", "graphics", "client", "components", "styles"],
  layouts: ["lib", "site", "data", "charts", "tables", "story", "graphics", "client", "components", "layouts", "styles"],
  content: ["components"],
  views: ["lib", "site", "data", "charts", "tables", "story", "graphics", "client", "components", "layouts", "views", "styles"],
  pages: [
    "lib",
    "site",
    "data",
    "charts",
    "tables",
    "story",
    "graphics",
    "client",
    "components",
    "layouts",
    "views",
    "pages",
    "styles",
    "content",
  ],
  config: ["lib", "site", "data", "content"],
};

function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== "node_modules" && name !== "__snapshots__") walk(p);
      } else if (/\.(ts|astro|mdx|mjs)$/.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Relative import specifiers in a file: static, dynamic, re-exports, and imports in .astro <script>s. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s*(['"])(\.{1,2}\/[^'"]+)\1|import\s*\(\s*(['"])(\.{1,2}\/[^'"]+)\3\s*\)|import\s+(['"])(\.{1,2}\/[^'"]+)\5/g,
    ),
  ].map((m) => m[2] ?? m[4] ?? m[6]!);
}

/** The layer of a path under src/: its first folder, "site" for src/site.ts, "config" for other root files. */
function layerOf(path: string): string {
  const rel = relative(join(ROOT, "src"), path).split("\\").join("/");
  if (rel.startsWith("..")) return rel.startsWith("../scripts/") ? "scripts" : rel.startsWith("../tests/") ? "tests" : "outside";
  if (rel === "site.ts") return "site";
  return rel.includes("/") ? rel.split("/")[0]! : "config";
}

describe("layers", () => {
  const files = sources(join(ROOT, "src"));

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("every import in src/ points to its own layer or one to its left", () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      const allowed = ALLOWED[from];
      if (!allowed) {
        wrong.push(`${relative(ROOT, file)}: in no known layer ("${from}"); add it to ALLOWED and to the README`);
        continue;
      }
      for (const spec of importsOf(file)) {
        const to = layerOf(normalize(join(dirname(file), spec)));
        if (!allowed.includes(to)) wrong.push(`${relative(ROOT, file)} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("scripts/ never imports from tests/", () => {
    const wrong = sources(join(ROOT, "scripts")).flatMap((file) =>
      importsOf(file)
        .filter((spec) => layerOf(normalize(join(dirname(file), spec))) === "tests")
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it("the check itself catches a wrong import", () => {
    const lib = join(ROOT, "src/lib/format.ts");
    expect(layerOf(normalize(join(dirname(lib), "../charts/index.ts")))).toBe("charts");
    expect(ALLOWED.lib).not.toContain("charts");
    expect(importsOf(join(ROOT, "src/views/StoryView.astro")).length).toBeGreaterThan(3);
  });
});
