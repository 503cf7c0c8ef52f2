/** The real data/ folder: it loads, every table has the rows the paper prints, and spot values match the paper. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DATASETS, FACT_DATASET_IDS, type FactDatasetId } from "../../src/data/registry.ts";
import { computeFindings, type Finding } from "../../src/data/findings.ts";
import { attestedForms } from "../../src/data/glossary.ts";
import { nonHongKongChars } from "../../src/lib/hant.ts";
import { loadSiteData, type SiteData } from "../../src/data/load.ts";
import {
  DIRECTIONS,
  impliedTotalRange,
  RANKS_PER_YEAR,
  type TradeRecord,
  tradeRows,
  tradeRowsOfYear,
  tradeYears,
} from "../../src/data/trade.ts";
import { ROOT } from "./helpers.ts";

const YEARS = Array.from({ length: 12 }, (_, i) => 2011 + i);

let data: SiteData;
let findings: Finding[];
beforeAll(() => {
  data = loadSiteData(ROOT);
  findings = computeFindings(data);
});

const trade = (direction: "imports" | "exports", year: number, rank: number): TradeRecord => {
  const r = tradeRows(data, direction).find((x) => x.year === year && x.rank === rank);
  if (!r) throw new Error(`no ${direction} row for ${year} rank ${rank}`);
  return r;
};
const finding = (id: string): Finding => {
  const f = findings.find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id}; have ${findings.map((x) => x.id).join(", ")}`);
  return f;
};

describe("row counts", () => {
  it.each(DIRECTIONS)("%s: one file per year from 2011 (the paper's 2011-2022, then any added), five ranks each", (direction) => {
    const years = tradeYears(data, direction);
    expect(years.slice(0, YEARS.length)).toEqual(YEARS);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2011 + i));
    expect(tradeRows(data, direction)).toHaveLength(years.length * RANKS_PER_YEAR);
    for (const year of YEARS) {
      expect(
        tradeRows(data, direction)
          .filter((r) => r.year === year)
          .map((r) => r.rank),
      ).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it("every table has the rows the paper prints", () => {
    expect({
      places: data.places.length,
      filmReleases: data["film-releases-2021-2022"].length,
      boxOffice: data["box-office-2022"].length,
      mainlandFilms: data["mainland-films-hk-2022"].length,
      hongKongFilms: data["hk-films-2022"].length,
      originOfReleases: data["origin-of-releases-2022"].length,
      filmsAbroad: data["hk-films-abroad-2022"].length,
      tvbSchedule: data["tvb-schedule-2024"].length,
      tvbMainlandDramas: data["tvb-mainland-dramas-prime-time"].length,
    }).toEqual({
      places: 17,
      filmReleases: 5, // Table 2
      boxOffice: 5, // Table 3
      mainlandFilms: 18, // Table 4
      hongKongFilms: 27, // Table 7
      originOfReleases: 6, // Figure 3
      filmsAbroad: 9,
      tvbSchedule: 7, // Table 5
      tvbMainlandDramas: 7, // Table 6
    });
  });

  it("facts files have one row per stated figure", () => {
    expect(Object.fromEntries(FACT_DATASET_IDS.map((k) => [k, data[k].length]))).toEqual({
      "animation-exports-2016": 5,
      "tvb-ott": 22,
      "film-development-fund": 11,
      "filmart-2025": 10,
    });
  });

  it("the trade folders hold nothing but the year files", () => {
    for (const direction of DIRECTIONS) {
      expect(readdirSync(join(ROOT, "data/trade", direction)).sort()).toEqual(YEARS.map((y) => `${y}.csv`));
    }
  });

  it("rows remember the line they came from", () => {
    expect(trade("imports", 2011, 1).line).toBe(2);
    expect(trade("imports", 2011, 5).line).toBe(6);
    expect(trade("imports", 2011, 1).file).toBe("data/trade/imports/2011.csv");
    expect(data["hk-films-2022"].at(-1)?.line).toBe(28);
  });

  it("every catalogue entry points at a file or folder under data/", () => {
    for (const d of DATASETS) expect(d.path.startsWith("data/"), d.id).toBe(true);
  });
});

describe("trade spot values (Tables 1 and 8)", () => {
  it("imports 2011 rank 1 is Mainland China, HK$1,766,485k, 35.9%", () => {
    expect(trade("imports", 2011, 1)).toMatchObject({
      place: "mainland-china",
      value_hkd_thousand: 1766485,
      share_percent: 35.9,
      note: null,
    });
  });
  it("imports 2022 rank 2 is Mainland China, HK$338,263k, 14.4%", () => {
    expect(trade("imports", 2022, 2)).toMatchObject({ place: "mainland-china", value_hkd_thousand: 338263, share_percent: 14.4 });
  });
  it("imports 2011 rank 2 keeps the printed 17.0 as 17", () => {
    expect(trade("imports", 2011, 2)).toMatchObject({ place: "japan", value_hkd_thousand: 836252, share_percent: 17 });
  });
  it("exports 2020 rank 1 is Mainland China at 88.0%", () => {
    expect(trade("exports", 2020, 1)).toMatchObject({ place: "mainland-china", value_hkd_thousand: 333793, share_percent: 88 });
  });
  it("exports 2017 rank 1 is Taiwan at 56.2% with no value (stated in prose only)", () => {
    const r = trade("exports", 2017, 1);
    expect(r).toMatchObject({ place: "taiwan-china", share_percent: 56.2, value_hkd_thousand: null });
    expect(r.note).toContain("56.2%");
  });
  it("exports 2018 is entirely missing, with a note on every row", () => {
    const rows = data["trade-exports"].filter((r) => r.year === 2018);
    expect(rows.map((r) => [r.place, r.value_hkd_thousand, r.share_percent])).toEqual(Array(5).fill([null, null, null]));
    for (const r of rows) expect(r.note).toMatch(/missing/);
  });

  it("every missing trade cell has a note", () => {
    const gaps = DIRECTIONS.flatMap((d) => tradeRows(data, d)).filter(
      (r) => r.place === null || r.value_hkd_thousand === null || r.share_percent === null,
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const r of gaps) expect(r.note, `${r.file}:${r.line}`).toMatch(/\S/);
  });

  it("imports have no missing cells", () => {
    for (const r of data["trade-imports"]) {
      expect([r.place, r.value_hkd_thousand, r.share_percent], `${r.file}:${r.line}`).not.toContain(null);
    }
  });

  describe.each(DIRECTIONS)("%s: each year's rows imply one total", (direction) => {
    it.each(YEARS)("%i", (year) => {
      const legible = tradeRows(data, direction).filter(
        (r) => r.year === year && r.value_hkd_thousand !== null && r.share_percent !== null,
      );
      if (legible.length < 2) {
        // Only exports 2017-2019, whose block is missing from the paper, may lack two legible rows.
        expect(direction === "exports" && year >= 2017 && year <= 2019).toBe(true);
        return;
      }
      const ranges = legible.map((r) => impliedTotalRange(r.value_hkd_thousand!, r.share_percent!));
      const lo = Math.max(...ranges.map((x) => x[0]));
      const hi = Math.min(...ranges.map((x) => x[1]));
      expect(lo, `implied totals ${JSON.stringify(ranges)}`).toBeLessThanOrEqual(hi);
    });
  });

  it("the interval check would catch a mistyped digit (imports 2011 Japan 836252 -> 886252)", () => {
    const rows = data["trade-imports"].filter((r) => r.year === 2011).map((r) => (r.rank === 2 ? { ...r, value_hkd_thousand: 886252 } : r));
    const ranges = rows.map((r) => impliedTotalRange(r.value_hkd_thousand!, r.share_percent!));
    expect(Math.max(...ranges.map((x) => x[0]))).toBeGreaterThan(Math.min(...ranges.map((x) => x[1])));
  });
});

describe("film spot values (Tables 2, 3, 4 and 7)", () => {
  it("Table 2: 216 first-run films in 2022, down 21.17%", () => {
    expect(data["film-releases-2021-2022"].find((r) => r.id === "first-run-films")).toMatchObject({
      unit: "films",
      value_2021: 274,
      value_2022: 216,
      change_percent_printed: -21.17,
    });
    expect(data["film-releases-2021-2022"].find((r) => r.id === "first-run-non-hong-kong-chinese-language-films")).toMatchObject({
      value_2021: 36,
      value_2022: 18,
      change_percent_printed: null,
    });
  });

  it("Table 3: total HK$1,164,318,938 and Chinese films HK$7,618,995 (0.65%)", () => {
    expect(data["box-office-2022"].find((r) => r.id === "total")).toMatchObject({ box_office_hkd: 1164318938, share_percent_printed: 100 });
    expect(data["box-office-2022"].find((r) => r.id === "chinese")).toMatchObject({ box_office_hkd: 7618995, share_percent_printed: 0.65 });
  });

  it("Table 4: The Battle at Lake Changjin II", () => {
    const r = data["mainland-films-hk-2022"].find((x) => x.title_en === "The Battle at Lake Changjin II");
    expect(r).toMatchObject({
      no: 3,
      title_zh: "长津湖之水门桥",
      start_date: "2022-05-12",
      end_date: "2022-07-30",
      days_in_theatres: 80,
      box_office_hkd: 3203600,
      admissions: 41917,
      length_minutes: 150,
      origin: "mainland-china",
      rating: "IIB",
      genre: "Drama/War",
    });
  });

  it("Table 4: four Taiwan films and fourteen Mainland films", () => {
    expect(data["mainland-films-hk-2022"].filter((r) => r.origin === "taiwan-china").map((r) => r.no)).toEqual([4, 11, 13, 18]);
    expect(data["mainland-films-hk-2022"].filter((r) => r.origin === "mainland-china")).toHaveLength(14);
  });

  it("Table 7: row 1 is Warriors of Future, HK$81,821,966", () => {
    expect(data["hk-films-2022"][0]).toMatchObject({
      no: 1,
      title_en: "Warriors of Future",
      title_zh: "明日战记",
      box_office_hkd: 81821966,
      admissions: 1120891,
      languages: "Cantonese",
    });
  });

  it("Table 7: a title with a comma is read whole", () => {
    expect(data["hk-films-2022"].find((r) => r.no === 24)).toMatchObject({
      title_en: "Love is Blind, Hate Too",
      title_zh: "致命 24小时",
      box_office_hkd: 209846,
    });
  });

  it("Figure 3 and films abroad", () => {
    expect(data["origin-of-releases-2022"].find((r) => r.place === null)).toMatchObject({
      label: "Other foreign-language",
      films: 55,
      derived: true,
      formula: "171 - 60 - 56",
    });
    expect(data["hk-films-abroad-2022"].find((r) => r.place === "mainland-china")).toMatchObject({
      films: 9,
      box_office: 1539000000,
      currency_printed: "yuan",
    });
  });

  it("places keep the printed name with its comma", () => {
    expect(data.places.find((p) => p.id === "hong-kong-china")).toMatchObject({ name: "Hong Kong, China", display_name: "Hong Kong" });
  });
});

describe("television spot values (Tables 5 and 6)", () => {
  it("Table 5: The Heir To The Throne first aired 2024-05-13", () => {
    expect(data["tvb-schedule-2024"].find((r) => r.title === "The Heir To The Throne")).toMatchObject({
      air_date: "2024-05-13",
      finale_date: "2024-06-21",
      broadcast_time: "20:30-21:30",
      episodes: 30,
    });
  });
  it("Table 5: Death Hint has no dates, and says why", () => {
    const r = data["tvb-schedule-2024"].find((x) => x.title === "Death Hint");
    expect(r).toMatchObject({ air_date: null, finale_date: null, broadcast_time: null, episodes: 30 });
    expect(r?.note).toMatch(/To be determined/);
  });
  it("Table 6: The Imperial Coroner rated 23", () => {
    expect(data["tvb-mainland-dramas-prime-time"].find((r) => r.title === "The Imperial Coroner")).toMatchObject({
      year: 2022,
      rating_points: 23,
      year_total_episodes: 84,
      year_total_airtime_weeks: 16,
    });
  });
});

describe("facts", () => {
  const fact = (file: FactDatasetId, id: string) => data[file].find((f) => f.id === id);
  it("animation exports 2016: 36.62 million yuan, and a derived 35%", () => {
    expect(fact("animation-exports-2016", "total-exports")).toMatchObject({
      value: 36.62,
      unit: "million yuan",
      qualifier: "exact",
      as_of: "2016",
      derived: false,
    });
    expect(fact("animation-exports-2016", "hong-kong-share-of-total-via-asia")).toMatchObject({
      value: 35,
      derived: true,
      formula: "asia-share * hong-kong-share-of-asia / 100",
      quote: null,
    });
  });
  it("TVB: myTV Super had 10.4 million members in June 2023", () => {
    expect(fact("tvb-ott", "mytv-super-members")).toMatchObject({ value: 10.4, unit: "million", as_of: "2023-06" });
  });
  it("Film Development Fund: 61 financing applications by 2023-10-31", () => {
    expect(fact("film-development-fund", "fdf-production-financing-applications")).toMatchObject({
      value: 61,
      as_of: "2023-10-31",
      qualifier: "exact",
    });
  });
  it("FILMART 2025: over 760 exhibitors", () => {
    expect(fact("filmart-2025", "exhibitors")).toMatchObject({ value: 760, qualifier: "at-least" });
  });
  it("every stated fact carries its quote, every derived one its formula", () => {
    for (const rows of FACT_DATASET_IDS.map((k) => data[k])) {
      for (const f of rows) expect(f.derived ? f.formula : f.quote, f.id).toMatch(/\S/);
    }
  });
});

describe("findings (computeFindings)", () => {
  it("Table 4's box office adds up to Table 3's Chinese line, HK$7,618,995", () => {
    expect(finding("table-4-box-office-equals-table-3")).toMatchObject({ verdict: "holds", figures: { table4: 7618995, table3: 7618995 } });
  });

  it("Table 7's box office is HK$2,000 more than Table 3's Hong Kong films plus co-productions", () => {
    expect(finding("table-7-box-office-equals-table-3")).toMatchObject({
      verdict: "does-not-hold",
      figures: { table7: 347188401, hongKong: 246168606, coproductions: 101017795, difference: 2000 },
    });
    expect(246168606 + 101017795).toBe(347186401);
  });

  it("Table 3 adds up, and matches Table 2's total", () => {
    expect(finding("table-3-sums-to-total")).toMatchObject({ verdict: "holds", figures: { sum: 1164318938, total: 1164318938 } });
    expect(finding("table-3-shares-sum-to-100").verdict).toBe("holds");
    expect(finding("table-2-box-office-equals-table-3").verdict).toBe("holds");
  });

  it("Table 2's counts match the rows of Tables 4 and 7", () => {
    expect(finding("table-2-count-equals-table-7")).toMatchObject({ verdict: "holds", figures: { table2: 27, table7: 27 } });
    expect(finding("table-2-count-equals-table-4")).toMatchObject({ verdict: "holds", figures: { table2: 18, table4: 18 } });
  });

  it("Table 2's printed changes match its values", () => {
    const changes = findings.filter((f) => f.id.startsWith("table-2-change-"));
    expect(changes.map((f) => f.id)).toEqual([
      "table-2-change-first-run-films",
      "table-2-change-first-run-hong-kong-films",
      "table-2-change-first-run-non-hong-kong-films",
      "table-2-change-total-box-office",
    ]);
    for (const f of changes) expect(f.verdict, f.id).toBe("holds");
  });

  it("days in cinemas match the dates in Tables 4 and 7", () => {
    expect(finding("table-4-days-match-dates")).toMatchObject({ verdict: "holds", figures: { rows: 18, mismatches: 0 } });
    expect(finding("table-7-days-match-dates")).toMatchObject({ verdict: "holds", figures: { rows: 27, mismatches: 0 } });
  });

  it("Figure 3 sums to Table 2's 216 films, and its derived counts match Table 4", () => {
    expect(finding("figure-3-sums-to-table-2")).toMatchObject({ verdict: "holds", figures: { sum: 216, table2: 216 } });
    // The derived counts are a data check, not findings: a wrong one stops the build (fixtures.test.ts).
    expect(findings.map((f) => f.id)).not.toContain("figure-3-mainland-china-count");
  });

  it("trade years: exports 2017-2019 cannot be checked, every other year holds", () => {
    for (const direction of DIRECTIONS) {
      for (const year of YEARS) {
        const f = finding(`trade-${direction}-${year}-implied-total`);
        const missing = direction === "exports" && year >= 2017 && year <= 2019;
        expect(f.verdict, f.id).toBe(missing ? "cannot-check" : "holds");
      }
    }
    expect(finding("trade-exports-2014-implied-total").figures.rows).toBe(2);
  });

  it("states each check in both editions: Chinese as Hong Kong writes it, figures through each locale's formatter", () => {
    const allowed = attestedForms(data.glossary);
    for (const f of findings)
      for (const key of ["check", "expected", "found"] as const) {
        const [english, chinese] = [f[key].en, f[key]["zh-hk"]];
        expect(english, `${f.id} ${key}`).toMatch(/^\S/);
        expect(chinese, `${f.id} ${key}`).toMatch(/^\S/);
        if (/[A-Za-z]/.test(english)) expect(chinese, `${f.id} ${key}`).not.toBe(english);
        expect(nonHongKongChars(chinese, allowed), `${f.id} ${key}: ${chinese}`).toEqual([]);
        expect(chinese, `${f.id} ${key}`).not.toMatch(/HK\$|Table \d|\bfilms?\b|\brows?\b/);
      }
    expect(finding("table-4-box-office-equals-table-3").expected).toEqual({ en: "HK$7,618,995", "zh-hk": "7,618,995港元" });
    expect(finding("table-7-box-office-equals-table-3").found).toEqual({
      en: "HK$347,188,401, HK$2,000 more",
      "zh-hk": "347,188,401港元，多出2,000港元",
    });
    expect(finding("table-2-change-total-box-office").check["zh-hk"]).toBe("表2所印「全年總票房」的升跌幅，與該項兩年的數值相符。");
    expect(finding("trade-exports-2017-implied-total").found).toEqual({ en: "0 such rows", "zh-hk": "沒有一行同時列出貨值及佔比" });
  });

  it("the only finding that does not hold is Table 7's", () => {
    expect(findings.filter((f) => f.verdict === "does-not-hold").map((f) => f.id)).toEqual(["table-7-box-office-equals-table-3"]);
  });
});

describe("tradeRowsOfYear", () => {
  const data = loadSiteData(ROOT);
  for (const direction of DIRECTIONS)
    it(`gives each year's ${direction} rows in file order, as filtering every row does`, () => {
      for (const year of tradeYears(data, direction))
        expect(tradeRowsOfYear(data, direction, year)).toEqual(tradeRows(data, direction).filter((r) => r.year === year));
      expect(tradeRowsOfYear(data, direction, 1990)).toEqual([]);
    });
});
