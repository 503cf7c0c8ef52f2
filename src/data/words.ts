/**
 * The words a chart, table or sentence needs in one edition: the formatter of its locale, and
 * names the way that edition writes them. Names come from the data (places.csv for English, the
 * glossary for Chinese), so a name is translated once and written one way everywhere.
 */
import { formatterFor, type Formatter } from "../lib/formatters.ts";
import { LANG, type Locale, type Localized } from "../lib/i18n.ts";
import { isConverted, type GlossaryEntry } from "./glossary.ts";
import type { SiteData } from "./registry.ts";

/** A film title as an edition shows it. */
export interface ShownTitle {
  text: string;
  /** BCP 47 language of the text: zh-Hans for the paper's printed Simplified title, zh-HK for the Hong Kong one. */
  lang: string;
  /** OpenCC's Hong Kong conversion of the printed title, not a title the film was released under in Hong Kong. */
  converted: boolean;
}

export interface Words {
  locale: Locale;
  /** The BCP 47 tag of the edition. */
  lang: string;
  f: Formatter;
  /** The edition's string of a localized value. */
  pick<T>(value: Localized<T>): T;
  /** A place's short name (places.csv display_name in English, the glossary in Chinese); the id if unknown. */
  place(id: string): string;
  /** A glossary entry's form in this edition, by id; throws for an unknown id, so a typo stops the build. */
  term(id: string): string;
  /** A film title printed in Simplified characters, as this edition shows it. */
  title(printed: string): ShownTitle;
}

function byId(glossary: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  return new Map(glossary.map((g) => [g.id, g]));
}

const cache = new WeakMap<object, Map<Locale, Words>>();

/** The words of one edition, from the loaded data (made once per data and edition). */
export function wordsFor(data: Pick<SiteData, "places" | "glossary">, locale: Locale): Words {
  let byLocale = cache.get(data);
  if (!byLocale) cache.set(data, (byLocale = new Map()));
  let words = byLocale.get(locale);
  if (!words) byLocale.set(locale, (words = makeWords(data, locale)));
  return words;
}

function makeWords(data: Pick<SiteData, "places" | "glossary">, locale: Locale): Words {
  const entries = byId(data.glossary);
  const titles = new Map(data.glossary.filter((g) => g.kind === "title" && g.zh_hans !== null).map((g) => [g.zh_hans!, g]));
  const places = new Map(data.places.map((p) => [p.id, p]));
  return {
    locale,
    lang: LANG[locale],
    f: formatterFor(locale),
    pick: (value) => value[locale],
    place: (id) => (locale === "en" ? places.get(id)?.display_name : entries.get(id)?.zh_hk) ?? id,
    term: (id) => {
      const g = entries.get(id);
      if (!g) throw new Error(`No glossary entry “${id}” (data/glossary.csv)`);
      return locale === "en" ? g.en : g.zh_hk;
    },
    title: (printed) => {
      const g = titles.get(printed);
      if (locale === "en" || !g) return { text: printed, lang: "zh-Hans", converted: false };
      return { text: g.zh_hk, lang: LANG["zh-hk"], converted: isConverted(g) };
    },
  };
}
