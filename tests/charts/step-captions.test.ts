/**
 * What each scrollytelling step says about the data, checked against the data. A caption is
 * a sentence the site publishes, so it answers to the same standard as the paper's: if next
 * year's CSV makes one untrue, this fails and names the step. Captions that only describe
 * what is drawn ("The value of imports from each place") have nothing to check.
 */
import { describe, expect, it } from "vitest";
import { chartById } from "../../src/charts/index.ts";
import { siteData } from "./helpers.ts";

const data = siteData();
const caption = (chart: string, step: string) => chartById(chart)!.steps.find((s) => s.id === step)!.caption.en;
const byYear = (direction: "trade-imports" | "trade-exports", place: string) =>
  data[direction]
    .filter((r) => r.place === place)
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ year: r.year, rank: r.rank, share: r.share_percent }));
const years = (direction: "trade-imports" | "trade-exports") => [...new Set(data[direction].map((r) => r.year))].sort();

describe("step captions say what the data shows", () => {
  it(`imports-top-five/mainland-china: “${caption("imports-top-five", "mainland-china")}”`, () => {
    const rows = byYear("trade-imports", "mainland-china");
    expect(rows.map((r) => r.year)).toEqual(years("trade-imports")); // in the top five every year
    expect(rows.at(-1)!.share!).toBeLessThan(rows[0]!.share!);
  });

  it(`imports-top-five/japan: “${caption("imports-top-five", "japan")}”`, () => {
    const rows = byYear("trade-imports", "japan");
    const first = rows.findIndex((r) => r.rank === 1);
    expect(first).toBeGreaterThan(0);
    const before = rows.slice(0, first + 1).map((r) => r.share!);
    const falls = before.slice(1).filter((s, i) => s < before[i]!).length;
    expect(falls).toBe(1); // "after one dip"
    expect(before.indexOf(Math.min(...before))).toBeGreaterThan(0); // the dip came before the rise, not at the start
    const dip = before.findIndex((s, i) => i > 0 && s < before[i - 1]!);
    expect(before.slice(dip).every((s, i, a) => i === 0 || s > a[i - 1]!)).toBe(true); // "rose each year until Japan came first"
    expect(rows.slice(first).every((r) => r.rank === 1)).toBe(true); // "it has led every year since"
  });

  it(`imports-top-five/newcomers: “${caption("imports-top-five", "newcomers")}”`, () => {
    const first = years("trade-imports")[0];
    const initial = new Set(data["trade-imports"].filter((r) => r.year === first).map((r) => r.place));
    expect(data["trade-imports"].some((r) => !initial.has(r.place))).toBe(true);
  });

  it(`imports-mainland-vs-japan/turn-2016 and japan-lead: “${caption("imports-mainland-vs-japan", "japan-lead")}”`, () => {
    const mainland = new Map(byYear("trade-imports", "mainland-china").map((r) => [r.year, r.share!]));
    const japan = byYear("trade-imports", "japan");
    const at2016 = japan.find((r) => r.year === 2016)!.share!;
    expect(Math.abs(at2016 - mainland.get(2016)!)).toBeLessThan(2); // "almost level"
    for (const r of japan.filter((r) => r.year > 2016)) expect(r.share!, String(r.year)).toBeGreaterThan(mainland.get(r.year) ?? 0);
  });

  it(`box-office-2022: “${caption("box-office-2022", "hong-kong")}” and “${caption("box-office-2022", "foreign-language")}”`, () => {
    const share = (id: string) => data["box-office-2022"].find((r) => r.id === id)!.share_percent_printed!;
    expect(share("hong-kong")).toBeGreaterThan(17.5);
    expect(share("hong-kong")).toBeLessThan(22.5); // "about a fifth"
    expect(share("foreign-language")).toBeGreaterThan(50); // "most of it"
  });

  const films = "mainland-films-hk-2022-box-office";
  it(`${films}: “${caption(films, "taiwan")}” and the top film is well ahead`, () => {
    const films = data["mainland-films-hk-2022"];
    expect(films.filter((f) => f.origin === "taiwan-china")).toHaveLength(4);
    const takings = films.map((f) => f.box_office_hkd!).sort((a, b) => b - a);
    expect(takings[0]! / takings[1]!).toBeGreaterThan(1.5); // "well ahead of the rest"
  });

  it(`hk-films-2022-box-office: “${caption("hk-films-2022-box-office", "million-spectators")}”`, () => {
    expect(data["hk-films-2022"].filter((f) => (f.admissions ?? 0) > 1_000_000)).toHaveLength(2);
  });

  it(`exports-mainland-vs-taiwan/cepa-2020: the Mainland's 2020 share is the highest legible`, () => {
    const legible = byYear("trade-exports", "mainland-china").filter((r) => r.share !== null);
    const top = legible.reduce((a, b) => (b.share! > a.share! ? b : a));
    expect(top.year).toBe(2020);
    expect(legible.some((r) => r.year === 2017 || r.year === 2018 || r.year === 2019)).toBe(false); // "lacks the years just before it"
  });
});
