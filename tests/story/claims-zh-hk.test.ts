/**
 * The claims in the Hong Kong Chinese edition: the same verdicts as the English, computed once,
 * and every text of each result in Chinese, written with Hong Kong characters and punctuation.
 */
import { describe, expect, it } from "vitest";
import { attestedForms } from "../../src/data/glossary.ts";
import { loadSiteData } from "../../src/data/load.ts";
import { readPaperSentences } from "../../src/data/paper-sentences.ts";
import { nonHongKongChars } from "../../src/lib/hant.ts";
import { CLAIMS, againstIn, checkingTally, resultIn, tallySentence, type ClaimResultText } from "../../src/story/claims.ts";

const data = loadSiteData(process.cwd());
const allowed = attestedForms(data.glossary);
const results = CLAIMS.map((c) => ({ id: c.id, claim: c, r: c.test(data) }));
const HAN = /\p{Script=Han}/u;

/** The verdicts of a result, in order: the sentence's, its readings', its parts' and their readings'. */
const verdictTree = (r: ClaimResultText) => ({
  verdict: r.verdict,
  readings: r.readings?.map((x) => x.verdict),
  parts: r.parts?.map((p) => ({ verdict: p.verdict, readings: p.readings?.map((x) => x.verdict) })),
});

/** Every text of a result with where it sits: [place, English, Chinese]. */
function texts(id: string, en: ClaimResultText, zh: ClaimResultText): [string, string, string][] {
  const out: [string, string, string][] = [[`${id} evidence`, en.evidence, zh.evidence]];
  en.readings?.forEach((x, i) => {
    out.push(
      [`${id} reading ${i}`, x.reading, zh.readings![i]!.reading],
      [`${id} reading ${i} evidence`, x.evidence, zh.readings![i]!.evidence],
    );
  });
  en.parts?.forEach((p, i) => {
    const q = zh.parts![i]!;
    out.push([`${id} part ${i}`, p.statement, q.statement], [`${id} part ${i} evidence`, p.evidence, q.evidence]);
    p.readings?.forEach((x, j) => {
      out.push(
        [`${id} part ${i} reading ${j}`, x.reading, q.readings![j]!.reading],
        [`${id} part ${i} reading ${j} evidence`, x.evidence, q.readings![j]!.evidence],
      );
    });
  });
  return out;
}

describe("one verdict for both editions", () => {
  it("every claim's verdicts, of the sentence, its readings and its parts, are identical in both editions", () => {
    for (const { id, r } of results) expect(verdictTree(resultIn(r, "zh-hk")), id).toEqual(verdictTree(resultIn(r, "en")));
  });

  it("a claim's test gives the same verdicts each time it runs", () => {
    for (const { id, claim, r } of results)
      expect(verdictTree(resultIn(claim.test(data), "zh-hk")), id).toEqual(verdictTree(resultIn(r, "en")));
  });
});

describe("every Chinese text", () => {
  const all = results.flatMap(({ id, r }) => texts(id, resultIn(r, "en"), resultIn(r, "zh-hk")));

  it("the evidence of every claim is there, in Chinese", () => {
    for (const { id, r } of results) {
      expect(r.evidence["zh-hk"].length, id).toBeGreaterThan(10);
      expect(r.evidence["zh-hk"], id).toMatch(HAN);
    }
  });

  it("is given wherever the English is, and is Chinese", () => {
    for (const [at, en, zh] of all) {
      expect(zh === "", at).toBe(en === "");
      if (zh) expect(zh, at).toMatch(HAN);
    }
  });

  it("uses only characters Hong Kong writing uses (nonHongKongChars with the glossary's attested forms)", () => {
    for (const [at, , zh] of all) expect(nonHongKongChars(zh, allowed), `${at}: ${zh}`).toEqual([]);
  });

  it("uses Chinese punctuation and no space between Chinese and digits", () => {
    for (const [at, , zh] of all) {
      const outsideTitles = zh.replace(/《[^》]*》/g, "《》");
      expect(outsideTitles, at).not.toMatch(/[();]|[,:](?!\d)|\.(?!\d)/);
      expect(outsideTitles, at).not.toMatch(/\p{Script=Han} \d|\d \p{Script=Han}/u);
    }
  });

  it("writes numbers the Hong Kong way: 萬/億 港元, 第2位, no HK$ or English number words", () => {
    for (const [at, , zh] of all) {
      expect(zh, at).not.toMatch(/HK\$|\bbn\b|\d+(\.\d+)?m\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/);
    }
  });
});

describe("the reading policy in Chinese", () => {
  const zh = (id: string) => resultIn(results.find((x) => x.id === id)!.r, "zh-hk");

  it("22.2%: both readings, literal first", () => {
    expect(zh("tvb-2023-22-2").readings?.map((x) => [x.verdict, x.evidence])).toEqual([
      ["does-not-hold", "27部中的13部，即48.1%。"],
      ["holds", "27部中的6部，即22.2%。"],
    ]);
  });

  it("about 30%: 60 of 189 and 60 of 171", () => {
    expect(zh("us-films-30-percent").parts![0]!.readings?.map((x) => x.evidence)).toEqual([
      "189部中的60部，即31.7%。",
      "171部中的60部，即35.1%。",
    ]);
  });

  it("the 2020 peak: 2017 bounded at 43.8%, 2018 and 2019 missing", () => {
    const p = zh("exports-2020-peak-88").parts!.find((x) => x.statement.includes("高峯"))!;
    expect(p.evidence).toContain("2017年內地的佔比至多為43.8%");
    expect(p.evidence).toContain("2018至2019年在抽取文字中缺失");
  });

  it("a sentence of several statements is summed up in Chinese", () => {
    expect(zh("imports-2011-peak").evidence).toBe("這句話包含兩項陳述：一項不成立、一項成立。");
  });

  it("names and amounts come from the glossary and the formatter", () => {
    expect(zh("changjin-42000").parts![0]!.evidence).toBe("表4票房最高的電影是《長津湖之水門橋》，票房3,203,600港元。");
    expect(zh("imports-decline-twelve-years").evidence).toContain("由2011年的17.7億港元（35.9%），跌至2022年的3.38億港元（14.4%）");
  });
});

describe("around the claims", () => {
  it("each claim's sources are named in Chinese: 表8, 圖3, 論文正文", () => {
    for (const c of CLAIMS) for (const s of againstIn(c, "zh-hk")) expect(s, c.id).toMatch(/^(表\d+|圖\d+|論文正文(（.+）)?)$/);
    expect(
      againstIn(
        CLAIMS.find((c) => c.id === "animation-hong-kong-half")!,
        "zh-hk",
      ),
    ).toEqual(["論文正文（圖2）"]);
    expect(againstIn(CLAIMS[0]!, "en")).toEqual(CLAIMS[0]!.against);
  });

  it("the tally is said in Chinese with the same counts", () => {
    const rows = readPaperSentences(process.cwd(), { claimIds: CLAIMS.map((c) => c.id) }).rows;
    const t = checkingTally(rows, data);
    expect(tallySentence(t, "zh-hk")).toBe(
      `${t.sentences}句，其中${t.tested}句經數據檢驗（${t.holds}句成立、${t.doesNotHold}句不成立、${t.dependsOnReading}句視乎解讀、` +
        `${t.cannotCheck}句無法核實），${t.notCheckable}句無法以這些數據檢驗，${t.notData}句並非關於數據的陳述。`,
    );
    expect(nonHongKongChars(tallySentence(t, "zh-hk"))).toEqual([]);
  });
});
