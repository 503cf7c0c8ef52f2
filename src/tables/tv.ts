/** Tables 5 and 6: TVB's 2024 schedule and Mainland dramas in prime time. */
import type { Words } from "../data/words.ts";
import { formatDramaCount, formatEpisodeCount, formatRatingPoints } from "../lib/format-zh-hk.ts";
import type { Text } from "../lib/graphic-spec.ts";
import { TVB_MAINLAND_DRAMAS_PRIME_TIME, TVB_SCHEDULE_2024 } from "../data/tv.ts";
import { PAPER } from "../site.ts";
import { defineTable, tableIds } from "./types.ts";

const paperRef = (n: number): Text => ({ en: `Table ${n}`, "zh-hk": `表${n}` });
const source = (n: number, via: Text): Text => ({
  en: `Source: ${via.en}, via Table ${n} of the paper (${PAPER.citation})`,
  "zh-hk": `資料來源：${via["zh-hk"]}，經論文表${n}（Table ${n}）；${PAPER.citation}`,
});
/** An id from an English name: "Suspense Drama" -> "suspense-drama". */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
/** The series' titles are printed in English only, and the glossary has no Chinese for them: marked as English in Chinese. */
const englishIn = (w: Words) => (w.locale === "en" ? undefined : "en");
/** A series title in Chinese prose. */
const series = (title: string) => `《${title}》`;

/**
 * What the paper's text says of TVB's 2024 plans, beside its table of 7 series (data/tv/tvb-ott.csv,
 * tvb-dramas-planned-2024; the notes see only the table's rows, so the quoted figure is kept here).
 */
export const TVB_PLANNED_2024 = { year: 2024, dramas: 14 } as const;

/** Broadcast days as Table 5 prints them, in Chinese. */
const BROADCAST_DAYS_ZH: Readonly<Record<string, string>> = { "Monday to Friday": "星期一至五" };

function broadcastDays(days: string, w: Words): string {
  if (w.locale === "en") return days;
  const zh = BROADCAST_DAYS_ZH[days];
  if (!zh) throw new Error(`No Chinese for Table 5's broadcast days “${days}”: add it to BROADCAST_DAYS_ZH in src/tables/tv.ts`);
  return zh;
}

/** TVB's genre labels ("Fashion/Police/Suspense Drama"), English as printed, Chinese from the glossary (時裝／警匪／懸疑劇). */
const genres = (v: string, w: Words) =>
  w.locale === "en"
    ? v.split("/").join(" / ")
    : v
        .split("/")
        .map((g) => w.term(`genre-${slug(g)}`))
        .join("／");

export type ScheduleRow = {
  title: string;
  genre: string;
  channel: string;
  air_date: string | null;
  broadcast_time: string | null;
  broadcast_days: string | null;
  finale_date: string | null;
  episodes: number;
  note: string | null;
};

export const TABLE_5 = defineTable<ScheduleRow>({
  kind: "table",
  ...tableIds(5, TVB_SCHEDULE_2024),
  paperRef: paperRef(5),
  title: { en: "List of TVB main broadcast TV series in 2024", "zh-hk": "2024年無綫電視主要播映劇集" },
  subtitle: { en: "Series, type, channel, dates, time slot and episodes", "zh-hk": "劇集、類型、頻道、首播及大結局日期、播映時段及集數" },
  source: source(5, { en: "TVB schedules (yule.hk)", "zh-hk": "無綫電視節目表（yule.hk）" }),
  datasets: ["tvb-schedule-2024"],
  columns: [
    { key: "title", label: { en: "Title", "zh-hk": "劇名" }, rowHeader: true, lang: (_r, w) => englishIn(w) },
    { key: "genre", label: { en: "Type", "zh-hk": "類型" }, format: (v, _r, w) => genres(String(v), w) },
    {
      key: "channel",
      label: { en: "Channel", "zh-hk": "頻道" },
      format: (v, _r, w) => (w.locale === "en" ? String(v) : w.term(slug(String(v)))),
    },
    {
      key: "air_date",
      label: { en: "Air date", "zh-hk": "首播日期" },
      nowrap: true,
      format: (v, _r, w) =>
        v !== null ? w.f.date(v as string) : w.locale === "en" ? `${w.f.missing} (to be determined)` : `${w.f.missing}（待定）`,
    },
    {
      key: "broadcast_time",
      label: { en: "Time", "zh-hk": "播映時間" },
      format: (v, r, w) => {
        if (v === null) return w.f.missing;
        const days = r.broadcast_days === null ? null : broadcastDays(r.broadcast_days, w);
        if (w.locale === "en") return `${v}${days ? ` (${days})` : ""}`;
        return `${String(v).replace("-", "至")}${days ? `（${days}）` : ""}`;
      },
    },
    { key: "finale_date", label: { en: "Finale", "zh-hk": "大結局" }, nowrap: true, format: (v, _r, w) => w.f.date(v as string | null) },
    { key: "episodes", label: { en: "Episodes", "zh-hk": "集數" }, numeric: true, format: (v, _r, w) => w.f.integer(v as number) },
  ],
  rows: (d) =>
    d["tvb-schedule-2024"].map((r) => ({
      title: r.title,
      genre: r.genre,
      channel: r.channel,
      air_date: r.air_date,
      broadcast_time: r.broadcast_time,
      broadcast_days: r.broadcast_days,
      finale_date: r.finale_date,
      episodes: r.episodes,
      note: r.note,
    })),
  footnotes: [{ en: "3 Data source https://www.yule.hk/", "zh-hk": "3 資料來源：https://www.yule.hk/" }],
  notes: (rows, w) => {
    const tbd = rows.filter((r) => r.air_date === null);
    if (w.locale === "en")
      return [
        `The paper lists ${rows.length} series, though its text says TVB plans ` +
          `${TVB_PLANNED_2024.dramas} dramas in ${TVB_PLANNED_2024.year}.`,
        ...(tbd.length ? [`${tbd.map((r) => r.title).join(" and ")}: dates printed as “-” and time as “To be determined”.`] : []),
      ];
    return [
      `論文表中列出${formatDramaCount(rows.length)}，但其正文指${w.term("tvb")}計劃於${w.f.year(TVB_PLANNED_2024.year)}` +
        `播映${formatDramaCount(TVB_PLANNED_2024.dramas)}。`,
      ...(tbd.length ? [`${w.f.list(tbd.map((r) => series(r.title)))}：論文把日期印作「-」，時間印作「To be determined」（待定）。`] : []),
      "各劇只有英文劇名，表中照論文所印。",
    ];
  },
  sortable: false,
  describe: (rows, w) =>
    w.locale === "en"
      ? rows
          .map(
            (r) =>
              `${r.title} (${r.genre}, ${r.episodes} episodes` +
              `${r.air_date ? `, from ${w.f.date(r.air_date)}` : ", dates to be determined"})`,
          )
          .join("; ") + "."
      : rows
          .map(
            (r) =>
              `${series(r.title)}（${genres(r.genre, w)}，${formatEpisodeCount(r.episodes)}，` +
              `${r.air_date ? `${w.f.date(r.air_date)}首播` : "日期待定"}）`,
          )
          .join("；") + "。",
});

export type MainlandDramaRow = {
  year: number;
  title: string;
  rating_points: number;
  year_total_episodes: number;
  year_total_airtime_weeks: number;
};

/** A rating with the decimals the paper prints (16.45, 17.3, 23). */
const rating = (v: number, w: Words) => w.f.decimal(v, String(v).split(".")[1]?.length ?? 0);

export const TABLE_6 = defineTable<MainlandDramaRow>({
  kind: "table",
  ...tableIds(6, TVB_MAINLAND_DRAMAS_PRIME_TIME),
  paperRef: paperRef(6),
  title: {
    en: "Mainland dramas broadcasted by TVB in prime time in the past two years",
    "zh-hk": "過去兩年無綫電視黃金時段播映的內地劇集",
  },
  subtitle: {
    en: "Viewership rating in points; each year's total episodes and weeks on air",
    "zh-hk": "收視（點）；每年合共集數及播映星期數",
  },
  source: source(6, { en: "TVB ratings (yule.hk)", "zh-hk": "無綫電視收視數據（yule.hk）" }),
  datasets: ["tvb-mainland-dramas-prime-time"],
  columns: [
    { key: "year", label: { en: "Year", "zh-hk": "年份" }, numeric: true, format: (v, _r, w) => w.f.year(v as number) },
    { key: "title", label: { en: "Drama", "zh-hk": "劇名" }, rowHeader: true, lang: (_r, w) => englishIn(w) },
    {
      key: "rating_points",
      label: { en: "Viewership (points)", "zh-hk": "收視（點）" },
      numeric: true,
      format: (v, _r, w) => rating(v as number, w),
    },
    {
      key: "year_total_episodes",
      label: { en: "Year's total episodes", "zh-hk": "全年合共集數" },
      numeric: true,
      format: (v, _r, w) => w.f.integer(v as number),
    },
    {
      key: "year_total_airtime_weeks",
      label: { en: "Year's total airtime (weeks)", "zh-hk": "全年播映時間（星期）" },
      numeric: true,
      format: (v, _r, w) => w.f.integer(v as number),
    },
  ],
  rows: (d) =>
    d["tvb-mainland-dramas-prime-time"].map((r) => ({
      year: r.year,
      title: r.title,
      rating_points: r.rating_points,
      year_total_episodes: r.year_total_episodes,
      year_total_airtime_weeks: r.year_total_airtime_weeks,
    })),
  footnotes: [{ en: "4 Data source https://www.yule.hk/", "zh-hk": "4 資料來源：https://www.yule.hk/" }],
  notes: (_rows, w) =>
    w.locale === "en"
      ? [
          "The year's totals are one merged cell per year in the paper; they are repeated on each row here. “New Life Begins” is printed " +
            "“New Life Beginså”, an extraction artefact.",
        ]
      : [
          "全年合共數字在論文中每年只有一個合併儲存格，本表在該年每一行重複列出。《New Life Begins》在論文中印作「New Life Beginså」，" +
            "末尾的字符是抽取文字時產生的錯誤。",
          "各劇只有英文劇名，表中照論文所印。",
        ],
  sortable: false,
  describe: (rows, w) =>
    w.locale === "en"
      ? rows.map((r) => `${r.year}, ${r.title}: ${r.rating_points} points`).join("; ") + "."
      : rows.map((r) => `${w.f.year(r.year)}${series(r.title)}：${formatRatingPoints(r.rating_points)}`).join("；") + "。",
});
