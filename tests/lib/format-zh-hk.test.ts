import { describe, expect, it } from "vitest";
import {
  MISSING,
  formatAdmissions,
  formatApplicationCount,
  formatCount,
  formatCountShort,
  formatDate,
  formatDateRange,
  formatDayCount,
  formatDecimal,
  formatDramaCount,
  formatEpisodeCount,
  formatFilmCount,
  formatHKD,
  formatHKDInUnit,
  formatHKDShort,
  formatHKDThousand,
  formatHKDThousandShort,
  formatInteger,
  formatMinutes,
  formatPercent,
  formatPercentagePoints,
  formatPercentRange,
  formatPeriod,
  formatRange,
  formatRank,
  formatRatingPoints,
  formatYear,
  formatYearRange,
} from "../../src/lib/format-zh-hk.ts";

describe("plain numbers", () => {
  it("groups digits in threes", () => {
    expect(formatInteger(1164318938)).toBe("1,164,318,938");
    expect(formatInteger(0)).toBe("0");
    expect(formatInteger(-21)).toBe("-21");
    expect(formatDecimal(36.62, 2)).toBe("36.62");
    expect(formatDecimal(16.45)).toBe("16.5");
    expect(formatDecimal(1234.5)).toBe("1,234.5");
  });

  it("prints percentages as stored", () => {
    expect(formatPercent(35.9)).toBe("35.9%");
    expect(formatPercent(0.65, 2)).toBe("0.65%");
    expect(formatPercent(-21.17, 2)).toBe("-21.17%");
    expect(formatPercent(100, 2)).toBe("100.00%");
    expect(formatPercentagePoints(15)).toBe("15個百分點");
  });

  it("gives the missing mark for null everywhere", () => {
    const all = [
      formatInteger,
      formatDecimal,
      formatPercent,
      formatPercentagePoints,
      formatHKD,
      formatHKDThousand,
      formatHKDShort,
      formatHKDThousandShort,
      formatCountShort,
      formatRank,
      formatYear,
      formatFilmCount,
      formatRatingPoints,
    ];
    for (const f of all) expect(f(null)).toBe(MISSING);
    expect(formatHKDInUnit(null, "億")).toBe(MISSING);
    expect(formatDate(null)).toBe(MISSING);
    expect(formatPeriod(null)).toBe(MISSING);
    expect(formatDateRange(null, null)).toBe(MISSING);
    expect(formatRange(null, null)).toBe(MISSING);
    expect(MISSING).toBe("–");
  });
});

describe("HK$ in full", () => {
  it("writes 港元 after the amount", () => {
    expect(formatHKD(7618995)).toBe("7,618,995港元");
    expect(formatHKD(0)).toBe("0港元");
    expect(formatHKDThousand(1766485)).toBe("1,766,485千港元");
  });
});

describe("short HK$ in 萬 and 億", () => {
  it("follows the examples of the house style", () => {
    expect(formatHKDShort(1_770_000_000)).toBe("17.7億港元");
    expect(formatHKDShort(8_650_000)).toBe("865萬港元");
    expect(formatHKDShort(1_164_318_938)).toBe("11.6億港元");
    expect(formatHKDShort(101_017_795)).toBe("1.01億港元");
    expect(formatHKDShort(246_168_606)).toBe("2.46億港元");
    expect(formatHKDShort(81_821_966)).toBe("8182萬港元");
    expect(formatHKDShort(7_618_995)).toBe("762萬港元");
    expect(formatHKDShort(98_032)).toBe("9.8萬港元");
    expect(formatHKDShort(14_500)).toBe("1.45萬港元");
  });

  it("drops trailing zeros and never shows fewer digits than the whole unit", () => {
    expect(formatHKDShort(809_513_542)).toBe("8.1億港元");
    expect(formatHKDShort(20_000_000)).toBe("2000萬港元");
    expect(formatHKDShort(100_000_000)).toBe("1億港元");
    expect(formatHKDShort(15_390_000_000)).toBe("154億港元");
    expect(formatHKDShort(1_234_567_890_000)).toBe("12346億港元");
  });

  it("keeps small amounts whole", () => {
    expect(formatHKDShort(0)).toBe("0港元");
    expect(formatHKDShort(9_800)).toBe("9,800港元");
    expect(formatHKDShort(9_999)).toBe("9,999港元");
    expect(formatHKDShort(4_214)).toBe("4,214港元");
  });

  it("chooses the unit on the rounded value", () => {
    expect(formatHKDShort(9_999.4)).toBe("9,999港元");
    expect(formatHKDShort(9_999.5)).toBe("1萬港元");
    expect(formatHKDShort(10_000)).toBe("1萬港元");
    expect(formatHKDShort(99_994_999)).toBe("9999萬港元");
    expect(formatHKDShort(99_995_000)).toBe("1億港元");
    expect(formatHKDShort(99_999_999)).toBe("1億港元");
    expect(formatHKDShort(999_500)).toBe("100萬港元");
    expect(formatHKDShort(99_950)).toBe("10萬港元");
  });

  it("rounds half away from zero", () => {
    expect(formatHKDShort(1_005_000)).toBe("101萬港元");
    expect(formatHKDShort(1_015_000)).toBe("102萬港元");
    expect(formatHKDShort(125_000_000)).toBe("1.25億港元");
    expect(formatHKDShort(1_235_000_000)).toBe("12.4億港元");
  });

  it("signs negative amounts and never prints -0", () => {
    expect(formatHKDShort(-8_650_000)).toBe("-865萬港元");
    expect(formatHKDShort(-1_770_000_000)).toBe("-17.7億港元");
    expect(formatHKDShort(-0.4)).toBe("0港元");
    expect(formatCountShort(-0)).toBe("0");
  });

  it("converts trade values in HK$ thousand", () => {
    expect(formatHKDThousandShort(1_766_485)).toBe("17.7億港元");
    expect(formatHKDThousandShort(338_263)).toBe("3.38億港元");
    expect(formatHKDThousandShort(8_650)).toBe("865萬港元");
    expect(formatHKDThousandShort(0)).toBe("0港元");
  });

  it("fixes the unit and decimals when asked", () => {
    expect(formatHKDInUnit(246_168_606, "億", 2)).toBe("2.46億港元");
    expect(formatHKDInUnit(101_017_795, "億", 2)).toBe("1.01億港元");
    expect(formatHKDInUnit(7_618_995, "萬", 0)).toBe("762萬港元");
    expect(formatHKDInUnit(1_058_000_000, "億")).toBe("10.6億港元");
    expect(formatHKDInUnit(0, "億")).toBe("0.0億港元");
  });

  it("writes counts the same way without the currency", () => {
    expect(formatCountShort(10_400_000)).toBe("1040萬");
    expect(formatCountShort(112_000_000)).toBe("1.12億");
    expect(formatCountShort(1_400_000_000)).toBe("14億");
    expect(formatCountShort(40_000)).toBe("4萬");
    expect(formatCountShort(760)).toBe("760");
  });

  it("never prints Latin compact units or grouping inside 萬/億", () => {
    for (let n = 1; n < 1e13; n *= 3.7) {
      const s = formatHKDShort(n);
      expect(s).not.toMatch(/[MKBk]|bn|,\d*[萬億]/);
      expect(s).toMatch(/^\d[\d,]*(\.\d{1,2})?[萬億]?港元$/);
    }
  });

  it("keeps three significant figures for every amount of 1萬 and more below 100萬", () => {
    for (let n = 10_000; n < 1_000_000; n += 7_919) {
      const digits = formatHKDShort(n).replace(/[^\d]/g, "").replace(/^0+/, "");
      expect(digits.length).toBeGreaterThanOrEqual(1);
      expect(digits.length).toBeLessThanOrEqual(3);
    }
  });
});

describe("dates", () => {
  it("writes year, month and day in Chinese", () => {
    expect(formatDate("2022-04-21")).toBe("2022年4月21日");
    expect(formatDate("2023-01-01")).toBe("2023年1月1日");
    expect(formatDate("2022-12-31")).toBe("2022年12月31日");
  });

  it("writes periods of reduced precision", () => {
    expect(formatPeriod("2023")).toBe("2023年");
    expect(formatPeriod("2023-06")).toBe("2023年6月");
    expect(formatPeriod("2023-10-31")).toBe("2023年10月31日");
  });

  it("refuses text that is not an ISO date", () => {
    expect(() => formatDate("21/04/2022")).toThrow(RangeError);
    expect(() => formatDate("2022-4-21")).toThrow(RangeError);
    expect(() => formatPeriod("June 2023")).toThrow(RangeError);
  });

  it("joins date ranges with 至 without repeating the shared year and month", () => {
    expect(formatDateRange("2022-04-21", "2022-05-11")).toBe("2022年4月21日至5月11日");
    expect(formatDateRange("2022-05-05", "2022-05-29")).toBe("2022年5月5日至29日");
    expect(formatDateRange("2022-11-03", "2023-01-28")).toBe("2022年11月3日至2023年1月28日");
    expect(formatDateRange("2022-05-05", "2022-05-05")).toBe("2022年5月5日");
    expect(formatDateRange("2022-05-05", null)).toBe("2022年5月5日至–");
  });

  it("writes years and spans of years", () => {
    expect(formatYear(2022)).toBe("2022年");
    expect(formatYearRange(2011, 2022)).toBe("2011至2022年");
    expect(formatYearRange(2011, 2022, { compact: true })).toBe("2011–2022年");
    expect(formatYearRange(2022, 2022)).toBe("2022年");
  });
});

describe("ranges, ranks and counts", () => {
  it("joins ranges with 至", () => {
    expect(formatRange(10, 20)).toBe("10至20");
    expect(formatPercentRange(10, 20)).toBe("10%至20%");
    expect(formatRange(1_000, 20_000)).toBe("1,000至20,000");
  });

  it("writes ranks with 第…位", () => {
    expect(formatRank(2)).toBe("第2位");
    expect(formatRank(1)).toBe("第1位");
  });

  it("puts the classifier after the number", () => {
    expect(formatFilmCount(27)).toBe("27部電影");
    expect(formatDramaCount(14)).toBe("14部劇集");
    expect(formatEpisodeCount(30)).toBe("30集");
    expect(formatDayCount(80)).toBe("80日");
    expect(formatMinutes(150)).toBe("150分鐘");
    expect(formatAdmissions(41_917)).toBe("41,917人次");
    expect(formatApplicationCount(61)).toBe("61宗申請");
    expect(formatCount(760, "家", "參展商")).toBe("760家參展商");
    expect(formatFilmCount(0)).toBe("0部電影");
  });

  it("prints rating points as given", () => {
    expect(formatRatingPoints(16.45)).toBe("16.45點");
    expect(formatRatingPoints(17.3)).toBe("17.3點");
    expect(formatRatingPoints(23)).toBe("23點");
  });
});

describe("Hong Kong characters only", () => {
  it("writes nothing that the Simplified -> Hong Kong conversion would change", async () => {
    const { nonHongKongChars } = await import("../../src/lib/hant.ts");
    const samples = [
      formatHKDShort(1_770_000_000),
      formatHKDShort(8_650_000),
      formatHKDThousand(1),
      formatPercentagePoints(15),
      formatDateRange("2022-04-21", "2023-05-11"),
      formatYearRange(2011, 2022),
      formatRank(2),
      formatFilmCount(27),
      formatDramaCount(14),
      formatEpisodeCount(30),
      formatDayCount(80),
      formatMinutes(150),
      formatAdmissions(1),
      formatApplicationCount(1),
      formatRatingPoints(1),
      formatCountShort(112_000_000),
    ];
    expect(nonHongKongChars(samples.join(" "))).toEqual([]);
  });
});
