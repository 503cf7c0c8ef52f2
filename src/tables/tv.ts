/** Tables 5 and 6: TVB's 2024 schedule and Mainland dramas in prime time. */
import { formatDate, formatDecimal, formatInteger, MISSING } from "../lib/format.ts";
import { defineTable } from "./types.ts";

const source = (table: string, via: string) => `Source: ${via}, via ${table} of the paper (J. Mod. Soc. Sci. 2(1), 2025)`;

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
  id: "table-5-tvb-schedule-2024",
  paperRef: { en: "Table 5", "zh-hk": "" },
  title: { en: "List of TVB main broadcast TV series in 2024", "zh-hk": "" },
  subtitle: { en: "Series, type, channel, dates, time slot and episodes", "zh-hk": "" },
  source: { en: source("Table 5", "TVB schedules (yule.hk)"), "zh-hk": "" },
  datasets: ["tvb-schedule-2024"],
  columns: [
    { key: "title", label: { en: "Title", "zh-hk": "" }, rowHeader: true },
    { key: "genre", label: { en: "Type", "zh-hk": "" }, format: (v) => String(v).split("/").join(" / ") },
    { key: "channel", label: { en: "Channel", "zh-hk": "" } },
    { key: "air_date", label: { en: "Air date", "zh-hk": "" }, format: (v) => (v === null ? `${MISSING} (to be determined)` : formatDate(v as string)) },
    {
      key: "broadcast_time",
      label: { en: "Time", "zh-hk": "" },
      format: (v, r) => (v === null ? MISSING : `${v}${r.broadcast_days ? ` (${r.broadcast_days})` : ""}`),
    },
    { key: "finale_date", label: { en: "Finale", "zh-hk": "" }, format: (v) => (v === null ? MISSING : formatDate(v as string)) },
    { key: "episodes", label: { en: "Episodes", "zh-hk": "" }, numeric: true, format: (v) => formatInteger(v as number) },
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
  footnotes: [{ en: "3 Data source https://www.yule.hk/", "zh-hk": "" }],
  notes: (rows) => {
    const tbd = rows.filter((r) => r.air_date === null);
    return [
      `The paper lists ${rows.length} series, though its text says TVB plans 14 dramas in 2024.`,
      ...(tbd.length ? [`${tbd.map((r) => r.title).join(" and ")}: dates printed as “-” and time as “To be determined”.`] : []),
    ];
  },
  sortable: false,
  describe: (rows) =>
    rows
      .map(
        (r) =>
          `${r.title} (${r.genre}, ${r.episodes} episodes${r.air_date ? `, from ${formatDate(r.air_date)}` : ", dates to be determined"})`,
      )
      .join("; ") + ".",
});

export type MainlandDramaRow = {
  year: number;
  title: string;
  rating_points: number;
  year_total_episodes: number;
  year_total_airtime_weeks: number;
};

export const TABLE_6 = defineTable<MainlandDramaRow>({
  kind: "table",
  id: "table-6-tvb-mainland-dramas",
  paperRef: { en: "Table 6", "zh-hk": "" },
  title: { en: "Mainland dramas broadcasted by TVB in prime time in the past two years", "zh-hk": "" },
  subtitle: { en: "Viewership rating in points; each year's total episodes and weeks on air", "zh-hk": "" },
  source: { en: source("Table 6", "TVB ratings (yule.hk)"), "zh-hk": "" },
  datasets: ["tvb-mainland-dramas-prime-time"],
  columns: [
    { key: "year", label: { en: "Year", "zh-hk": "" }, numeric: true, format: (v) => String(v) },
    { key: "title", label: { en: "Drama", "zh-hk": "" }, rowHeader: true },
    {
      key: "rating_points",
      label: { en: "Viewership (points)", "zh-hk": "" },
      numeric: true,
      format: (v) => formatDecimal(v as number, String(v).split(".")[1]?.length ?? 0),
    },
    { key: "year_total_episodes", label: { en: "Year's total episodes", "zh-hk": "" }, numeric: true, format: (v) => formatInteger(v as number) },
    { key: "year_total_airtime_weeks", label: { en: "Year's total airtime (weeks)", "zh-hk": "" }, numeric: true, format: (v) => formatInteger(v as number) },
  ],
  rows: (d) =>
    d["tvb-mainland-dramas-prime-time"].map((r) => ({
      year: r.year,
      title: r.title,
      rating_points: r.rating_points,
      year_total_episodes: r.year_total_episodes,
      year_total_airtime_weeks: r.year_total_airtime_weeks,
    })),
  footnotes: [{ en: "4 Data source https://www.yule.hk/", "zh-hk": "" }],
  notes: () => [
    "The year's totals are one merged cell per year in the paper; they are repeated on each row here. “New Life Begins” is printed " +
      "“New Life Beginså”, an extraction artefact.",
  ],
  sortable: false,
  describe: (rows) => rows.map((r) => `${r.year}, ${r.title}: ${r.rating_points} points`).join("; ") + ".",
});
