import { describe, expect, it } from "vitest";
import { nonHongKongChars, simplifiedOnlyChars, toHongKong, toSimplified } from "../../src/lib/hant.ts";

describe("toHongKong", () => {
  it("converts the paper's Simplified titles to Hong Kong Traditional", () => {
    expect(toHongKong("长津湖之水门桥")).toBe("長津湖之水門橋");
    expect(toHongKong("明日战记")).toBe("明日戰記");
    expect(toHongKong("童话·世界")).toBe("童話·世界");
    expect(toHongKong("哥，你好")).toBe("哥，你好");
  });

  it("uses Hong Kong forms, not Taiwan's or OpenCC's generic Traditional", () => {
    expect(toHongKong("内地")).toBe("內地");
    expect(toHongKong("温度")).toBe("温度");
    expect(toHongKong("心里美")).toBe("心裏美");
  });

  it("reads words in context", () => {
    expect(toHongKong("皇后")).toBe("皇后");
    expect(toHongKong("后来")).toBe("後來");
    expect(toHongKong("头发")).toBe("頭髮");
  });

  it("leaves Latin text, digits and an empty string alone", () => {
    expect(toHongKong("")).toBe("");
    expect(toHongKong("myTV SUPER 2022 HK$")).toBe("myTV SUPER 2022 HK$");
  });
});

describe("nonHongKongChars", () => {
  it("finds Simplified characters in zh-HK text", () => {
    expect(nonHongKongChars("865万港元")).toEqual(["万"]);
    expect(nonHongKongChars("明日战记的票房")).toEqual(["战", "记"]);
  });

  it("finds Traditional variants that Hong Kong writes differently", () => {
    expect(nonHongKongChars("溫度")).toEqual(["溫"]);
    expect(nonHongKongChars("臺灣")).toEqual(["臺"]);
  });

  it("passes Hong Kong text", () => {
    expect(nonHongKongChars("創意香港公佈，2022年內地電影在港票房為762萬港元。")).toEqual([]);
    expect(nonHongKongChars("黃金時段播映的內地劇集，一週的朋友")).toEqual([]);
    expect(nonHongKongChars("")).toEqual([]);
  });

  it("lists each character once, in order of appearance", () => {
    expect(nonHongKongChars("战战们战")).toEqual(["战", "们"]);
  });

  it("reads Traditional words in context through the round trip", () => {
    expect(nonHongKongChars("萬里歸途")).toEqual([]);
    expect(nonHongKongChars("干預")).toEqual([]);
    expect(nonHongKongChars("皇后、後來、頭髮、若干、公里")).toEqual([]);
    expect(toSimplified("萬里歸途")).toBe("万里归途");
  });

  it("accepts attested phrases that the conversion would change", () => {
    expect(nonHongKongChars("無綫電視")).toEqual(["綫"]);
    expect(nonHongKongChars("無綫電視", ["無綫電視"])).toEqual([]);
    expect(nonHongKongChars("《失衡凶間》")).toEqual(["凶"]);
    expect(nonHongKongChars("《失衡凶間》", ["失衡凶間"])).toEqual([]);
    // An allowed phrase covers only itself.
    expect(nonHongKongChars("失衡凶間的凶手", ["失衡凶間"])).toEqual(["凶"]);
    expect(nonHongKongChars("溫度", [""])).toEqual(["溫"]);
  });

  it("handles characters outside the Basic Multilingual Plane", () => {
    expect(nonHongKongChars("𨋢个")).toEqual(["个"]);
    expect(simplifiedOnlyChars("𨋢")).toEqual([]);
  });
});

describe("simplifiedOnlyChars", () => {
  it("finds characters that are never Traditional", () => {
    expect(simplifiedOnlyChars("们战这")).toEqual(["们", "战", "这"]);
  });

  it("passes characters that are Traditional too, and Hong Kong characters", () => {
    expect(simplifiedOnlyChars("干后凶里万")).toEqual([]);
    expect(simplifiedOnlyChars("阿媽有咗第二個")).toEqual([]);
    expect(simplifiedOnlyChars("失衡凶間")).toEqual([]);
    expect(simplifiedOnlyChars("Hong Kong 2022")).toEqual([]);
  });

  it("is the lenient check: whatever it flags, the strict check flags too", () => {
    const text = "明日战记们这个万里归途温度群组";
    for (const ch of simplifiedOnlyChars(text)) expect(nonHongKongChars(text)).toContain(ch);
  });
});
