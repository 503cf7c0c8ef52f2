/** The one set of number formatters (src/lib/format.ts): what a reader sees for each kind of figure. */
import { describe, expect, it } from "vitest";
import {
  formatDecimal,
  formatHKD,
  formatHKDMillions,
  formatHKDShort,
  formatHKDThousand,
  formatHKDThousandShort,
  formatInteger,
  formatPercent,
  MISSING,
} from "../../src/lib/format.ts";

describe("format", () => {
  it("missing values are an en dash everywhere", () => {
    expect(MISSING).toBe("\u2013");
    for (const f of [
      formatInteger,
      formatDecimal,
      formatPercent,
      formatHKD,
      formatHKDThousand,
      formatHKDThousandShort,
      formatHKDShort,
      formatHKDMillions,
    ])
      expect(f(null)).toBe("–");
  });

  it("integers use en-GB grouping and round", () => {
    expect(formatInteger(1766485)).toBe("1,766,485");
    expect(formatInteger(0)).toBe("0");
    expect(formatInteger(999)).toBe("999");
    expect(formatInteger(1234.6)).toBe("1,235");
  });

  it("decimals and percentages keep a fixed number of digits", () => {
    expect(formatDecimal(36.62, 2)).toBe("36.62");
    expect(formatDecimal(17)).toBe("17.0");
    expect(formatDecimal(1234.56)).toBe("1,234.6");
    expect(formatPercent(35.9)).toBe("35.9%");
    expect(formatPercent(17)).toBe("17.0%");
    expect(formatPercent(0.65, 2)).toBe("0.65%");
    expect(formatPercent(100, 2)).toBe("100.00%");
  });

  it("HK$ in whole dollars, thousands, and millions", () => {
    expect(formatHKD(7618995)).toBe("HK$7,618,995");
    expect(formatHKD(1164318938)).toBe("HK$1,164,318,938");
    expect(formatHKDThousand(1766485)).toBe("HK$1,766,485k");
    expect(formatHKDMillions(246168606)).toBe("HK$246.2m");
    expect(formatHKDMillions(7618995, 2)).toBe("HK$7.62m");
  });

  it("short HK$ from thousands: bn from a billion, m from a million, dollars below", () => {
    expect(formatHKDThousandShort(1766485)).toBe("HK$1.77bn");
    expect(formatHKDThousandShort(1000000)).toBe("HK$1.00bn");
    expect(formatHKDThousandShort(338263)).toBe("HK$338.3m");
    expect(formatHKDThousandShort(1000)).toBe("HK$1m");
    expect(formatHKDThousandShort(999)).toBe("HK$999k");
    expect(formatHKDThousandShort(0)).toBe("HK$0");
  });

  it("short whole HK$ for labels: at most one decimal, no trailing .0, and no 1,000 of a smaller unit", () => {
    expect(formatHKDShort(81821966)).toBe("HK$81.8m");
    expect(formatHKDShort(20000000)).toBe("HK$20m");
    expect(formatHKDShort(1164318938)).toBe("HK$1.16bn");
    expect(formatHKDShort(98032)).toBe("HK$98k");
    expect(formatHKDShort(999950)).toBe("HK$1m");
    expect(formatHKDShort(999_949_999)).toBe("HK$999.9m");
    expect(formatHKDShort(999_950_000)).toBe("HK$1.00bn");
    expect(formatHKDShort(999)).toBe("HK$999");
    expect(formatHKDShort(999.5)).toBe("HK$1k");
    expect(formatHKDShort(0)).toBe("HK$0");
  });

  it("short HK$ just under a billion reads as a billion", () => {
    expect(formatHKDThousandShort(999999)).toBe("HK$1.00bn");
  });
});
