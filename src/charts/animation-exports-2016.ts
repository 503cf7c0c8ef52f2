/**
 * Figure 2: where China's animation exports went in 2016. The figure's own data are not in the
 * paper's text, so this draws only what the prose states, and shows that its two statements
 * of Hong Kong's share disagree (nearly 50% of all exports, or half of Asia's 70%, 35%).
 */
import type { Fact } from "../data/facts.ts";
import { PAPER } from "../site.ts";
import { formatDecimal, formatPercent } from "../lib/format.ts";
import { barChartOptions, barFrame, type Bar } from "./bar-marks.ts";
import { placeColour } from "./palette.ts";
import type { ChartSpec } from "./types.ts";

export type AnimationFactRow = Pick<Fact, "id" | "label" | "value" | "unit" | "qualifier" | "as_of" | "derived" | "formula" | "quote">;

/** The bars are shares of all exports; the total and the share of Asia's part are told in text. */
const SHARE_OF_TOTAL = "% of total";
/** Rows about Hong Kong take its colour; the rest (Asia) are a region, drawn grey. */
const HONG_KONG_PREFIX = "hong-kong-";

const QUALIFIER_MARK: Record<Fact["qualifier"], string> = { exact: "", approximate: "≈", "at-least": "≥" };

function valueLabel(r: AnimationFactRow): string {
  return `${QUALIFIER_MARK[r.qualifier]}${formatPercent(r.value, 0)}${r.derived ? " (derived)" : ""}`;
}

function bars(rows: readonly AnimationFactRow[], step: string | undefined): Bar[] {
  return rows
    .filter((r) => r.unit === SHARE_OF_TOTAL)
    .map((r) => ({
      key: r.id,
      label: r.label,
      value: r.value,
      valueLabel: valueLabel(r),
      colour: r.id.startsWith(HONG_KONG_PREFIX) ? placeColour("hong-kong-china") : placeColour(null),
      derived: r.derived,
      dim: step === "as-stated" ? r.derived : step === "two-readings" ? !r.id.startsWith(HONG_KONG_PREFIX) : false,
    }));
}

export const ANIMATION_EXPORTS_2016: ChartSpec<AnimationFactRow> = {
  kind: "chart",
  id: "animation-exports-2016",
  paperRef: { en: "Figure 2", "zh-hk": "" },
  title: { en: "Main regions and countries of China's TV animation exports, 2016", "zh-hk": "" },
  subtitle: { en: "Share of China's animation exports by value, % of the total, as the paper's text states it (≈ means “about” or “nearly”)", "zh-hk": "" },
  source: { en: `Source: National Bureau of Statistics of China, as quoted in the text around Figure 2 of the paper (${PAPER.citation})`, "zh-hk": "" },
  datasets: ["animation-exports-2016"],
  steps: [
    {
      id: "as-stated",
      caption: { en: "What the text says: approximately 70% of exports went to Asia, and Hong Kong represents nearly 50% of export volume.", "zh-hk": "" },
    },
    {
      id: "two-readings",
      caption:
        { en: "The next sentence gives Hong Kong “about half” of Asia's share, about 35% of the total. Read as half of all " +
        "exports, the two disagree; read as half of the exports to Asia, they agree.", "zh-hk": "" },
    },
  ],
  rows: (data) =>
    data["animation-exports-2016"].map(({ id, label, value, unit, qualifier, as_of, derived, formula, quote }) => ({
      id,
      label,
      value,
      unit,
      qualifier,
      as_of,
      derived,
      formula,
      quote,
    })),
  notes(rows) {
    const notes = [
      "Figure 2's own data are not in the paper's text; the bars show only the figures the prose states, with its wording " +
        "(“approximately”, “about”, “nearly”) marked ≈.",
    ];
    for (const r of rows.filter((x) => x.derived))
      notes.push(`“${r.label}” is derived, not stated: ${r.formula}, giving ${formatPercent(r.value, 0)}.`);
    const total = rows.find((r) => !r.derived && r.unit !== SHARE_OF_TOTAL && r.qualifier === "exact");
    if (total)
      notes.push(
        `The total is ${formatDecimal(total.value, 2)} ${total.unit} (${total.as_of ?? "date not given"}); the text gives no ` +
          `breakdown in yuan.`,
      );
    notes.push("No value is missing, but all the shares are approximate.");
    return notes;
  },
  describe(rows) {
    const total = rows.find((r) => r.unit !== SHARE_OF_TOTAL && r.qualifier === "exact");
    const shares = rows.filter((r) => r.unit === SHARE_OF_TOTAL);
    const when = total?.as_of ? ` in ${total.as_of}` : "";
    const totalled = total ? `, which totalled ${formatDecimal(total.value, 2)} ${total.unit}` : "";
    const parts = [`Bar chart of the shares of China's animation exports${when}${totalled}.`];
    parts.push(shares.map((r) => `${r.label}: ${valueLabel(r).replace("≈", "about ")}`).join("; ") + ".");
    const hk = shares.filter((r) => r.id.startsWith(HONG_KONG_PREFIX));
    if (hk.length === 2 && hk[0]!.value !== hk[1]!.value)
      parts.push(
        `The paper's two statements of Hong Kong's share differ by ${formatDecimal(Math.abs(hk[0]!.value - hk[1]!.value), 0)} ` +
          `percentage points.`,
      );
    return parts.join(" ");
  },
  plot(rows, { width, step }) {
    const data = bars(rows, step);
    // The axis runs to 100%: these are parts of one total, so the scale shows how much is left.
    const frame = barFrame(width, data, { xMax: 100 });
    return barChartOptions(frame, data);
  },
};
