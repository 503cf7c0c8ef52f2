/**
 * Figures the sources state only in prose (Figure 2, TVB and OTT, the Film Development Fund,
 * FILMART 2025). One shape for all: each figure with its unit, how exact the source is, and
 * the sentence it comes from; a derived figure carries its formula instead.
 */
import { nonHongKongChars, toHongKong, toSimplified } from "../lib/hant.ts";
import type { Localized } from "../lib/i18n.ts";
import { defineDataset, type DatasetDefinition, type Source } from "./dataset.ts";
import { evaluateFormula } from "./formula.ts";
import type { DataIssue } from "./issues.ts";
import { decimal, isoPeriod, oneOf, text, yesNo, type Located, type RowOf } from "./schema.ts";

export const QUALIFIERS = ["exact", "approximate", "at-least"] as const;

export const FACT_SCHEMA = {
  id: text({
    description: "Identifier of the figure.",
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    patternText: "lower-case words joined by hyphens",
  }),
  label: text({ description: "What the figure measures." }),
  label_zh_hk: text({ description: "What the figure measures, in Hong Kong Chinese (the Chinese edition's label)." }),
  value: decimal({ description: "The figure, in `unit`." }),
  unit: text({ description: "Unit, as stated by the source." }),
  qualifier: oneOf({
    description:
      "How the source states it: exactly, approximately (“about”, “nearly”, “almost”), or as a lower bound (“over”, “more than”, “no " +
      "less than”).",
    values: QUALIFIERS,
  }),
  as_of: isoPeriod({ description: "Date or period the figure refers to (YYYY, YYYY-MM or YYYY-MM-DD)." }).optional(),
  derived: yesNo({ description: "Whether the figure is computed from other figures in this file." }),
  formula: text({ description: "For a derived figure, how it is computed from the ids of other rows." }).optional(),
  quote: text({ description: "The sentence the figure comes from, as printed." }).optional(),
};
export type Fact = RowOf<typeof FACT_SCHEMA>;

/** Derived figures need a formula that recomputes them; stated ones need their sentence. */
export function checkFacts(file: string, header: readonly string[], rows: Located<Fact>[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(rows.map((r) => [r.id, r.value]));
  const col = (f: keyof Fact) => header.indexOf(f) + 1;
  for (const r of rows) {
    if (r.derived) {
      if (!r.formula) {
        issues.push({
          file,
          line: r.line,
          column: col("formula"),
          field: "formula",
          value: "",
          expected: "a formula for a derived figure, such as “asia-share * hong-kong-share-of-asia / 100”",
        });
        continue;
      }
      try {
        const v = evaluateFormula(r.formula, (id) => (id === r.id ? undefined : byId.get(id)));
        if (Math.abs(v - r.value) > 0.005 * Math.max(1, Math.abs(v))) {
          issues.push({
            file,
            line: r.line,
            column: col("value"),
            field: "value",
            value: String(r.value),
            expected: `${+v.toFixed(4)}, what the formula “${r.formula}” gives`,
          });
        }
      } catch (e) {
        issues.push({
          file,
          line: r.line,
          column: col("formula"),
          field: "formula",
          value: r.formula,
          expected: "a formula of numbers, ids of other rows in this file, + - * / and brackets",
          hint: (e as Error).message,
        });
      }
    } else if (!r.quote) {
      issues.push({
        file,
        line: r.line,
        column: col("quote"),
        field: "quote",
        value: "",
        expected: "the sentence the figure comes from, quoted as printed",
        hint: "every number on the site is either from a table or a quotation with its source.",
      });
    }
  }
  return issues;
}

const HAN = /\p{Script=Han}/u;

/**
 * Each figure's Chinese label is written in Chinese, as Hong Kong writes it. `allowed` are the
 * glossary's attested forms (attestedForms in glossary.ts), so this runs across datasets (registry.ts).
 */
export function checkFactLabelsZhHk(
  file: string,
  header: readonly string[],
  rows: readonly Located<Fact>[],
  allowed: readonly string[],
): DataIssue[] {
  const issues: DataIssue[] = [];
  const at = (r: Located<Fact>) => ({
    file,
    line: r.line,
    column: header.indexOf("label_zh_hk") + 1,
    field: "label_zh_hk",
    value: r.label_zh_hk,
  });
  for (const r of rows) {
    if (!HAN.test(r.label_zh_hk)) {
      issues.push({ ...at(r), expected: `the label “${r.label}” in Hong Kong Chinese, in Chinese characters` });
      continue;
    }
    const nonHk = nonHongKongChars(r.label_zh_hk, allowed);
    if (nonHk.length) {
      issues.push({
        ...at(r),
        expected:
          `the label in Chinese as Hong Kong writes it; ${nonHk.map((c) => `“${c}”`).join(", ")} ` +
          `${nonHk.length === 1 ? "is" : "are"} not the Hong Kong form`,
        hint:
          `Hong Kong writes “${toHongKong(toSimplified(r.label_zh_hk))}”. A name written as data/glossary.csv attests it (a ` +
          `company's own name, a release title) may stand.`,
      });
    }
  }
  return issues;
}

/** A dataset of figures stated in prose: the fact schema and its checks, with its own id, file and source. */
export function factDataset<const Id extends string>(d: {
  id: Id;
  title: Localized;
  description: Localized;
  path: string;
  units: Localized;
  source: Source;
}): DatasetDefinition<Id, typeof FACT_SCHEMA, "file"> {
  return defineDataset({
    ...d,
    kind: "file",
    schema: FACT_SCHEMA,
    primaryKey: ["id"],
    check: (rows, at) => checkFacts(at.file, at.header, rows),
  });
}
