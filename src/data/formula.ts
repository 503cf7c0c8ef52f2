/**
 * A tiny arithmetic evaluator for derived figures: numbers, ids of other rows, + - * / and
 * brackets. Enough to recompute "asia-share * hong-kong-share-of-asia / 100" and check it.
 */
export function evaluateFormula(formula: string, lookup: (id: string) => number | undefined): number {
  const tokens = formula.match(/\d+(?:\.\d+)?|[a-z][a-z0-9-]*[a-z0-9]|[-+*/()]/g) ?? [];
  if (tokens.join("") !== formula.replace(/\s+/g, "")) throw new Error(`cannot read the formula "${formula}"`);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const primary = (): number => {
    const t = next();
    if (t === undefined) throw new Error(`formula "${formula}" ends too early`);
    if (t === "(") {
      const v = sum();
      if (next() !== ")") throw new Error(`formula "${formula}" has an unclosed bracket`);
      return v;
    }
    if (t === "-") return -primary();
    if (/^\d/.test(t)) return Number(t);
    const v = lookup(t);
    if (v === undefined) throw new Error(`formula "${formula}" refers to "${t}", which is not an id in the same file`);
    return v;
  };
  const product = (): number => {
    let v = primary();
    while (peek() === "*" || peek() === "/") v = next() === "*" ? v * primary() : v / primary();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === "+" || peek() === "-") v = next() === "+" ? v + product() : v - product();
    return v;
  };
  const v = sum();
  if (i !== tokens.length) throw new Error(`formula "${formula}" has something left over after "${tokens[i - 1]}"`);
  return v;
}
