/**
 * The translation check: every text of one edition exists in the other. Run with the data check
 * (`npm run data:check`) and before every build, it reports like a data error, with file, line
 * and column, and the build stops:
 * - a chapter of the story in one language and not the other (src/content/story/<locale>/);
 * - any Localized value left empty in the code: a `"zh-hk": ""` (or `en: ""`) in src/;
 * - an empty value in the registries a page reads at run time (charts, tables, datasets,
 *   interface messages), named by the object and key it belongs to.
 * A key missing altogether is a type error (`Localized` requires both), which `npm run lint` reports.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CHARTS } from "../../src/charts/index.ts";
import { DATASETS } from "../../src/data/registry.ts";
import type { DataIssue } from "../../src/data/issues.ts";
import { LOCALES } from "../../src/lib/i18n.ts";
import { MESSAGES } from "../../src/lib/messages.ts";
import { TABLES } from "../../src/tables/index.ts";

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (keep(name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Chapters: the same file names in every language's folder. */
function checkChapters(root: string): DataIssue[] {
  const dir = join(root, "src/content/story");
  const names = Object.fromEntries(LOCALES.map((l) => [l, new Set(readdirSync(join(dir, l)).filter((f) => f.endsWith(".mdx")))]));
  const issues: DataIssue[] = [];
  for (const l of LOCALES) {
    for (const other of LOCALES) {
      for (const f of names[l]!) {
        if (!names[other]!.has(f)) {
          issues.push({
            file: `src/content/story/${other}/${f}`,
            expected: `this chapter to exist, as src/content/story/${l}/${f} does`,
            hint: "translate it: every chapter is in both editions.",
          });
        }
      }
    }
  }
  return [...new Map(issues.map((i) => [i.file, i])).values()];
}

const EMPTY = /(["']?)(en|zh-hk)\1\s*:\s*(""|''|``)/g;

/** Localized values left empty in the source code. */
function checkSources(root: string): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const path of filesUnder(join(root, "src"), (n) => /\.(ts|astro)$/.test(n))) {
    const lines = readFileSync(path, "utf8").split("\n");
    lines.forEach((line, i) => {
      for (const m of line.matchAll(EMPTY)) {
        issues.push({
          file: relative(root, path),
          line: i + 1,
          column: (m.index ?? 0) + 1,
          field: m[2],
          value: m[0],
          expected: `a ${m[2] === "en" ? "English" : "Hong Kong Chinese"} text`,
          hint: "every text is written in both editions; an empty one would show readers nothing.",
        });
      }
    });
  }
  return issues;
}

/** Empty strings in a registry object, as "path.to.key". */
function emptyKeys(value: unknown, at: string, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.trim() === "" && /\.(en|zh-hk)$/.test(at)) out.push(at);
  } else if (Array.isArray(value)) value.forEach((v, i) => emptyKeys(v, `${at}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) emptyKeys(v, `${at}.${k}`, out);
  return out;
}

/** Empty values in what the pages read at run time; functions (messages with arguments) are called with a sample. */
function checkRegistries(): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (file: string, keys: string[]) =>
    keys.forEach((k) =>
      issues.push({
        file,
        field: k,
        problem: `the text ${k} is empty`,
        expected: `a ${k.endsWith(".en") ? "English" : "Hong Kong Chinese"} text`,
      }),
    );
  for (const c of CHARTS)
    report(
      `src/charts/${c.id}.ts`,
      emptyKeys({ paperRef: c.paperRef, title: c.title, subtitle: c.subtitle, source: c.source, steps: c.steps }, c.id),
    );
  for (const t of TABLES)
    report(
      `src/tables (${t.id})`,
      emptyKeys(
        {
          paperRef: t.paperRef,
          title: t.title,
          subtitle: t.subtitle,
          source: t.source,
          footnotes: t.footnotes,
          columns: t.columns.map((c) => c.label),
        },
        t.id,
      ),
    );
  for (const d of DATASETS)
    report(
      `${d.path} (definition in src/data/)`,
      emptyKeys({ title: d.title, description: d.description, units: d.units, source: d.source }, d.id),
    );
  for (const l of LOCALES) {
    for (const [key, v] of Object.entries(MESSAGES[l])) {
      const text = typeof v === "function" ? (v as (n: number) => string)(2) : v;
      if (String(text).trim() === "")
        issues.push({
          file: "src/lib/messages.ts",
          field: `${l}.${key}`,
          problem: `the message ${l}.${key} is empty`,
          expected: "a text in this edition",
        });
    }
  }
  return issues;
}

export function checkTranslations(root: string): DataIssue[] {
  // A data folder checked on its own (data:check <copy>) has no code to look at; its datasets' texts still are.
  if (!existsSync(join(root, "src"))) return checkRegistries();
  const sources = checkSources(root);
  // The registries' empty values are mostly those the source scan names by line; they add only what code computes.
  return [...checkChapters(root), ...sources, ...(sources.length ? [] : checkRegistries())];
}
