/**
 * Temp copies of the project's data/ folder for tests that break one thing at a time. Each
 * copy starts as the real data, so fixtures stay small and never drift from it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect } from "vitest";
import { DataCheckError, type DataIssue } from "../../src/data/issues.ts";
import { loadSiteData } from "../../src/data/load.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const FIXTURES = join(ROOT, "tests/fixtures");

/** A throwaway project folder holding a copy of data/. */
export class TempProject {
  readonly root: string;
  constructor() {
    this.root = mkdtempSync(join(tmpdir(), "data-check-"));
    cpSync(join(ROOT, "data"), join(this.root, "data"), { recursive: true });
  }

  path(rel: string): string {
    return join(this.root, rel);
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), "utf8");
  }

  write(rel: string, content: string | Uint8Array): this {
    writeFileSync(this.path(rel), content);
    return this;
  }

  remove(rel: string): this {
    rmSync(this.path(rel));
    return this;
  }

  /** Replaces text that must occur exactly once, so an edit can't silently stop applying when the data change. */
  replace(rel: string, from: string, to: string): this {
    const text = this.read(rel);
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`expected ${JSON.stringify(from)} exactly once in ${rel}, found ${count} times`);
    return this.write(
      rel,
      text.replace(from, () => to),
    );
  }

  /** Copies tests/fixtures/<name>/ over the project: the fixture holds only the files it breaks. */
  overlay(name: string): this {
    const dir = join(FIXTURES, name);
    if (!existsSync(dir)) throw new Error(`no fixture ${dir}`);
    cpSync(dir, this.root, { recursive: true, filter: (src) => !src.endsWith("README.md") });
    return this;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Registers an afterEach that deletes every TempProject made through the returned function. */
export function useTempProjects(): () => TempProject {
  const made: TempProject[] = [];
  afterEach(() => {
    for (const p of made.splice(0)) p.dispose();
  });
  return () => {
    const p = new TempProject();
    made.push(p);
    return p;
  };
}

/** The issues loadSiteData reports for `root`; fails the test if it loads cleanly or throws anything else. */
export function issuesOf(root: string): DataIssue[] {
  try {
    loadSiteData(root);
  } catch (e) {
    expect(e).toBeInstanceOf(DataCheckError);
    return [...(e as DataCheckError).issues];
  }
  throw new Error(`expected ${root} to fail its data check, but it loaded`);
}

/** The locating part of an issue, for exact comparison. */
export function where(i: DataIssue): Pick<DataIssue, "file" | "line" | "column" | "field" | "value"> {
  const out: Pick<DataIssue, "file" | "line" | "column" | "field" | "value"> = { file: i.file };
  if (i.line !== undefined) out.line = i.line;
  if (i.column !== undefined) out.column = i.column;
  if (i.field !== undefined) out.field = i.field;
  if (i.value !== undefined) out.value = i.value;
  return out;
}

/** Lines in a file as an editor counts them: line feeds plus one. */
export function lineCount(bytesOrText: Uint8Array | string): number {
  let n = 1;
  if (typeof bytesOrText === "string") {
    for (const ch of bytesOrText) if (ch === "\n") n++;
  } else {
    for (const b of bytesOrText) if (b === 0x0a) n++;
  }
  return n;
}
