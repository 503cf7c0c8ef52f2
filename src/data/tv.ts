/** Television: TVB's 2024 schedule (Table 5), Mainland dramas in prime time (Table 6), and the figures the text states. */
import { defineDataset, type RowsOf } from "./dataset.ts";
import { factDataset } from "./facts.ts";
import type { DataIssue } from "./issues.ts";
import { decimal, integer, isoDate, text } from "./schema.ts";
import { PAGE_UNMARKED, THE_PAPER } from "./sources.ts";

export const TVB_SCHEDULE_2024 = defineDataset({
  id: "tvb-schedule-2024",
  title: { en: "TVB's main-channel drama schedule, 2024", "zh-hk": "2024年無綫電視主頻道劇集編排" },
  description: {
    en: "The seven series the paper lists: type, channel, dates, time slot and episodes.",
    "zh-hk": "論文列出的7部劇集：類型、頻道、首播及大結局日期、播映時段及集數。",
  },
  path: "data/tv/tvb-schedule-2024.csv",
  kind: "file",
  primaryKey: ["title"],
  units: { en: "episodes; dates", "zh-hk": "集；日期" },
  source: {
    reference: { en: "Table 5", "zh-hk": "表5" },
    page: "85",
    publisher: { en: "TVB schedules, via yule.hk (the paper's footnote 3)", "zh-hk": "無綫電視節目表，經yule.hk（論文腳註3）" },
    document: THE_PAPER,
  },
  schema: {
    title: text({ description: "Series title as printed." }),
    genre: text({ description: "Episode type as printed, joined with “/”." }),
    channel: text({ description: "Broadcast channel as printed." }),
    air_date: isoDate({ description: "First broadcast. Empty where printed “-”." }).optional(),
    broadcast_time: text({
      description: "Time slot, HH:MM-HH:MM.",
      pattern: /^\d{2}:\d{2}-\d{2}:\d{2}$/,
      patternText: "a time slot such as 20:30-21:30",
    }).optional(),
    broadcast_days: text({ description: "Days of broadcast as printed." }).optional(),
    finale_date: isoDate({ description: "Last broadcast. Empty where printed “-”." }).optional(),
    episodes: integer({ description: "Number of episodes.", unit: "episodes", min: 1 }),
    note: text({ description: "How the row was read; says why a cell is empty." }).optional(),
  },
  // A missing date or time is printed “-” in the paper; the row must say so.
  check: (rows, at) =>
    rows
      .filter((r) => (r.air_date === null || r.finale_date === null || r.broadcast_time === null) && !r.note)
      .map((r) => ({
        file: at.file,
        line: r.line,
        column: at.header.indexOf("note") + 1,
        field: "note",
        value: "",
        expected: "a note saying why a date or time is missing",
      })),
});
export type TvbSchedule2024Row = RowsOf<typeof TVB_SCHEDULE_2024>[number];

export const TVB_MAINLAND_DRAMAS_PRIME_TIME = defineDataset({
  id: "tvb-mainland-dramas-prime-time",
  title: { en: "Mainland dramas in TVB's prime time, 2022-2023", "zh-hk": "2022至2023年無綫電視黃金時段播映的內地劇集" },
  description: {
    en: "Ratings of each drama, with each year's total episodes and weeks on air.",
    "zh-hk": "每部劇集的收視，以及每年的總集數和播映星期數。",
  },
  path: "data/tv/tvb-mainland-dramas-prime-time.csv",
  kind: "file",
  primaryKey: ["title"],
  units: { en: "rating points; episodes; weeks", "zh-hk": "收視點；集；星期" },
  source: {
    reference: { en: "Table 6", "zh-hk": "表6" },
    page: "85",
    publisher: { en: "TVB ratings, via yule.hk (the paper's footnote 4)", "zh-hk": "無綫電視收視數字，經yule.hk（論文腳註4）" },
    document: THE_PAPER,
  },
  schema: {
    year: integer({ description: "Year of broadcast.", min: 2000, max: 2100 }),
    title: text({ description: "Drama title as printed." }),
    rating_points: decimal({ description: "Viewership rating as printed.", unit: "rating points", min: 0, max: 100 }),
    year_total_episodes: integer({
      description:
        "Total episodes of the year's Mainland dramas in prime time (a merged cell in the paper, repeated on each row of the year).",
      unit: "episodes",
      min: 0,
    }),
    year_total_airtime_weeks: integer({
      description: "Total airtime of the year's Mainland dramas (merged cell, repeated).",
      unit: "weeks",
      min: 0,
    }),
    note: text({ description: "How the row was read." }).optional(),
  },
  // The year's totals are one merged cell in the paper, repeated on each row: they must agree.
  check: (rows, at) => {
    const issues: DataIssue[] = [];
    const firstOfYear = new Map<number, (typeof rows)[number]>();
    for (const r of rows) {
      const first = firstOfYear.get(r.year);
      if (!first) {
        firstOfYear.set(r.year, r);
        continue;
      }
      for (const key of ["year_total_episodes", "year_total_airtime_weeks"] as const) {
        if (r[key] === first[key]) continue;
        issues.push({
          file: at.file,
          line: r.line,
          column: at.header.indexOf(key) + 1,
          field: key,
          value: String(r[key]),
          expected: `${first[key]}, as on line ${first.line}: the year's total is one merged cell in the paper`,
        });
      }
    }
    return issues;
  },
});
export type TvbMainlandDramasPrimeTimeRow = RowsOf<typeof TVB_MAINLAND_DRAMAS_PRIME_TIME>[number];

export const TVB_OTT = factDataset({
  id: "tvb-ott",
  title: { en: "TVB, streaming platforms and ratings: figures from the text", "zh-hk": "無綫電視、串流平台及收視：正文所述數字" },
  description: {
    en: "Dramas aired, ratings, OTT members and subscribers, and Mainland platform deals, each with the sentence it comes from.",
    "zh-hk": "播出劇集數目、收視、OTT平台會員及訂户人數，以及與內地平台的合作協議，每個數字均附出處原句。",
  },
  path: "data/tv/tvb-ott.csv",
  units: { en: "various, per row", "zh-hk": "各行不同" },
  source: {
    reference: { en: "prose", "zh-hk": "正文" },
    page: PAGE_UNMARKED,
    publisher: {
      en: "Hong Kong Trade Development Council; Haitong International; yule.hk; as cited by the paper",
      "zh-hk": "香港貿易發展局；海通國際；yule.hk；經論文引述",
    },
    document: THE_PAPER,
  },
});
