/** `npm run data:check` as a maintainer runs it: a child process, its exit code and its output. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, useTempProjects } from "./helpers.ts";

/** A Node that runs .ts files natively (22.18+): this one, or the project's own. */
function nodeBinary(): string {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major > 22 || (major === 22 && minor >= 18)) return process.execPath;
  const local = join(ROOT, "node_modules/.bin/node");
  if (!existsSync(local))
    throw new Error(`Node ${process.versions.node} cannot run scripts/data-check.ts and node_modules/.bin/node is missing`);
  return local;
}

function dataCheck(...args: string[]) {
  const r = spawnSync(nodeBinary(), [join(ROOT, "scripts/data-check.ts"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const project = useTempProjects();

describe("data:check", () => {
  it("passes on the real data with a one-line summary", () => {
    const r = dataCheck();
    expect(r.code).toBe(0);
    // The paper's years are 2011-2022; a maintainer may have added later ones.
    expect(r.stdout).toMatch(
      /^data:check passed: \d+ years of trade data \(2011-20\d\d\), 17 places, every table valid, every text in both editions\.\n$/,
    );
    expect(r.stderr).not.toMatch(/problem|Error/);
  });

  it("passes on an untouched copy given as the project folder", () => {
    const r = dataCheck(project().root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^data:check passed: /);
  });

  it("fails on a broken copy, naming file:line:column, and says nothing was built", () => {
    const p = project().replace("data/trade/imports/2013.csv", "2013,3,taiwan-china,555153,14.2,", "2013,3,taiwan-china,555153,14.2%,");
    const r = dataCheck(p.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("1 data problem found:");
    expect(r.stderr).toContain(
      'data/trade/imports/2013.csv:4:5 (line 4, column 5 "share_percent"): found "14.2%"; expected a number such as 35.9. Hint: ' +
        "write the number without the % sign, e.g. 14.2.",
    );
    expect(r.stderr).toContain("Nothing was built");
  });

  it("passes on data being prepared, saying the build will stop until they are a data edition", () => {
    const p = project().replace("data/trade/imports/2013.csv", "2013,3,taiwan-china,555153,14.2,", "2013,3,taiwan-china,555154,14.2,");
    const r = dataCheck(p.root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^data:check passed: /);
    expect(r.stdout).toContain("Not an edition yet, so `npm run build` will stop:");
    expect(r.stdout).toContain("data/trade/imports/2013.csv:4:26 (line 4, column 26): this file has changed since edition");
  });

  it("fails on a frozen edition whose file was changed, naming it", () => {
    const p = project();
    const edition = readdirSync(p.path("data/editions")).find((n) => /^\d{4}-\d+$/.test(n))!;
    p.replace(`data/editions/${edition}/places.csv`, "japan,", "jaapan,");
    const r = dataCheck(p.root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`data/editions/${edition}/places.csv: this file has changed since the edition was frozen`);
  });

  it("lists every problem of a run, one per line", () => {
    const r = dataCheck(project().overlay("three-broken-files").root);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe("3 data problems found:");
    const locations = r.stderr
      .split("\n")
      .filter((l) => l.startsWith("  - "))
      .map((l) => l.slice(4).split(" ")[0]);
    expect(locations).toEqual([
      "data/trade/exports/2012.csv:3:5",
      "data/tv/tvb-mainland-dramas-prime-time.csv:7:4",
      "data/animation/animation-exports-2016.csv:6:4",
    ]);
    expect(r.stderr).toContain("Nothing was built");
  });

  it("fails on a folder with no data/ in it", () => {
    const empty = mkdtempSync(join(tmpdir(), "data-check-empty-"));
    try {
      const r = dataCheck(empty);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("data/places.csv: expected this file to exist and be readable.");
      expect(r.stderr).toContain("data/trade/imports: expected a folder holding one CSV per year.");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
