/** The arithmetic behind derived figures, and the fact checks that use it. */
import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/data/facts.ts";
import { evaluateFormula } from "../../src/data/formula.ts";
import { checkFactLabelsZhHk, checkFacts } from "../../src/data/facts.ts";
import type { Located } from "../../src/data/schema.ts";

const IDS: Record<string, number> = { "asia-share": 70, "hong-kong-share-of-asia": 50, total: 171, us: 60, japan: 56, a1: 2 };
const lookup = (id: string) => IDS[id];
const evaluate = (formula: string) => evaluateFormula(formula, lookup);

describe("evaluateFormula", () => {
  it.each([
    ["asia-share * hong-kong-share-of-asia / 100", 35],
    ["171 - 60 - 56", 55],
    ["total - us - japan", 55],
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["8 / 4 / 2", 1],
    ["10 - 4 - 3", 3],
    ["-3 + 5", 2],
    ["2 * -3", -6],
    ["0.5 * 4", 2],
    ["36.62", 36.62],
    ["(asia-share)", 70],
    ["a1 * 3", 6],
    ["asia-share*hong-kong-share-of-asia/100", 35],
  ])("%s = %d", (formula, value) => {
    expect(evaluate(formula)).toBeCloseTo(value, 10);
  });

  it("a hyphen inside a name is part of the name, so subtraction needs spaces", () => {
    expect(evaluate("asia-share - 1")).toBe(69);
    expect(() => evaluate("asia-share-1")).toThrow('refers to "asia-share-1", which is not an id in the same file');
  });

  it.each([
    ["asia-share * europe-share", 'formula "asia-share * europe-share" refers to "europe-share", which is not an id in the same file'],
    ["(1 + 2", 'formula "(1 + 2" has an unclosed bracket'],
    ["1 +", 'formula "1 +" ends too early'],
    ["", 'formula "" ends too early'],
    ["1 2", 'formula "1 2" has something left over after "1"'],
    ["1 % 2", 'cannot read the formula "1 % 2"'],
    ["sqrt(4)", 'formula "sqrt(4)" refers to "sqrt", which is not an id in the same file'],
    ["Asia-Share", 'cannot read the formula "Asia-Share"'],
  ])("%j is refused: %s", (formula, message) => {
    expect(() => evaluate(formula)).toThrow(message);
  });

  it("asks the lookup only for the ids it meets", () => {
    const asked: string[] = [];
    evaluateFormula("total - us - japan", (id) => (asked.push(id), IDS[id]));
    expect(asked).toEqual(["total", "us", "japan"]);
  });
});

describe("checkFacts", () => {
  const HEADER = ["id", "label", "label_zh_hk", "value", "unit", "qualifier", "as_of", "derived", "formula", "quote"];
  const fact = (line: number, f: Partial<Fact> & Pick<Fact, "id" | "value">): Located<Fact> => ({
    label: f.id,
    label_zh_hk: f.id,
    unit: "%",
    qualifier: "exact",
    as_of: null,
    derived: false,
    formula: null,
    quote: "as printed",
    ...f,
    line,
  });
  const base = [fact(2, { id: "asia-share", value: 70 }), fact(3, { id: "hong-kong-share-of-asia", value: 50 })];
  const derived = (value: number, formula = "asia-share * hong-kong-share-of-asia / 100") =>
    fact(4, { id: "via-asia", value, derived: true, formula, quote: null });

  it("accepts a derived figure that its formula gives, to half a per cent", () => {
    expect(checkFacts("f.csv", HEADER, [...base, derived(35)])).toEqual([]);
    expect(checkFacts("f.csv", HEADER, [...base, derived(35.17)])).toEqual([]);
  });

  it("refuses one that is further off", () => {
    expect(checkFacts("f.csv", HEADER, [...base, derived(35.2)])).toEqual([
      {
        file: "f.csv",
        line: 4,
        column: 4,
        field: "value",
        value: "35.2",
        expected: "35, what the formula “asia-share * hong-kong-share-of-asia / 100” gives",
      },
    ]);
  });

  it("refuses a formula that refers to a later-removed id, at the formula's cell", () => {
    const [issue] = checkFacts("f.csv", HEADER, [base[0]!, derived(35)]);
    expect(issue).toMatchObject({ line: 4, column: 9, field: "formula", hint: expect.stringContaining('"hong-kong-share-of-asia"') });
  });

  it("needs a quote for a stated figure and a formula for a derived one", () => {
    const issues = checkFacts("f.csv", HEADER, [
      fact(2, { id: "x", value: 1, quote: null }),
      fact(3, { id: "y", value: 1, derived: true }),
    ]);
    expect(issues.map((i) => [i.line, i.column, i.field])).toEqual([
      [2, 10, "quote"],
      [3, 9, "formula"],
    ]);
  });
});

describe("checkFactLabelsZhHk", () => {
  const HEADER = ["id", "label", "label_zh_hk", "value", "unit", "qualifier", "as_of", "derived", "formula", "quote"];
  const row = (label_zh_hk: string): Located<Fact> => ({
    id: "tvb-dramas-2023",
    label: "Dramas aired by TVB in 2023",
    label_zh_hk,
    value: 27,
    unit: "dramas",
    qualifier: "exact",
    as_of: "2023",
    derived: false,
    formula: null,
    quote: "In 2023, TVB aired 27 dramas",
    line: 2,
  });

  it("lets a form the glossary attests stand where OpenCC writes otherwise (無綫電視)", () => {
    expect(checkFactLabelsZhHk("f.csv", HEADER, [row("2023年無綫電視播出的劇集")], ["無綫電視"])).toEqual([]);
    expect(checkFactLabelsZhHk("f.csv", HEADER, [row("2023年無綫電視播出的劇集")], [])).toMatchObject([
      { file: "f.csv", line: 2, column: 3, field: "label_zh_hk", value: "2023年無綫電視播出的劇集" },
    ]);
  });

  it("names each character that is not the Hong Kong form", () => {
    const [issue] = checkFactLabelsZhHk("f.csv", HEADER, [row("2023年無綫電視播出的剧集，臺灣")], ["無綫電視"]);
    expect(issue!.expected).toBe("the label in Chinese as Hong Kong writes it; “剧”, “臺” are not the Hong Kong form");
  });
});
