/**
 * One broken thing per test: a temp copy of data/ with one edit (or one overlay from
 * tests/fixtures/), and the exact file, line, column, field and value the check must name.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataCheckError, formatIssue, type DataIssue } from "../../src/data/issues.ts";
import { loadSiteData } from "../../src/data/load.ts";
import { FIXTURES, issuesOf, ROOT, useTempProjects, where } from "./helpers.ts";

const IMPORTS_2011 = "data/trade/imports/2011.csv";
const TABLE_4 = "data/films/mainland-films-hk-2022.csv";
const TABLE_6 = "data/tv/tvb-mainland-dramas-prime-time.csv";
const TABLE_7 = "data/films/hk-films-2022.csv";
const ANIMATION = "data/animation/animation-exports-2016.csv";
const FILMART = "data/policy/filmart-2025.csv";
/** The Chinese label of the animation file's derived figure (line 6). */
const VIA_ASIA_ZH = "香港在全部出口中的佔比（亞洲70%的一半）";

const project = useTempProjects();

/** The single issue of a run, after checking there is exactly one. */
function only(issues: DataIssue[]): DataIssue {
  expect(issues.map(where)).toHaveLength(1);
  return issues[0]!;
}

describe("the real data, as a control", () => {
  it("a fresh temp copy loads cleanly, so every failure below comes from its one edit", () => {
    expect(() => loadSiteData(project().root)).not.toThrow();
  });
});

describe("headers", () => {
  it("a missing column is named, with the full header to copy", () => {
    const p = project();
    p.write(IMPORTS_2011, p.read(IMPORTS_2011).replace(",note\n", "\n").replace(/,\n/g, "\n"));
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 1, value: "year,rank,place,value_hkd_thousand,share_percent" });
    expect(i.expected).toBe('the header to contain "note"');
    expect(i.hint).toBe("the full header is: year,rank,place,value_hkd_thousand,share_percent,note");
  });

  it.each([
    ["value_hkd_thousands", 4, "value_hkd_thousand"],
    ["share_pecent", 5, "share_percent"],
    ["Share Percent", 5, "share_percent"],
    ["yeer", 1, "year"],
  ])("a misspelt column %j gets a did-you-mean hint", (typo, column, meant) => {
    const p = project().replace(IMPORTS_2011, meant, typo);
    const issues = issuesOf(p.root);
    const header = `year,rank,place,value_hkd_thousand,share_percent,note`.replace(meant, typo);
    expect(issues.map(where)).toEqual([
      { file: IMPORTS_2011, line: 1, column, value: typo },
      { file: IMPORTS_2011, line: 1, value: header },
    ]);
    expect(issues[0]!.hint).toBe(`did you mean "${meant}"?`);
    expect(issues[1]!.expected).toBe(`the header to contain "${meant}"`);
  });

  it("a column name that resembles nothing gets no hint", () => {
    const p = project().replace(IMPORTS_2011, "note", "comments");
    expect(issuesOf(p.root)[0]).toMatchObject({ line: 1, column: 6, value: "comments", hint: undefined });
  });

  it("a duplicate column is named at its second position", () => {
    const p = project();
    p.write(IMPORTS_2011, p.read(IMPORTS_2011).replace(",note\n", ",note,note\n").replace(/,\n/g, ",,\n"));
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 1, column: 7, value: "note" });
    expect(i.expected).toBe("each column name once");
  });
});

describe("cells", () => {
  it("thousands separators in a whole number", () => {
    const p = project().replace(IMPORTS_2011, "2011,1,mainland-china,1766485,", '2011,1,mainland-china,"1,766,485",');
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 2, column: 4, field: "value_hkd_thousand", value: "1,766,485" });
    expect(i.expected).toBe("a whole number, digits only");
    expect(i.hint).toBe("write numbers without thousands separators, e.g. 1766485.");
  });

  it("a share with a % sign", () => {
    const p = project().replace(IMPORTS_2011, "1766485,35.9,", "1766485,35.9%,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 2, column: 5, field: "share_percent", value: "35.9%" });
    expect(i.hint).toBe("write the number without the % sign, e.g. 35.9.");
  });

  it("shares written as fractions throughout a file are reported once, at the first row", () => {
    const p = project();
    p.write(
      IMPORTS_2011,
      p.read(IMPORTS_2011).replace(/,(\d+\.\d),$/gm, (_, s: string) => `,${+(Number(s) / 100).toFixed(4)},`),
    );
    expect(p.read(IMPORTS_2011)).toContain("1766485,0.359,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 2, column: 5, field: "share_percent", value: "0.359" });
    expect(i.hint).toContain("shares should be percentages such as 35.9, not 0.359");
  });

  it("a negative value is out of range", () => {
    const p = project().replace(IMPORTS_2011, ",1766485,", ",-1766485,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 2, column: 4, field: "value_hkd_thousand", value: "-1766485" });
    expect(i.expected).toBe("a whole number of at least 0");
  });

  it("a share over 100 is out of range", () => {
    const p = project().replace(IMPORTS_2011, ",35.9,", ",359,");
    expect(only(issuesOf(p.root))).toMatchObject({
      line: 2,
      column: 5,
      field: "share_percent",
      value: "359",
      expected: "a number of at most 100",
    });
  });

  it.each([
    ["6", "a whole number of at most 5"],
    ["0", "a whole number of at least 1"],
    ["five", "a whole number, digits only"],
  ])("rank %j is not 1-5", (rank, expected) => {
    const p = project().replace(IMPORTS_2011, "2011,5,taiwan-china", `2011,${rank},taiwan-china`);
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 6, column: 2, field: "rank", value: rank });
    expect(i.expected).toBe(expected);
  });

  it("a printed place name gets the id to use", () => {
    const p = project().replace(IMPORTS_2011, "taiwan-china", "Taiwan China");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 6, column: 3, field: "place", value: "Taiwan China" });
    expect(i.expected).toBe("a place id listed in data/places.csv");
    expect(i.hint).toBe('use the id "taiwan-china" for "Taiwan China".');
  });

  it("an unknown place gets the list of ids", () => {
    const p = project().replace(IMPORTS_2011, "taiwan-china", "france");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 6, column: 3, field: "place", value: "france" });
    expect(i.hint).toMatch(
      /^the allowed ids are mainland-china, hong-kong-china, taiwan-china, .*united-kingdom; to add a place, add a line to data\/places\.csv\.$/,
    );
  });

  it("a place added to places.csv becomes valid everywhere", () => {
    const p = project().replace(IMPORTS_2011, "taiwan-china", "france");
    p.write("data/places.csv", p.read("data/places.csv") + "france,France,France\n");
    // A place needs its names in the glossary too, for the Chinese edition.
    p.write("data/glossary.csv", p.read("data/glossary.csv") + "france,place,France,法國,,,\n");
    expect(loadSiteData(p.root)["trade-imports"].find((r) => r.year === 2011 && r.rank === 5)?.place).toBe("france");
  });

  it("a classification in the wrong case", () => {
    const p = project().replace(TABLE_4, ",IIB,Drama/War,", ",iib,Drama/War,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: TABLE_4, line: 4, column: 11, field: "rating", value: "iib" });
    expect(i.hint).toBe('write "IIB" exactly.');
  });

  it("an empty required cell", () => {
    const p = project().replace(TABLE_7, "1,Warriors of Future,明日战记", "1,,明日战记");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: TABLE_7, line: 2, column: 2, field: "title_en", value: "" });
    expect(i.expected).toBe("a value; this cell must not be empty");
  });
});

describe("dates", () => {
  it("a day/month/year date gets the ISO spelling", () => {
    const p = project().replace(TABLE_4, "2022-04-21", "23/04/2022");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: TABLE_4, line: 2, column: 4, field: "start_date", value: "23/04/2022" });
    expect(i.expected).toBe("a date written YYYY-MM-DD");
    expect(i.hint).toBe("the paper prints day/month/year; write 2022-04-23.");
  });

  it("a date that does not exist", () => {
    const p = project().replace(TABLE_4, "2022-04-21", "2022-02-30");
    expect(where(only(issuesOf(p.root)))).toEqual({ file: TABLE_4, line: 2, column: 4, field: "start_date", value: "2022-02-30" });
  });

  it("an end date before the start date", () => {
    const p = project().replace(TABLE_7, "2022-08-25,2023-02-03", "2022-08-25,2022-08-01");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: TABLE_7, line: 2, column: 5, field: "end_date", value: "2022-08-01" });
    expect(i.expected).toBe("a date on or after the start date 2022-08-25");
  });
});

describe("one trade year", () => {
  it("a duplicate rank names both lines, and the rank left out", () => {
    const p = project().replace(IMPORTS_2011, "2011,3,usa", "2011,2,usa");
    const issues = issuesOf(p.root);
    expect(issues.map(where)).toEqual([{ file: IMPORTS_2011, line: 4, column: 2, field: "rank", value: "2" }, { file: IMPORTS_2011 }]);
    expect(issues[0]!.expected).toBe("each rank only once for the same year, but it is also on line 3");
    expect(issues[1]!.expected).toContain("rank 3 is missing");
  });

  it("a missing rank (only four rows)", () => {
    const p = project().replace(IMPORTS_2011, "2011,5,taiwan-china,382511,7.8,\n", "");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011 });
    expect(i.expected).toBe("one row for each rank 1 to 5, but rank 5 is missing");
  });

  it("a duplicate place in a year", () => {
    const p = project().replace(IMPORTS_2011, "2011,5,taiwan-china", "2011,5,japan");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 6, column: 3, field: "place", value: "japan" });
    expect(i.expected).toBe("each place only once, but it is also on line 3");
  });

  it("a year column that does not match the file name", () => {
    const p = project().replace(IMPORTS_2011, "2011,2,japan", "2012,2,japan");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 3, column: 1, field: "year", value: "2012" });
    expect(i.expected).toBe("2011, the year in the file name");
  });

  it("an empty value without a note", () => {
    const p = project().replace(IMPORTS_2011, "2011,1,mainland-china,1766485,35.9,", "2011,1,mainland-china,,35.9,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 2, column: 6, field: "note", value: "" });
    expect(i.expected).toBe("a note saying why value_hkd_thousand is missing");
  });

  it("the same empty value with a note loads", () => {
    const p = project().replace(IMPORTS_2011, "2011,1,mainland-china,1766485,35.9,", "2011,1,mainland-china,,35.9,illegible in the source");
    const row = loadSiteData(p.root)["trade-imports"].find((r) => r.year === 2011 && r.rank === 1);
    expect(row).toMatchObject({ value_hkd_thousand: null, share_percent: 35.9, note: "illegible in the source" });
  });

  it("a mistyped digit breaks the implied total, and the row is blamed", () => {
    const p = project().replace(IMPORTS_2011, "2011,2,japan,836252,", "2011,2,japan,886252,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 3, column: 4, field: "value_hkd_thousand", value: "886252 at 17%" });
    expect(i.expected).toMatch(
      /^a value and share implying the same year total as the other rows \(about [\d,]+ thousand\), but this row implies 5,213,247 thousand$/,
    );
  });

  it("a mistyped share is blamed on its row too", () => {
    const p = project().replace("data/trade/imports/2013.csv", "2013,4,usa,530294,13.6,", "2013,4,usa,530294,12.6,");
    expect(where(only(issuesOf(p.root)))).toEqual({
      file: "data/trade/imports/2013.csv",
      line: 5,
      column: 4,
      field: "value_hkd_thousand",
      value: "530294 at 12.6%",
    });
  });

  it("a last-digit slip within the rounding of the share is not an error", () => {
    const p = project().replace(IMPORTS_2011, "2011,2,japan,836252,", "2011,2,japan,836253,");
    expect(() => loadSiteData(p.root)).not.toThrow();
  });

  it("shares adding up to over 100", () => {
    const p = project().write(
      IMPORTS_2011,
      [
        "year,rank,place,value_hkd_thousand,share_percent,note",
        "2011,1,mainland-china,600000,60.0,",
        "2011,2,japan,500000,50.0,",
        "2011,3,usa,400000,40.0,",
        "2011,4,singapore,300000,30.0,",
        "2011,5,taiwan-china,200000,20.0,",
        "",
      ].join("\n"),
    );
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, column: 5, field: "share_percent", value: "200.0" });
    expect(i.expected).toBe("shares that add up to at most 100 (they are shares of the year's total)");
  });

  it("rank order: rank 3's value and share bigger than rank 2's", () => {
    const p = project()
      .replace(IMPORTS_2011, "2011,2,japan,836252,17.0,", "2011,2,usa,652788,13.2,")
      .replace(IMPORTS_2011, "2011,3,usa,652788,13.2,", "2011,3,japan,836252,17.0,");
    const issues = issuesOf(p.root);
    expect(issues.map(where)).toEqual([
      { file: IMPORTS_2011, line: 4, column: 4, field: "value_hkd_thousand", value: "836252" },
      { file: IMPORTS_2011, line: 4, column: 5, field: "share_percent", value: "17" },
    ]);
    expect(issues[0]!.expected).toBe("at most 652788, the value of rank 2 on line 3");
    expect(issues[1]!.expected).toBe("at most 13.2, the share of rank 2 on line 3");
  });

  it("rows may come in any order in the file; rank order is by rank", () => {
    const p = project();
    const [head, ...rows] = p.read(IMPORTS_2011).trimEnd().split("\n");
    p.write(IMPORTS_2011, [head, ...rows.reverse(), ""].join("\n"));
    const imports = loadSiteData(p.root)["trade-imports"];
    expect(imports.filter((r) => r.year === 2011).map((r) => [r.rank, r.line])).toEqual([
      [1, 6],
      [2, 5],
      [3, 4],
      [4, 3],
      [5, 2],
    ]);
  });
});

describe("trade files", () => {
  it("a file name that is not a year", () => {
    const p = project().write("data/trade/imports/2023-draft.csv", "anything");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: "data/trade/imports/2023-draft.csv", value: "2023-draft.csv" });
    expect(i.expected).toBe("a file named after its year, such as 2023.csv");
  });

  it("a year of imports without exports", () => {
    const p = project().remove("data/trade/exports/2022.csv");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: "data/trade/exports/2022.csv" });
    expect(i.expected).toBe("this file to exist, since 2022 has a file for imports");
  });

  it("a year of exports without imports", () => {
    const p = project().remove("data/trade/imports/2011.csv");
    expect(only(issuesOf(p.root))).toMatchObject({ file: IMPORTS_2011, expected: "this file to exist, since 2011 has a file for exports" });
  });

  it("a missing dataset file", () => {
    const p = project().remove(TABLE_6);
    expect(where(only(issuesOf(p.root)))).toEqual({ file: TABLE_6 });
  });
});

describe("cross-row checks on other tables", () => {
  it("Table 6: a year's total that differs from the year's first row", () => {
    const p = project().replace(TABLE_6, "2022,Royal Feast,19,84,16,", "2022,Royal Feast,19,85,16,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: TABLE_6, line: 7, column: 4, field: "year_total_episodes", value: "85" });
    expect(i.expected).toBe("84, as on line 6: the year's total is one merged cell in the paper");
  });

  it("a duplicate primary key (Table 7 row number)", () => {
    const p = project().replace(TABLE_7, "2,Table For Six,", "1,Table For Six,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: TABLE_7, line: 3, column: 1, field: "no", value: "1" });
    expect(i.expected).toBe("each no only once, but it is also on line 2");
  });

  it("a duplicate place id in places.csv", () => {
    const p = project().replace("data/places.csv", "japan,Japan,Japan\n", "japan,Japan,Japan\njapan,Nippon,Japan\n");
    expect(where(only(issuesOf(p.root)))).toEqual({ file: "data/places.csv", line: 7, column: 1, field: "id", value: "japan" });
  });

  it("Figure 3: a derived count without its formula", () => {
    const file = "data/films/origin-of-releases-2022.csv";
    const p = project().replace(file, "55,yes,171 - 60 - 56,", "55,yes,,");
    expect(where(only(issuesOf(p.root)))).toEqual({ file, line: 7, column: 5, field: "formula", value: "" });
  });

  it("Figure 3: a count derived from Table 4 that Table 4 does not give", () => {
    const file = "data/films/origin-of-releases-2022.csv";
    const p = project().replace(file, "Taiwan,4,yes", "Taiwan,5,yes");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file, line: 4, column: 3, field: "films", value: "5" });
    expect(i.expected).toBe("4, the Table 4 rows of origin taiwan-china");
  });

  it("Table 5: a missing date without a note", () => {
    const file = "data/tv/tvb-schedule-2024.csv";
    const p = project().replace(file, "Jade Terrace,2024-05-13,", "Jade Terrace,,");
    expect(where(only(issuesOf(p.root)))).toEqual({ file, line: 4, column: 9, field: "note", value: "" });
  });
});

describe("facts", () => {
  it("a derived figure that disagrees with its formula", () => {
    const p = project().replace(ANIMATION, `(half of Asia's 70%),${VIA_ASIA_ZH},35,`, `(half of Asia's 70%),${VIA_ASIA_ZH},40,`);
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: ANIMATION, line: 6, column: 4, field: "value", value: "40" });
    expect(i.expected).toBe("35, what the formula “asia-share * hong-kong-share-of-asia / 100” gives");
  });

  it("a derived figure within half a per cent of its formula passes", () => {
    const p = project().replace(ANIMATION, `(half of Asia's 70%),${VIA_ASIA_ZH},35,`, `(half of Asia's 70%),${VIA_ASIA_ZH},35.1,`);
    expect(() => loadSiteData(p.root)).not.toThrow();
  });

  it("a stated figure without its quote", () => {
    const p = project().replace(FILMART, `2025,no,,"This year's Filmart has attracted over 760 exhibitors from 34 economies"`, "2025,no,,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: FILMART, line: 2, column: 10, field: "quote", value: "" });
    expect(i.expected).toBe("the sentence the figure comes from, quoted as printed");
  });

  it("an unknown id in a formula", () => {
    const p = project().replace(ANIMATION, "asia-share * hong-kong-share-of-asia / 100", "asia-share * hong-kong-share-of-europe / 100");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({
      file: ANIMATION,
      line: 6,
      column: 9,
      field: "formula",
      value: "asia-share * hong-kong-share-of-europe / 100",
    });
    expect(i.hint).toContain('refers to "hong-kong-share-of-europe", which is not an id in the same file');
  });

  it("a formula may not refer to its own row", () => {
    const p = project().replace(ANIMATION, "asia-share * hong-kong-share-of-asia / 100", "hong-kong-share-of-total-via-asia");
    expect(only(issuesOf(p.root))).toMatchObject({ file: ANIMATION, line: 6, column: 9, field: "formula" });
  });

  it("a derived figure without a formula", () => {
    const p = project().replace(ANIMATION, "yes,asia-share * hong-kong-share-of-asia / 100,", "yes,,");
    expect(where(only(issuesOf(p.root)))).toEqual({ file: ANIMATION, line: 6, column: 9, field: "formula", value: "" });
  });

  it("a Chinese label with a character Hong Kong does not write, named with the form to write", () => {
    const p = project().replace(FILMART, "exhibitors,Exhibitors,參展商,", "exhibitors,Exhibitors,参展商,");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: FILMART, line: 2, column: 3, field: "label_zh_hk", value: "参展商" });
    expect(i.expected).toBe("the label in Chinese as Hong Kong writes it; “参” is not the Hong Kong form");
    expect(i.hint).toContain("Hong Kong writes “參展商”");
  });

  it("a Chinese label left empty, or copied from the English", () => {
    const empty = project().replace(FILMART, "exhibitors,Exhibitors,參展商,", "exhibitors,Exhibitors,,");
    const e = only(issuesOf(empty.root));
    expect(where(e)).toEqual({ file: FILMART, line: 2, column: 3, field: "label_zh_hk", value: "" });
    expect(e.expected).toBe("a value; this cell must not be empty");
    const english = project().replace(FILMART, "exhibitors,Exhibitors,參展商,", "exhibitors,Exhibitors,Exhibitors,");
    const c = only(issuesOf(english.root));
    expect(where(c)).toEqual({ file: FILMART, line: 2, column: 3, field: "label_zh_hk", value: "Exhibitors" });
    expect(c.expected).toBe("the label “Exhibitors” in Hong Kong Chinese, in Chinese characters");
  });
});

describe("CSV files as spreadsheets save them (accepted)", () => {
  const clean = () => loadSiteData(ROOT)["trade-imports"].filter((r) => r.year === 2011);

  it.each(["csv-bom", "csv-crlf", "csv-trailing-blank-lines", "csv-spreadsheet-export"])(
    "%s loads with the same rows as the clean file",
    (fixture) => {
      const p = project().overlay(fixture);
      expect(p.read(IMPORTS_2011)).not.toBe(readFileSync(join(ROOT, IMPORTS_2011), "utf8"));
      expect(loadSiteData(p.root)["trade-imports"].filter((r) => r.year === 2011)).toEqual(clean());
    },
  );

  it("the fixtures hold the bytes they claim", () => {
    const bytes = (name: string) => readFileSync(join(FIXTURES, name, IMPORTS_2011));
    expect([...bytes("csv-bom").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes("csv-crlf").toString("latin1").match(/\r\n/g)).toHaveLength(6);
    expect(bytes("csv-trailing-blank-lines").toString("latin1").endsWith("\n\n\n  \n")).toBe(true);
    expect(bytes("csv-spreadsheet-export").toString("latin1").endsWith("\r\n\r\n")).toBe(true);
  });

  it("quoted fields with commas, doubled quotes and a line break load, and later rows keep their lines", () => {
    const p = project().overlay("csv-quoted-fields");
    const rows = loadSiteData(p.root)["trade-imports"].filter((r) => r.year === 2011);
    const strip = ({ note: _n, line: _l, ...rest }: (typeof rows)[number]) => rest;
    expect(rows.map(strip)).toEqual(clean().map(strip));
    expect(rows.map((r) => r.note)).toEqual([
      'printed as "Mainland China", with a comma',
      "a note\non two lines",
      "commas, commas, and more commas",
      '""',
      null,
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5, 6, 7]);
  });

  it("a quoted Windows line break inside a file with Unix line endings", () => {
    const p = project().replace(IMPORTS_2011, "2011,2,japan,836252,17.0,", '2011,2,japan,836252,17.0,"pasted\r\nfrom Windows"');
    const rows = loadSiteData(p.root)["trade-imports"].filter((r) => r.year === 2011);
    expect(rows[1]!.note).toBe("pasted\r\nfrom Windows");
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5, 6, 7]);
  });

  it("a quoted Unix line break inside a file with Windows line endings", () => {
    const p = project().overlay("csv-crlf").replace(IMPORTS_2011, "2011,2,japan,836252,17.0,", '2011,2,japan,836252,17.0,"two\nlines"');
    const rows = loadSiteData(p.root)["trade-imports"].filter((r) => r.year === 2011);
    expect(rows[1]!.note).toBe("two\nlines");
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5, 6, 7]);
  });
});

describe("malformed CSV files (rejected with a located message)", () => {
  it("an unclosed quote names the line where it opened", () => {
    const i = only(issuesOf(project().overlay("csv-unclosed-quote").root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 4 });
    expect(i.expected).toBe('every opening double quote (") to be closed on the same field');
  });

  it("a semicolon-delimited file is told to use commas", () => {
    const i = only(issuesOf(project().overlay("csv-semicolons").root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 1, value: "year;rank;place;value_hkd_thousand;share_percent;note" });
    expect(i.expected).toBe("columns separated by commas");
    expect(i.hint).toMatch(/separated by semicolons; save the file as “CSV \(comma delimited\)”/);
  });

  it("a tab-delimited file is told to use commas", () => {
    const p = project();
    p.write(IMPORTS_2011, p.read(IMPORTS_2011).replace(/,/g, "\t"));
    expect(only(issuesOf(p.root))).toMatchObject({
      line: 1,
      expected: "columns separated by commas",
      hint: expect.stringContaining("tabs"),
    });
  });

  it("Latin-1 bytes name the line of the first one", () => {
    const i = only(issuesOf(project().overlay("csv-latin1").root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 4, value: "byte 0xe9" });
    expect(i.expected).toBe("a UTF-8 text file");
    expect(i.hint).toContain("CSV UTF-8");
  });

  it("a UTF-16 file (little-endian, as Excel's “Unicode Text”)", () => {
    const i = only(issuesOf(project().overlay("csv-utf16").root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 1 });
    expect(i.expected).toBe("a UTF-8 text file, not UTF-16");
  });

  it("a UTF-16 big-endian file", () => {
    const p = project();
    const le = Buffer.from(p.read(IMPORTS_2011), "utf16le");
    p.write(IMPORTS_2011, Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]));
    expect(only(issuesOf(p.root))).toMatchObject({ file: IMPORTS_2011, line: 1, expected: "a UTF-8 text file, not UTF-16" });
  });

  it("a row with too many cells from a thousands separator is told to write digits only", () => {
    const i = only(issuesOf(project().overlay("csv-too-many-cells").root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 2, value: "2011,1,mainland-china,1,766,485,35.9," });
    expect(i.expected).toBe("6 cells, as in the header, but found 8");
    expect(i.hint).toContain("thousands separators");
  });

  it("a row with too many cells from an unquoted comma in text is told to quote it", () => {
    const p = project().replace(IMPORTS_2011, "2011,2,japan,836252,17.0,", "2011,2,japan,836252,17.0,read from the table, p. 83");
    const i = only(issuesOf(p.root));
    expect(i.line).toBe(3);
    expect(i.hint).toBe("a value containing a comma must be put in double quotes.");
  });

  it("a row with too few cells", () => {
    const p = project().replace(IMPORTS_2011, "2011,2,japan,836252,17.0,", "2011,2,japan,836252,17.0");
    const i = only(issuesOf(p.root));
    expect(where(i)).toEqual({ file: IMPORTS_2011, line: 3, value: "2011,2,japan,836252,17.0" });
    expect(i.hint).toMatch(/a cell is missing/);
  });

  it("an empty file", () => {
    const p = project().write(TABLE_6, "");
    expect(only(issuesOf(p.root))).toMatchObject({ file: TABLE_6, line: 1, expected: expect.stringContaining("the file is empty") });
  });
});

describe("one run reports every problem", () => {
  it("three broken files give three located issues in one DataCheckError", () => {
    const issues = issuesOf(project().overlay("three-broken-files").root);
    expect(issues.map(where)).toEqual([
      { file: "data/trade/exports/2012.csv", line: 3, column: 5, field: "share_percent", value: "7.8%" },
      { file: TABLE_6, line: 7, column: 4, field: "year_total_episodes", value: "85" },
      { file: ANIMATION, line: 6, column: 4, field: "value", value: "40" },
    ]);
  });

  it("each file of the fixture differs from the real file in exactly one line", () => {
    for (const rel of ["data/trade/exports/2012.csv", TABLE_6, ANIMATION]) {
      const real = readFileSync(join(ROOT, rel), "utf8").split("\n");
      const broken = readFileSync(join(FIXTURES, "three-broken-files", rel), "utf8").split("\n");
      expect(broken.length, rel).toBe(real.length);
      expect(
        broken.filter((l, k) => l !== real[k]),
        rel,
      ).toHaveLength(1);
    }
  });

  it("problems in the same file and in places.csv are all listed, and the message names each", () => {
    const p = project()
      .replace(IMPORTS_2011, "1766485,35.9,", "1766485,35.9%,")
      .replace(IMPORTS_2011, "2011,5,taiwan-china", "2011,5,Taiwan China")
      .replace(TABLE_4, "2022-04-21", "23/04/2022");
    let error: unknown;
    try {
      loadSiteData(p.root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataCheckError);
    const e = error as DataCheckError;
    expect(e.issues.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual([
      `${IMPORTS_2011}:2:5`,
      `${IMPORTS_2011}:6:3`,
      `${TABLE_4}:2:4`,
    ]);
    expect(e.message.split("\n")[0]).toBe("3 data problems found:");
    for (const i of e.issues) expect(e.message).toContain(formatIssue(i));
  });
});

describe("formatIssue", () => {
  it("writes location, value, expectation and hint in one line", () => {
    expect(
      formatIssue({
        file: "data/x.csv",
        line: 4,
        column: 5,
        field: "share_percent",
        value: "14.2%",
        expected: "a number such as 35.9",
        hint: "drop the %.",
      }),
    ).toBe('data/x.csv:4:5 (line 4, column 5 "share_percent"): found "14.2%"; expected a number such as 35.9. Hint: drop the %.');
    expect(formatIssue({ file: "data/x.csv", expected: "this file to exist" })).toBe("data/x.csv: expected this file to exist.");
  });
});
