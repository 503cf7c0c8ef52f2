/**
 * The paper's tables, without a build: each column spec against the real rows, the words about
 * them in both editions, and titles and sources against the paper. A broken description or
 * format fails here, by table and column, not as one "Site build failed".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attestedForms } from "../../src/data/glossary.ts";
import { paperRowLabel } from "../../src/data/findings.ts";
import type { Words } from "../../src/data/words.ts";
import { nonHongKongChars } from "../../src/lib/hant.ts";
import { LOCALES, type Locale } from "../../src/lib/i18n.ts";
import { PAPER } from "../../src/site.ts";
import { CONVERTED_MARK, placeIdOfName } from "../../src/tables/films.ts";
import { TABLES, tableById } from "../../src/tables/index.ts";
import { readingNoteZh, type TradeTableRow } from "../../src/tables/trade.ts";
import { TVB_PLANNED_2024 } from "../../src/tables/tv.ts";
import type { Cell, Column, TableSpec } from "../../src/tables/types.ts";
import { en, ROOT, siteData, zh } from "../charts/helpers.ts";

/** The paper's extracted text, whitespace-normalised. */
const PAPER_TEXT = readFileSync(join(ROOT, "../shared/seeds/004_3fe404eb11bc0023.txt"), "utf8").replace(/\s+/g, " ");
const HAN = /[\u4e00-\u9fff]/u;
const LATIN = /[A-Za-z]/;
const words = (locale: Locale): Words => (locale === "en" ? en() : zh());
type Row = Record<string, Cell>;

function cellText(c: Column<Row>, row: Row, w: Words): string {
  const v = row[c.key] ?? null;
  return c.format ? c.format(v as never, row, w) : v === null ? w.f.missing : String(v);
}

/** Every text of a table in an edition, with where it comes from, for the language checks. */
function texts(spec: TableSpec, w: Words): [string, string][] {
  const rows = spec.rows(siteData());
  return [
    ["paperRef", w.pick(spec.paperRef)],
    ["title", w.pick(spec.title)],
    ["subtitle", w.pick(spec.subtitle)],
    ["source", w.pick(spec.source)],
    ...spec.columns.map((c): [string, string] => [`label ${c.key}`, w.pick(c.label)]),
    ...spec.footnotes.map((f, i): [string, string] => [`footnote ${i}`, w.pick(f)]),
    ...spec.notes(rows, w).map((n, i): [string, string] => [`note ${i}`, n]),
    ["describe", spec.describe(rows, w)],
  ];
}

describe("registry", () => {
  it("holds the paper's eight tables once each, in paper order", () => {
    expect(TABLES.map((t) => t.paperRef.en)).toEqual(Array.from({ length: 8 }, (_, i) => `Table ${i + 1}`));
    expect(new Set(TABLES.map((t) => t.id)).size).toBe(TABLES.length);
    for (const t of TABLES) {
      expect(t.id).toMatch(/^table-\d-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(tableById(t.id)).toBe(t);
    }
    expect(() => tableById("table-9")).toThrow(/table-9/);
  });
});

describe.each(TABLES.map((t) => [t.id, t] as const))("%s", (_id, spec) => {
  const rows = spec.rows(siteData());
  const number = /^Table (\d)$/.exec(spec.paperRef.en)?.[1];

  it("has rows, and every column key in every row", () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const [i, row] of rows.entries()) for (const c of spec.columns) expect(Object.keys(row), `row ${i}`).toContain(c.key);
    if (spec.groupBy) expect(spec.columns.map((c) => c.key)).toContain(spec.groupBy);
    expect(spec.columns.filter((c) => c.rowHeader)).toHaveLength(1);
  });

  it("holds numbers or nothing in its numeric columns", () => {
    for (const c of spec.columns.filter((x) => x.numeric))
      for (const row of rows) {
        const v = row[c.key];
        expect(v === null || (typeof v === "number" && Number.isFinite(v)), `${c.key} = ${String(v)}`).toBe(true);
      }
  });

  it.each(LOCALES)("formats every cell as text in %s", (locale) => {
    const w = words(locale);
    for (const [i, row] of rows.entries())
      for (const c of spec.columns) {
        const text = cellText(c, row, w);
        const where = `${c.key}, row ${i}: ${JSON.stringify(text)}`;
        expect(typeof text, where).toBe("string");
        expect(text, where).not.toMatch(/undefined|NaN|null|\[object/);
        if (row[c.key] !== null && row[c.key] !== "") expect(text.trim(), where).not.toBe("");
        // A number shows as its digits (grouped), in either edition.
        if (typeof row[c.key] === "number") expect(text.replace(/,/g, ""), where).toContain(String(Math.trunc(row[c.key] as number)));
        if (c.lang) expect([undefined, "en", "zh-Hans", "zh-HK"], where).toContain(c.lang(row, w));
      }
  });

  it("is titled as the paper prints it, with its paper reference in both editions", () => {
    expect(number).toBeDefined();
    expect(PAPER_TEXT.toLowerCase()).toContain(`${spec.paperRef.en}. ${spec.title.en}`.toLowerCase());
    expect(spec.paperRef["zh-hk"]).toBe(`表${number}`);
    // The Chinese title is the glossary's translation of the paper's (data/glossary.csv, table-N), less the span of years
    // that the English title also leaves to the rows.
    const entry = siteData().glossary.find((g) => g.id === `table-${number}`);
    expect(entry?.en.toLowerCase()).toContain(spec.title.en.toLowerCase());
    expect(entry?.zh_hk.replace(`表${number}：`, "").replace(/^\d{4}至\d{4}年/, "")).toBe(spec.title["zh-hk"]);
  });

  it("names its source and the paper's citation in both editions", () => {
    expect(spec.source.en).toMatch(new RegExp(`^Source: .+, via Table ${number} of the paper \\(`));
    expect(spec.source["zh-hk"]).toMatch(new RegExp(`^資料來源：.+，經論文表${number}（Table ${number}）；`));
    for (const locale of LOCALES) {
      expect(spec.source[locale]).toContain(PAPER.citation);
      expect(spec.source[locale]).not.toContain("J. Mod. Soc. Sci.");
    }
    for (const d of spec.datasets) expect(Object.keys(siteData())).toContain(d);
  });

  it("prints the paper's own footnotes, translated", () => {
    for (const f of spec.footnotes) {
      expect(PAPER_TEXT).toContain(f.en.replace(/^# /, "#"));
      expect(f["zh-hk"].slice(0, 2)).toBe(f.en.slice(0, 2));
    }
  });

  it.each(LOCALES)("has notes and a description in %s", (locale) => {
    const w = words(locale);
    const notes = spec.notes(rows, w);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.trim(), JSON.stringify(notes)).not.toBe("");
    const text = spec.describe(rows, w);
    expect(text.endsWith(locale === "en" ? "." : "。"), text).toBe(true);
    expect(text).not.toMatch(/undefined|NaN|null|\[object/);
  });

  it("writes its Chinese in Chinese, as Hong Kong does, with the edition's numbers", () => {
    const w = zh();
    const allowed = attestedForms(siteData().glossary);
    for (const [where, t] of texts(spec, w)) {
      expect(t.trim(), where).not.toBe("");
      expect(t, where).toMatch(HAN);
      expect(nonHongKongChars(t, allowed), `${where}: ${t}`).toEqual([]);
      expect(t, where).not.toMatch(/HK\$|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
    }
    for (const row of rows)
      for (const c of spec.columns) {
        const t = cellText(c, row, w);
        if (c.lang?.(row, w) !== "en") expect(nonHongKongChars(t, allowed), `${c.key}: ${t}`).toEqual([]);
        expect(t, c.key).not.toMatch(/HK\$/);
      }
  });
});

/** What each description must say, from the rows, in each edition. */
const FIGURES: Record<string, (rows: Row[], w: Words) => string[]> = {
  "table-1-trade-imports": tradeFigures,
  "table-2-film-releases-2021-2022": (rows, w) => [
    paperRowLabel(String(rows[0]!.measure), w),
    String(rows[0]!.value_2021),
    w.f.hkd(rows.find((r) => r.unit === "HK$")!.value_2022 as number),
  ],
  "table-3-box-office-2022": (rows, w) =>
    rows.flatMap((r) => [w.f.hkd(r.box_office_hkd as number), w.f.percent(r.share_percent_printed as number, 2)]),
  "table-4-mainland-films-hk-2022": filmFigures,
  "table-5-tvb-schedule-2024": (rows, w) => {
    const dated = rows.find((r) => r.air_date !== null)!;
    return [String(rows[0]!.title), String(rows[0]!.episodes), w.f.date(dated.air_date as string)];
  },
  "table-6-tvb-mainland-dramas-prime-time": (rows, w) =>
    rows.flatMap((r) => [String(r.title), String(r.rating_points), w.f.year(r.year as number)]),
  "table-7-hk-films-2022": filmFigures,
  "table-8-trade-exports": tradeFigures,
};

function tradeFigures(rows: Row[], w: Words): string[] {
  const first = rows[0]!;
  const max = Math.max(...rows.map((r) => (r.value_hkd_thousand as number | null) ?? 0));
  return [w.f.year(first.year as number), w.f.percent(first.share_percent as number), w.f.hkdThousand(max)];
}

function filmFigures(rows: Row[], w: Words): string[] {
  const top = [...rows].sort((a, b) => (b.box_office_hkd as number) - (a.box_office_hkd as number))[0]!;
  const total = rows.reduce((s, r) => s + (r.box_office_hkd as number), 0);
  const title = w.locale === "en" ? String(top.title_en) : `《${w.title(String(top.title_zh)).text}》`;
  return [String(rows.length), w.f.hkd(total), w.f.hkd(top.box_office_hkd as number), title];
}

describe("descriptions carry the rows' figures, formatted for the edition", () => {
  it("covers every table", () => {
    expect(Object.keys(FIGURES).sort()).toEqual(TABLES.map((t) => t.id).sort());
  });
  describe.each(TABLES.map((t) => [t.id, t] as const))("%s", (id, spec) => {
    const rows = spec.rows(siteData());
    it.each(LOCALES)("%s", (locale) => {
      const w = words(locale);
      const text = spec.describe(rows, w);
      for (const figure of FIGURES[id]!(rows, w)) expect(text, figure).toContain(figure);
    });
  });
});

describe("notes carry the rows' figures", () => {
  const data = siteData();
  const rowsOf = (id: string) => tableById(id).rows(data);
  const notesOf = (id: string, w: Words) => tableById(id).notes(rowsOf(id), w).join("\n");

  it.each(LOCALES)("trade tables: the number of years and the span, in %s", (locale) => {
    const w = words(locale);
    for (const id of ["table-1-trade-imports", "table-8-trade-exports"]) {
      const years = [...new Set(rowsOf(id).map((r) => r.year as number))];
      const text = notesOf(id, w);
      expect(text).toContain(`${years.length}`);
      if (locale === "en") expect(text).toContain(`${years[0]}-${years.at(-1)}`);
      else expect(text).toContain(w.f.yearSpan(years[0]!, years.at(-1)!));
    }
    // Table 8 counts its rows with an illegible cell, and names their years.
    const rows = rowsOf("table-8-trade-exports");
    const missing = rows.filter((r) => r.place === null || r.value_hkd_thousand === null || r.share_percent === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(notesOf("table-8-trade-exports", w)).toContain(`${w.f.integer(missing.length)}`);
  });

  it.each(LOCALES)("film tables: the total box office, in %s", (locale) => {
    const w = words(locale);
    for (const id of ["table-4-mainland-films-hk-2022", "table-7-hk-films-2022"]) {
      const total = rowsOf(id).reduce((s, r) => s + (r.box_office_hkd as number), 0);
      expect(notesOf(id, w)).toContain(w.f.hkd(total));
    }
  });

  it.each(LOCALES)("Table 5: the series listed, against the dramas the text says are planned, in %s", (locale) => {
    const w = words(locale);
    const text = notesOf("table-5-tvb-schedule-2024", w);
    expect(text).toContain(`${rowsOf("table-5-tvb-schedule-2024").length}`);
    expect(text).toContain(`${TVB_PLANNED_2024.dramas}`);
  });

  it("Table 5's quoted plan is the fact the data records (data/tv/tvb-ott.csv)", () => {
    const fact = data["tvb-ott"].find((f) => f.id === "tvb-dramas-planned-2024");
    expect(fact).toMatchObject({ value: TVB_PLANNED_2024.dramas, as_of: String(TVB_PLANNED_2024.year) });
  });
});

describe("names and titles in the Chinese edition", () => {
  const data = siteData();
  const w = zh();
  const cellsOf = (id: string, key: string) => {
    const spec = tableById(id);
    const c = spec.columns.find((x) => x.key === key)!;
    return spec.rows(data).map((row) => ({ row, text: cellText(c, row, w), lang: c.lang?.(row, w) }));
  };

  it("every place of places.csv is found from its name", () => {
    for (const p of data.places) expect(placeIdOfName(p.name), p.name).toBe(p.id);
    expect(placeIdOfName("China")).toBe("mainland-china");
  });

  it("places, genres, channels, languages and the paper's row labels come from the glossary, not in English", () => {
    const named: [string, string][] = [
      ["table-1-trade-imports", "place"],
      ["table-8-trade-exports", "place"],
      ["table-4-mainland-films-hk-2022", "origin"],
      ["table-4-mainland-films-hk-2022", "genre"],
      ["table-5-tvb-schedule-2024", "genre"],
      ["table-5-tvb-schedule-2024", "channel"],
      ["table-7-hk-films-2022", "languages"],
      ["table-2-film-releases-2021-2022", "measure"],
      ["table-3-box-office-2022", "category"],
    ];
    for (const [id, key] of named)
      for (const { row, text } of cellsOf(id, key)) {
        expect(text, `${id} ${key}`).not.toMatch(LATIN);
        if (row[key] !== null) expect(text, `${id} ${key}`).toMatch(HAN);
      }
    expect(cellsOf("table-1-trade-imports", "place")[0]!.text).toBe(w.place("mainland-china"));
    for (const { text } of cellsOf("table-4-mainland-films-hk-2022", "rating")) expect(text).toMatch(/^第(I|IIA|IIB|III)級$/);
  });

  it("Chinese titles are the Hong Kong release titles, or conversions marked with the mark the notes explain", () => {
    for (const id of ["table-4-mainland-films-hk-2022", "table-7-hk-films-2022"]) {
      const cells = cellsOf(id, "title_zh");
      for (const { row, text, lang } of cells) {
        const shown = w.title(String(row.title_zh));
        expect(text).toBe(shown.converted ? `${shown.text}${CONVERTED_MARK}` : shown.text);
        expect(lang).toBe("zh-HK");
      }
      const converted = cells.filter(({ row }) => w.title(String(row.title_zh)).converted);
      expect(converted.length).toBeGreaterThan(0);
      const notes = tableById(id).notes(tableById(id).rows(data), w);
      expect(notes.filter((n) => n.startsWith(CONVERTED_MARK))).toHaveLength(1);
      // The English edition shows the printed Simplified titles, unmarked, and says nothing of a mark.
      const english = tableById(id).columns.find((c) => c.key === "title_zh")!;
      for (const row of tableById(id).rows(data)) {
        expect(cellText(english, row, en())).toBe(row.title_zh);
        expect(english.lang?.(row, en())).toBe("zh-Hans");
      }
      expect(tableById(id).notes(tableById(id).rows(data), en()).join(" ")).not.toContain(CONVERTED_MARK);
    }
  });

  it("the CSV rows keep the printed Simplified titles and the paper's names", () => {
    const t4 = tableById("table-4-mainland-films-hk-2022").rows(data);
    expect(t4.map((r) => r.title_zh)).toEqual(data["mainland-films-hk-2022"].map((r) => r.title_zh));
    expect(t4[0]).toMatchObject({ origin: "China", rating: "IIA", genre: "Adventure/Suspense" });
  });

  it("English titles of films and series are marked as English in the Chinese edition only", () => {
    for (const [id, key] of [
      ["table-4-mainland-films-hk-2022", "title_en"],
      ["table-7-hk-films-2022", "title_en"],
      ["table-5-tvb-schedule-2024", "title"],
      ["table-6-tvb-mainland-dramas-prime-time", "title"],
    ] as const) {
      const c = tableById(id).columns.find((x) => x.key === key)!;
      for (const row of tableById(id).rows(data)) {
        expect(c.lang?.(row, w), id).toBe("en");
        expect(c.lang?.(row, en()), id).toBeUndefined();
      }
    }
  });

  it("reads as the paper prints it, cell by cell (spot rows)", () => {
    const row = (id: string, i: number) => {
      const spec = tableById(id);
      const r = spec.rows(data)[i]!;
      return spec.columns.map((c) => cellText(c, r, w));
    };
    expect(row("table-4-mainland-films-hk-2022", 0)).toEqual([
      "1",
      "Schemes In Antiques",
      `古董局中局${CONVERTED_MARK}`,
      "2022年4月21日",
      "2022年5月11日",
      "21",
      "77,336港元",
      "1,180",
      "124",
      "內地",
      "第IIA級",
      "冒險／懸疑",
    ]);
    expect(row("table-2-film-releases-2021-2022", 4)).toEqual(["全年總票房", "1,228,513,113港元", "1,164,318,938港元", "-5.23%"]);
    expect(row("table-2-film-releases-2021-2022", 3)).toEqual(["其中華語片", "36", "18", "–（論文未有列出）"]);
    expect(row("table-5-tvb-schedule-2024", 2)).toEqual([
      "The Heir To The Throne",
      "外購／商戰劇",
      "翡翠台",
      "2024年5月13日",
      "20:30至21:30（星期一至五）",
      "2024年6月21日",
      "30",
    ]);
    expect(row("table-7-hk-films-2022", 21).at(-1)).toBe("普通話、粵語");
  });

  it("Table 8's reading notes are summarised in Chinese for every row that has one", () => {
    const spec = tableById("table-8-trade-exports");
    for (const r of spec.rows(data)) {
      const text = readingNoteZh(r as unknown as TradeTableRow, w, "表8");
      if (r.note === null) expect(text).toBe("");
      else expect(text, String(r.note)).toMatch(HAN);
      if (r.value_hkd_thousand === null && !/block is missing/.test(String(r.note))) expect(text).toContain("貨值");
    }
    const gap = spec.rows(data).find((r) => r.year === 2018 && r.rank === 3)!;
    expect(readingNoteZh(gap as unknown as TradeTableRow, w, "表8")).toBe("抽取的文字缺少表8中2017至2019年的部分");
    const unknown = { year: 2030, rank: 1, place: "Japan", value_hkd_thousand: 1, share_percent: 1, note: "a kind of note never seen" };
    expect(() => readingNoteZh(unknown, w, "表8")).toThrow(/a kind of note never seen/);
  });

  it("a row label of Tables 2 and 3 with no Chinese name stops the build, by name", () => {
    expect(paperRowLabel("A new measure", en())).toBe("A new measure");
    expect(() => paperRowLabel("A new measure", w)).toThrow(/A new measure/);
  });
});
