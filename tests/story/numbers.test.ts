/**
 * The story's numbers in both editions: every <Num> key of each language's chapters renders,
 * and the Chinese values read as the Chinese sentences around them need (bare years and counts
 * where the prose writes 年 or a classifier itself, 萬/億 amounts, 第2位, the source's qualifier).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attestedForms } from "../../src/data/glossary.ts";
import { loadSiteData } from "../../src/data/load.ts";
import { FACT_DATASET_IDS } from "../../src/data/registry.ts";
import { wordsFor } from "../../src/data/words.ts";
import { nonHongKongChars } from "../../src/lib/hant.ts";
import { LOCALES } from "../../src/lib/i18n.ts";
import { chineseAmount, formatFact, qualifierIn, storyNumber, storyValue, UnknownNumberError } from "../../src/story/numbers.ts";

const data = loadSiteData(process.cwd());
const zh = wordsFor(data, "zh-hk");
const allowed = attestedForms(data.glossary);
const keysOf = (locale: string) =>
  readdirSync(`src/content/story/${locale}`)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => ({
      file: f,
      keys: [...readFileSync(join(`src/content/story/${locale}`, f), "utf8").matchAll(/<Num k="([^"]+)"/g)].map((m) => m[1]!),
    }));

describe("every story number renders in both editions", () => {
  for (const locale of LOCALES) {
    for (const { file, keys } of keysOf(locale)) {
      it(`${locale}/${file}: every <Num> key gives a value`, () => {
        for (const k of keys) expect(storyNumber(data, k, locale), `${locale} ${k}`).not.toBe("");
      });
    }
  }

  it("the two editions' chapters use the same keys", () => {
    const set = (locale: string) => [...new Set(keysOf(locale).flatMap((c) => c.keys))].sort();
    expect(set("zh-hk")).toEqual(set("en"));
  });

  it("every Chinese value is written with Hong Kong characters, and none is English unless marked so", () => {
    for (const { keys } of keysOf("zh-hk")) {
      for (const k of keys) {
        const v = storyValue(data, k, "zh-hk");
        expect(nonHongKongChars(v.text, allowed), k).toEqual([]);
        if (/[A-Za-z]{2}/.test(v.text)) expect(v.lang, `${k}: ${v.text}`).toBe("en");
      }
    }
  });

  it("an unknown key stops the build in either edition", () => {
    for (const locale of LOCALES) expect(() => storyNumber(data, "no-such-number", locale)).toThrow(UnknownNumberError);
  });
});

describe("Chinese values fit their sentences", () => {
  const n = (k: string) => storyNumber(data, k, "zh-hk");
  it("amounts in 萬 and 億, percentages, ranks, bare years and counts", () => {
    expect(n("trade/imports/first/mainland-china/value")).toBe("17.7億港元");
    expect(n("trade/exports/2011/taiwan-china/value")).toBe("4870萬港元");
    expect(n("trade/imports/first/mainland-china/share")).toBe("35.9%");
    expect(n("trade/imports/first/japan/rank")).toBe("第2位");
    expect(n("mainland-import-low-rank")).toBe("第4位");
    expect(n("year/imports/first")).toBe("2011");
    expect(n("mainland-import-low-year")).toBe("2019");
    expect(n("releases-2022")).toBe("216");
    expect(n("top-mainland-film-days")).toBe("80");
    expect(n("imports-2016-gap-points")).toBe("1.7");
    expect(n("box-office-2022")).toBe("11.64億港元");
    expect(n("box-hong-kong")).toBe("2.46億港元");
    expect(n("top-hk-film-box")).toBe("8182萬港元");
    expect(n("top-mainland-film-box")).toBe("320萬港元");
    expect(n("abroad-mainland-box")).toBe("人民幣15.39億元");
  });

  it("film titles are the Hong Kong release titles", () => {
    expect(storyValue(data, "top-mainland-film", "zh-hk")).toEqual({ text: "長津湖之水門橋" });
    expect(storyValue(data, "top-hk-film", "zh-hk")).toEqual({ text: "明日戰記" });
    expect(storyValue(data, "top-hk-film", "en")).toEqual({ text: "Warriors of Future" });
  });

  it("facts carry the source's qualifier and a Chinese unit", () => {
    expect(n("fact/animation-exports-2016/total-exports")).toBe("人民幣3662萬元");
    expect(n("fact/animation-exports-2016/asia-share")).toBe("約70%");
    expect(n("fact/animation-exports-2016/hong-kong-share-of-total-as-stated")).toBe("接近50%");
    expect(n("fact/film-development-fund/fdf-approved-funding")).toBe("接近10.58億港元");
    expect(n("fact/film-development-fund/revitalization-scheme-investment")).toBe("不少於50億港元");
    expect(n("fact/film-development-fund/policy-address-injection-2023")).toBe("43億港元");
    expect(n("fact/filmart-2025/exhibitors")).toBe("超過760家展商");
    expect(n("fact/filmart-2025/short-drama-revenue")).toBe("超過1億元");
    expect(n("fact/tvb-ott/mytv-super-members")).toBe("1040萬");
    expect(n("fact/tvb-ott/viu-markets")).toBe("超過170個市場");
    expect(n("fact/tvb-ott/tvb-dramas-planned-2024")).toBe("14部劇集");
  });

  it("every fact of the data has a Chinese form, in Hong Kong characters, with the qualifier first", () => {
    for (const ds of FACT_DATASET_IDS) {
      for (const f of data[ds]) {
        const text = formatFact(f, zh);
        expect(nonHongKongChars(text, allowed), `${ds}/${f.id}`).toEqual([]);
        expect(text.startsWith(qualifierIn(f, "zh-hk")), `${ds}/${f.id}`).toBe(true);
        expect(text, `${ds}/${f.id}`).not.toMatch(/[A-Za-z]/);
      }
    }
  });

  it("qualifiers keep their meaning in Chinese", () => {
    const f = data["filmart-2025"].find((x) => x.id === "huace-productions-shown")!;
    expect(qualifierIn(f, "en")).toBe("nearly");
    expect(qualifierIn(f, "zh-hk")).toBe("接近");
    expect(formatFact(f, zh)).toBe("接近30部作品");
  });

  it("萬 and 億 keep the source's precision, with no commas inside the unit", () => {
    expect(chineseAmount(10_400_000, zh)).toBe("1040萬");
    expect(chineseAmount(1_058_000_000, zh)).toBe("10.58億");
    expect(chineseAmount(36_620_000, zh)).toBe("3662萬");
    expect(chineseAmount(9_800, zh)).toBe("9,800");
  });
});
