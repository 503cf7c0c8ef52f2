/**
 * The site's two editions: English at /, Hong Kong Chinese at /zh-hk/. A leaf: every layer
 * imports it. Text that differs by edition is a Localized value, one string per locale, so
 * a missing translation is a type error, and the data check (scripts/data-check.ts) reports
 * any that is left empty.
 */

export const LOCALES = ["en", "zh-hk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The BCP 47 tag for <html lang> and hreflang. */
export const LANG: Readonly<Record<Locale, string>> = { en: "en", "zh-hk": "zh-HK" };

/** What the language switch says, in the language it switches to. */
export const LANGUAGE_NAME: Readonly<Record<Locale, string>> = { en: "English", "zh-hk": "繁體中文（香港）" };

/** One value per edition. */
export type Localized<T = string> = Readonly<Record<Locale, T>>;

export function isLocale(s: string): s is Locale {
  return (LOCALES as readonly string[]).includes(s);
}

/** The path prefix of an edition, relative to the site's base: "" for English, "zh-hk/" for Chinese. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? "" : `${locale}/`;
}

/** The other edition. */
export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "zh-hk" : "en";
}

/**
 * Punctuation that differs by edition. Chinese uses full-width marks with no space around
 * them; English puts a space after its colon and between a label and the sentence after it.
 */
export const PUNCT: Localized<{ colon: string; stop: string; space: string; list: string; open: string; close: string }> = {
  en: { colon: ": ", stop: ".", space: " ", list: ", ", open: "(", close: ")" },
  "zh-hk": { colon: "：", stop: "。", space: "", list: "、", open: "（", close: "）" },
};
