import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { GLOSSARY_FILE, GLOSSARY_KINDS, attestedForms, isConverted, readGlossary } from "../../src/data/glossary.ts";
import { formatIssue } from "../../src/data/issues.ts";
import { readPlaces } from "../../src/data/places.ts";
import { nonHongKongChars, simplifiedOnlyChars, toHongKong } from "../../src/lib/hant.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("the real glossary", () => {
  const { rows, issues } = readGlossary(ROOT);

  it("passes every check", () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it("has every place of data/places.csv under its id, with its display name", () => {
    const places = readPlaces(ROOT).rows;
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) {
      const r = rows.find((g) => g.id === p.id);
      expect(r?.kind, p.id).toBe("place");
      expect(r?.en).toBe(p.display_name);
    }
  });

  it("has the 18 Mainland and Taiwan films and the 27 Hong Kong films", () => {
    const titles = rows.filter((r) => r.kind === "title");
    expect(titles).toHaveLength(45);
    for (const t of titles) expect(t.zh_hans, t.id).not.toBeNull();
  });

  it("converts with OpenCC exactly where no Hong Kong title was found", () => {
    for (const t of rows.filter((r) => r.kind === "title" && isConverted(r))) expect(t.zh_hk, t.id).toBe(toHongKong(t.zh_hans!));
    for (const t of rows.filter((r) => r.kind === "title" && !isConverted(r))) expect(t.source, t.id).toMatch(/^https?:\/\//);
  });

  it("gives Hong Kong release titles that differ from the conversion", () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get("film-mama-s-affair")?.zh_hk).toBe("阿媽有咗第二個");
    expect(byId.get("film-tales-from-the-occult")?.zh_hk).toBe("失衡凶間");
    expect(byId.get("film-let-it-ghost")?.zh_hk).toBe("猛鬼3寶");
  });

  it("writes key terms the Hong Kong way", () => {
    const zh = (id: string) => rows.find((r) => r.id === id)?.zh_hk;
    expect(zh("mainland-china")).toBe("內地");
    expect(zh("hkd")).toBe("港元");
    expect(zh("box-office")).toBe("票房");
    expect(zh("create-hong-kong")).toBe("創意香港");
    expect(zh("film-development-fund")).toBe("電影發展基金");
    expect(zh("co-production")).toBe("合拍片");
    expect(zh("prime-time")).toBe("黃金時段");
  });

  it("uses only known kinds and has no Simplified character in any Chinese form", () => {
    for (const r of rows) {
      expect(GLOSSARY_KINDS).toContain(r.kind);
      expect(simplifiedOnlyChars(r.zh_hk), r.id).toEqual([]);
      expect(nonHongKongChars(r.zh_hk, attestedForms(rows)), r.id).toEqual([]);
    }
  });
});

/** A copy of data/ with the glossary changed, read back. */
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function withGlossary(edit: (csv: string) => string, files: Record<string, (text: string) => string> = {}) {
  const root = mkdtempSync(join(tmpdir(), "glossary-"));
  temps.push(root);
  cpSync(join(ROOT, "data"), join(root, "data"), { recursive: true });
  const path = join(root, GLOSSARY_FILE);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  for (const [rel, change] of Object.entries(files)) writeFileSync(join(root, rel), change(readFileSync(join(root, rel), "utf8")));
  return readGlossary(root).issues.map(formatIssue);
}

const line = (csv: string, id: string) => csv.split("\n").find((l) => l.startsWith(`${id},`))!;
const replaceLine = (csv: string, id: string, next: string) => csv.replace(line(csv, id), next);

describe("broken glossaries", () => {
  it("reports a repeated id at its line", () => {
    const issues = withGlossary((csv) => csv + line(csv, "japan") + "\n");
    expect(issues).toEqual([
      expect.stringMatching(/^data\/glossary\.csv:\d+:1 .*found "japan"; expected each id only once, but it is also on line \d+/),
    ]);
  });

  it("reports an unknown kind and a malformed id", () => {
    const issues = withGlossary((csv) => replaceLine(csv, "youku", "Youku,platform,Youku,優酷,,,"));
    expect(issues.some((i) => /column 1 "id".*found "Youku"/.test(i))).toBe(true);
    expect(issues.some((i) => /column 2 "kind".*found "platform"; expected one of "place"/.test(i))).toBe(true);
  });

  it("reports an empty Chinese form", () => {
    const issues = withGlossary((csv) => replaceLine(csv, "youku", "youku,company,Youku,,,,"));
    expect(issues).toEqual([expect.stringMatching(/column 4 "zh_hk".*must not be empty/)]);
  });

  it("reports a Simplified character, with the Hong Kong form", () => {
    const issues = withGlossary((csv) => replaceLine(csv, "box-office", "box-office,term,box office,票房收入统计,,,"));
    expect(issues).toEqual([expect.stringMatching(/column 4 "zh_hk".*“统”, “计” are Simplified\. Hint: OpenCC writes “票房收入統計”/)]);
  });

  it("reports a Traditional variant that Hong Kong writes differently, unless the form is attested", () => {
    const issues = withGlossary((csv) => replaceLine(csv, "taiwan-china", "taiwan-china,place,Taiwan,臺灣,,,"));
    expect(issues).toEqual([expect.stringMatching(/found "臺灣"; expected the Hong Kong form of each character; Hong Kong writes “台灣”/)]);
    expect(withGlossary((csv) => replaceLine(csv, "taiwan-china", "taiwan-china,place,Taiwan,臺灣,,the place's official name,"))).toEqual(
      [],
    );
  });

  it("reports a place of data/places.csv that has no entry, or the wrong name", () => {
    expect(withGlossary((csv) => csv.replace(line(csv, "brazil") + "\n", ""))).toEqual([
      expect.stringMatching(/the place “brazil” of data\/places\.csv has no entry/),
    ]);
    expect(withGlossary((csv) => replaceLine(csv, "usa", "usa,place,USA,美國,,,"))).toEqual([
      expect.stringMatching(/column 3 "en".*found "USA"; expected “United States”, the place's display name/),
    ]);
    expect(withGlossary((csv) => replaceLine(csv, "usa", "usa,term,United States,美國,,,"))).toEqual([
      expect.stringMatching(/column 2 "kind".*expected “place”/),
    ]);
  });

  it("follows a new place in data/places.csv", () => {
    const issues = withGlossary((csv) => csv, { "data/places.csv": (text) => text + "france,France,France\n" });
    expect(issues).toEqual([
      expect.stringMatching(/the place “france” of data\/places\.csv has no entry.*“france,place,France,<Chinese name>,,,”/),
    ]);
  });

  it("reports a title without a source, or with a source that is not a URL", () => {
    const id = "film-moon-man";
    expect(withGlossary((csv) => replaceLine(csv, id, `${id},title,Moon Man,獨行月球,独行月球,,`))).toEqual([
      expect.stringMatching(/column 6 "source".*where the Hong Kong title comes from/),
    ]);
    expect(withGlossary((csv) => replaceLine(csv, id, `${id},title,Moon Man,獨行月球,独行月球,a newspaper,`))).toEqual([
      expect.stringMatching(/column 6 "source".*found "a newspaper"; expected the URLs/),
    ]);
  });

  it("reports a converted title that is not the OpenCC conversion of the printed one", () => {
    const id = "film-wolf-pack";
    const issues = withGlossary((csv) => replaceLine(csv, id, `${id},title,Wolf Pack,狼群,狼群,opencc,`));
    expect(issues).toEqual([expect.stringMatching(/found "狼群"; expected “狼羣”, the OpenCC conversion of “狼群”/)]);
  });

  it("reports a film of Tables 4 and 7 that has no title entry, and a title no table prints", () => {
    const id = "film-hero";
    const issues = withGlossary((csv) => replaceLine(csv, id, `${id},title,Hero,世間有她,世间有他,opencc,`));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/found "世間有她"; expected “世間有他”/),
        expect.stringMatching(/“Hero” \(世间有她, data\/films\/hk-films-2022\.csv line 27\) has no title entry/),
        expect.stringMatching(/column 5 "zh_hans".*found "世间有他"; expected the Chinese title exactly as a film table prints it/),
      ]),
    );
  });

  it("reports a genre, language or classification that a table prints but the glossary lacks", () => {
    const issues = withGlossary((csv) =>
      csv
        .replace(line(csv, "genre-police") + "\n", "")
        .replace(line(csv, "cantonese") + "\n", "")
        .replace(line(csv, "rating-iii") + "\n", ""),
    );
    expect(issues).toEqual([
      expect.stringMatching(/the genre “Police” \(data\/tv\/tvb-schedule-2024\.csv line 2\) has no entry/),
      expect.stringMatching(/the term “III” \(data\/films\/mainland-films-hk-2022\.csv line 16\) has no entry/),
      expect.stringMatching(/the term “Cantonese” \(data\/films\/hk-films-2022\.csv line 2\) has no entry/),
    ]);
  });

  it("keeps the paper's Simplified form for titles only", () => {
    const issues = withGlossary((csv) => replaceLine(csv, "youku", "youku,company,Youku,優酷,优酷,,"));
    expect(issues).toEqual([expect.stringMatching(/column 5 "zh_hans".*expected an empty cell/)]);
  });

  it("reports a missing glossary file without failing", () => {
    const root = mkdtempSync(join(tmpdir(), "glossary-"));
    temps.push(root);
    cpSync(join(ROOT, "data"), join(root, "data"), { recursive: true });
    rmSync(join(root, GLOSSARY_FILE));
    expect(readGlossary(root).issues.map(formatIssue)).toEqual(["data/glossary.csv: expected this file to exist and be readable."]);
  });
});
