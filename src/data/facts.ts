/**
 * Figures the sources state only in prose (Figure 2, TVB and OTT, the Film Development Fund,
 * FILMART 2025). One shape for all: each figure with its unit, how exact the source is, and
 * the sentence it comes from; a derived figure carries its formula instead.
 */
import { decimal, isoPeriod, oneOf, text, yesNo } from "./schema.ts";
import type { RowOf } from "./table.ts";

export const QUALIFIERS = ["exact", "approximate", "at-least"] as const;

export const FACT_SCHEMA = {
  id: text({
    description: "Identifier of the figure.",
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    patternText: "lower-case words joined by hyphens",
  }),
  label: text({ description: "What the figure measures." }),
  value: decimal({ description: "The figure, in `unit`." }),
  unit: text({ description: "Unit, as stated by the source." }),
  qualifier: oneOf({
    description:
      "How the source states it: exactly, approximately (“about”, “nearly”, “almost”), or as a lower bound (“over”, “more than”, “no less than”).",
    values: QUALIFIERS,
  }),
  as_of: isoPeriod({ description: "Date or period the figure refers to (YYYY, YYYY-MM or YYYY-MM-DD)." }).optional(),
  derived: yesNo({ description: "Whether the figure is computed from other figures in this file." }),
  formula: text({ description: "For a derived figure, how it is computed from the ids of other rows." }).optional(),
  quote: text({ description: "The sentence the figure comes from, as printed." }).optional(),
};
export type Fact = RowOf<typeof FACT_SCHEMA>;
