/**
 * The glossary (data/glossary.csv): how each place, agency, company, channel, event, scheme,
 * genre, term, unit, table or figure of the paper, and film title is written in each edition,
 * so that a name is translated one way everywhere. Checked like any dataset: every place of
 * data/places.csv, every film of Tables 4 and 7, every genre of Tables 4 and 5 and every
 * language and classification of the film tables has its row.
 *
 * Film titles: the paper prints them in Simplified characters (`zh_hans`). `zh_hk` is the title
 * the film was released or reported under in Hong Kong, with the pages that show it in `source`;
 * where none was found, it is OpenCC's Hong Kong conversion of the printed title and `source` is
 * "opencc", and the edition marks it as converted.
 */
import { defineDataset, readDataset, type RowsOf } from "./dataset.ts";
import { HK_FILMS_2022, MAINLAND_FILMS_HK_2022, type HkFilms2022Row, type MainlandFilmsHk2022Row } from "./films.ts";
import type { DataIssue } from "./issues.ts";
import { readPlaces, type Place } from "./places.ts";
import { oneOf, text } from "./schema.ts";
import { THE_PAPER, THIS_SITE } from "./sources.ts";
import type { Located, RowOf } from "./table.ts";
import { TVB_SCHEDULE_2024, type TvbSchedule2024Row } from "./tv.ts";
import { nonHongKongChars, simplifiedOnlyChars, toHongKong, toSimplified } from "../lib/hant.ts";

export const GLOSSARY_FILE = "data/glossary.csv";

export const GLOSSARY_KINDS = [
  "place",
  "agency",
  "company",
  "channel",
  "event",
  "scheme",
  "genre",
  "term",
  "unit",
  "paper",
  "title",
] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** The `source` of a title that is only OpenCC's conversion of the printed Simplified title. */
export const OPENCC_SOURCE = "opencc";

export const GLOSSARY_SCHEMA = {
  id: text({
    description: "Identifier of the entry; a place's id is its id in data/places.csv.",
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    patternText: "lower-case words or numbers joined by hyphens, such as film-warriors-of-future",
  }),
  kind: oneOf({ description: "What the entry names.", values: GLOSSARY_KINDS }),
  en: text({ description: "The English form, as the English edition prints it (for titles, the English title as the paper prints it)." }),
  zh_hk: text({ description: "The Chinese form for the Hong Kong edition: Traditional characters, Hong Kong usage." }),
  zh_hans: text({ description: "For titles, the Chinese title exactly as the paper prints it (Simplified characters)." }).optional(),
  source: text({
    description:
      "Where the Chinese form comes from: for titles, the pages showing the Hong Kong title (URLs separated by spaces) or “opencc”; " +
      "for others, why it is written so, where not obvious.",
  }).optional(),
  note: text({ description: "Anything a translator or reader needs to know." }).optional(),
};
export type GlossaryRow = RowOf<typeof GLOSSARY_SCHEMA>;

/** A title that the edition shows as converted, not as released. */
export function isConverted(row: GlossaryRow): boolean {
  return row.source === OPENCC_SOURCE;
}

/** A form the glossary documents with a source (a release title, a company's own name): the house rule gives way to it. */
function isAttested(row: GlossaryRow): boolean {
  return row.source !== null && row.source !== OPENCC_SOURCE;
}

/**
 * The attested Chinese forms, for `nonHongKongChars(text, attestedForms(rows))`: zh-HK text may
 * use them even where OpenCC would write otherwise (失衡凶間, 無綫電視).
 */
export function attestedForms(rows: readonly GlossaryRow[]): string[] {
  return rows.filter(isAttested).map((r) => r.zh_hk);
}

/** What the glossary is checked against, from the other datasets. */
export interface GlossaryReferences {
  places: readonly Place[];
  /** Every film title as the data print it, with the file and line it is on. */
  titles: readonly { file: string; line: number; en: string; zh_hans: string }[];
  /** Every genre, language and classification value as the data print it. */
  vocabulary: readonly { file: string; line: number; kind: GlossaryKind; en: string }[];
}

const URL = /^https?:\/\/\S+$/;

/** The glossary's own checks and its coverage of the other datasets. */
export function checkGlossary(
  file: string,
  header: readonly string[],
  rows: readonly Located<GlossaryRow>[],
  refs: GlossaryReferences,
): DataIssue[] {
  // Unique ids are the primary key's check (dataset.ts).
  const issues: DataIssue[] = [];
  const col = (f: keyof GlossaryRow) => header.indexOf(f) + 1;
  const at = (r: Located<GlossaryRow>, f: keyof GlossaryRow) => ({
    file,
    line: r.line,
    column: col(f),
    field: f,
    value: String(r[f] ?? ""),
  });
  const allowed = attestedForms(rows);

  for (const r of rows) {
    const simplified = simplifiedOnlyChars(r.zh_hk);
    // Attested forms stand as given; a converted title is checked against the conversion below.
    const nonHk = isAttested(r) || (r.kind === "title" && isConverted(r)) ? [] : nonHongKongChars(r.zh_hk, allowed);
    if (simplified.length) {
      issues.push({
        ...at(r, "zh_hk"),
        expected:
          `Traditional Chinese as written in Hong Kong; ${simplified.map((c) => `“${c}”`).join(", ")} ` +
          `${simplified.length === 1 ? "is" : "are"} Simplified`,
        hint: `OpenCC writes “${toHongKong(r.zh_hk)}”.`,
      });
    } else if (nonHk.length) {
      issues.push({
        ...at(r, "zh_hk"),
        expected: `the Hong Kong form of each character; Hong Kong writes “${toHongKong(toSimplified(r.zh_hk))}”`,
        hint:
          `${nonHk.map((c) => `“${c}”`).join(", ")} ${nonHk.length === 1 ? "is" : "are"} not the Hong Kong form. If this spelling is ` +
          `the attested one (a release title, a company's own name), say where it comes from in the source column.`,
      });
    }

    if (r.kind === "title") {
      if (r.source === null) {
        issues.push({
          ...at(r, "source"),
          expected:
            "where the Hong Kong title comes from: the URLs of pages that show it, separated by spaces, or “opencc” for the OpenCC " +
            "conversion of the printed title",
        });
      } else if (isConverted(r)) {
        if (r.zh_hans === null) issues.push({ ...at(r, "zh_hans"), expected: "the title as the paper prints it, which “opencc” converts" });
        else if (toHongKong(r.zh_hans) !== r.zh_hk) {
          issues.push({
            ...at(r, "zh_hk"),
            expected: `“${toHongKong(r.zh_hans)}”, the OpenCC conversion of “${r.zh_hans}”`,
            hint: "if the film was released in Hong Kong under another title, give it with the pages that show it in the source column.",
          });
        }
      } else if (!r.source.split(/\s+/).every((s) => URL.test(s))) {
        issues.push({ ...at(r, "source"), expected: "the URLs of pages that show the Hong Kong title, separated by spaces, or “opencc”" });
      }
    } else if (r.zh_hans !== null) {
      issues.push({ ...at(r, "zh_hans"), expected: "an empty cell: only titles carry the paper's Simplified form" });
    }
  }

  // Every place of data/places.csv, under its own id, with the name the English edition shows.
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const p of refs.places) {
    const r = byId.get(p.id);
    if (!r) {
      issues.push({
        file,
        problem: `the place “${p.id}” of data/places.csv has no entry`,
        expected: `a line “${p.id},place,${p.display_name},<Chinese name>,,,”`,
      });
    } else if (r.kind !== "place") {
      issues.push({ ...at(r, "kind"), expected: `“place”: “${p.id}” is a place of data/places.csv` });
    } else if (r.en !== p.display_name) {
      issues.push({ ...at(r, "en"), expected: `“${p.display_name}”, the place's display name in data/places.csv` });
    }
  }

  // Every film title, matched on the English and the printed Chinese title.
  const titles = rows.filter((r) => r.kind === "title");
  for (const t of refs.titles) {
    const matches = titles.filter((r) => r.en === t.en && r.zh_hans === t.zh_hans);
    if (matches.length === 0) {
      issues.push({
        file,
        problem: `“${t.en}” (${t.zh_hans}, ${t.file} line ${t.line}) has no title entry`,
        expected: `a title line with en “${t.en}” and zh_hans “${t.zh_hans}”`,
      });
    } else if (matches.length > 1) {
      issues.push({
        file,
        line: matches[1]!.line,
        problem: `“${t.en}” has ${matches.length} title entries`,
        expected: `one entry per title; the first is on line ${matches[0]!.line}`,
      });
    }
  }
  for (const r of titles) {
    if (r.zh_hans !== null && !refs.titles.some((t) => t.en === r.en && t.zh_hans === r.zh_hans)) {
      issues.push({
        ...at(r, "zh_hans"),
        expected: "the Chinese title exactly as a film table prints it, next to the same English title",
        hint: "check both titles against data/films/; a title no table prints leaves zh_hans empty.",
      });
    }
  }

  // Every genre, language and classification that a table prints.
  const seen = new Set<string>();
  for (const v of refs.vocabulary) {
    const key = `${v.kind}\u0000${v.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!rows.some((r) => r.kind === v.kind && r.en === v.en)) {
      issues.push({
        file,
        problem: `the ${v.kind} “${v.en}” (${v.file} line ${v.line}) has no entry`,
        expected: `a ${v.kind} line with en “${v.en}”`,
      });
    }
  }
  return issues;
}

/** The film titles and the genre, language and classification values printed in the film and TV tables. */
export function glossaryReferences(
  places: readonly Place[],
  mainland: readonly MainlandFilmsHk2022Row[],
  hongKong: readonly HkFilms2022Row[],
  schedule: readonly TvbSchedule2024Row[],
): GlossaryReferences {
  const [mainlandFile, hongKongFile, scheduleFile] = [MAINLAND_FILMS_HK_2022.path, HK_FILMS_2022.path, TVB_SCHEDULE_2024.path];
  const titles = [
    ...mainland.map((f) => ({ file: mainlandFile, line: f.line, en: f.title_en, zh_hans: f.title_zh })),
    ...hongKong.map((f) => ({ file: hongKongFile, line: f.line, en: f.title_en, zh_hans: f.title_zh })),
  ];
  const split = (s: string, by: string) =>
    s
      .split(by)
      .map((x) => x.trim())
      .filter(Boolean);
  const vocabulary = [
    ...mainland.flatMap((f) => split(f.genre, "/").map((en) => ({ file: mainlandFile, line: f.line, kind: "genre" as const, en }))),
    ...schedule.flatMap((s) => split(s.genre, "/").map((en) => ({ file: scheduleFile, line: s.line, kind: "genre" as const, en }))),
    ...mainland.map((f) => ({ file: mainlandFile, line: f.line, kind: "term" as const, en: f.rating })),
    ...hongKong.flatMap((f) => split(f.languages, ";").map((en) => ({ file: hongKongFile, line: f.line, kind: "term" as const, en }))),
  ];
  return { places, titles, vocabulary };
}

/**
 * The glossary as a dataset of the registry. Its coverage of the other datasets is a check
 * across datasets (registry.ts), run once they are all read.
 */
export const GLOSSARY = defineDataset({
  id: "glossary",
  title: { en: "Glossary: how each name is written in English and in Hong Kong Chinese", "zh-hk": "詞彙表：各名稱的英文及香港中文寫法" },
  description: {
    en:
      "Every place, agency, company, channel, event, scheme, genre, term, unit, table and figure of the paper, and film title, " +
      "as each edition writes it; film titles with the Hong Kong release title and its source, or OpenCC's conversion.",
    "zh-hk":
      "論文中每個地方、機構、公司、頻道、活動、計劃、類型、術語、單位、表格和圖表，以及每部電影的片名，在兩個版本中的寫法；片名附香港上映時所用的片名及其出處，或OpenCC的轉換結果。",
  },
  path: GLOSSARY_FILE,
  kind: "file",
  schema: GLOSSARY_SCHEMA,
  primaryKey: ["id"],
  units: { en: "none", "zh-hk": "不適用" },
  missingFields: [],
  source: {
    reference: { en: "All tables and the text", "zh-hk": "所有表格及正文" },
    page: "82-93",
    publisher: THIS_SITE,
    document: THE_PAPER,
  },
});
export type GlossaryEntry = RowsOf<typeof GLOSSARY>[number];

/**
 * Reads data/glossary.csv and checks it against data/places.csv and the film and TV tables.
 * Problems in those other files are theirs to report; only their rows that parse are used here.
 */
export function readGlossary(root: string): { rows: Located<GlossaryRow>[]; issues: DataIssue[] } {
  const places = readPlaces(root);
  const t = readDataset(root, GLOSSARY, places.ctx);
  if ((t.headers.get(GLOSSARY_FILE) ?? []).length === 0) return { rows: t.rows, issues: t.issues };
  const refs = glossaryReferences(
    places.rows,
    readDataset(root, MAINLAND_FILMS_HK_2022, places.ctx).rows,
    readDataset(root, HK_FILMS_2022, places.ctx).rows,
    readDataset(root, TVB_SCHEDULE_2024, places.ctx).rows,
  );
  return { rows: t.rows, issues: [...t.issues, ...checkGlossary(GLOSSARY_FILE, t.headers.get(GLOSSARY_FILE)!, t.rows, refs)] };
}
