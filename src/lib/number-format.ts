/**
 * Intl.NumberFormat, made once per locale and options: making one is about a thousand times as
 * slow as using it, and a chart of a long series formats tens of thousands of numbers (at 100x
 * the years, making them was the largest part of drawing the Chinese edition's charts).
 */
const made = new Map<string, Intl.NumberFormat>();

/** The options the site's formatters use; the key is made of them alone (JSON.stringify per number cost a tenth of a second). */
type Options = Pick<Intl.NumberFormatOptions, "minimumFractionDigits" | "maximumFractionDigits" | "useGrouping">;

export function numberFormat(locale: string, options: Options): Intl.NumberFormat {
  const key = `${locale} ${options.minimumFractionDigits} ${options.maximumFractionDigits} ${options.useGrouping}`;
  let f = made.get(key);
  if (!f) made.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
