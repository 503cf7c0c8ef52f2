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
  paperRef: "Table 5",
  title: "List of TVB main broadcast TV series in 2024",
  subtitle: "Series, type, channel, dates, time slot and episodes",
  source: source("Table 5", "TVB schedules (yule.hk)"),
  datasets: ["tvb-schedule-2024"],
  columns: [
    { key: "title", label: "Title", rowHeader: true },
    { key: "genre", label: "Type", format: (v) => String(v).split("/").join(" / ") },
    { key: "channel", label: "Channel" },
    { key: "air_date", label: "Air date", format: (v) => (v === null ? `${MISSING} (to be determined)` : formatDate(v as string)) },
    {
      key: "broadcast_time",
      label: "Time",
      format: (v, r) => (v === null ? MISSING : `${v}${r.broadcast_days ? ` (${r.broadcast_days})` : ""}`),
    },
    { key: "finale_date", label: "Finale", format: (v) => (v === null ? MISSING : formatDate(v as string)) },
    { key: "episodes", label: "Episodes", numeric: true, format: (v) => formatInteger(v as number) },
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
  footnotes: ["3 Data source https://www.yule.hk/"],
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
  paperRef: "Table 6",
  title: "Mainland dramas broadcast by TVB in prime time, 2022-2023",
  subtitle: "Viewership rating in points; each year's total episodes and weeks on air",
  source: source("Table 6", "TVB ratings (yule.hk)"),
  datasets: ["tvb-mainland-dramas-prime-time"],
  columns: [
    { key: "year", label: "Year", numeric: true, format: (v) => String(v) },
    { key: "title", label: "Drama", rowHeader: true },
    {
      key: "rating_points",
      label: "Viewership (points)",
      numeric: true,
      format: (v) => formatDecimal(v as number, String(v).split(".")[1]?.length ?? 0),
    },
    { key: "year_total_episodes", label: "Year's total episodes", numeric: true, format: (v) => formatInteger(v as number) },
    { key: "year_total_airtime_weeks", label: "Year's total airtime (weeks)", numeric: true, format: (v) => formatInteger(v as number) },
  ],
  rows: (d) =>
    d["tvb-mainland-dramas-prime-time"].map((r) => ({
      year: r.year,
      title: r.title,
      rating_points: r.rating_points,
      year_total_episodes: r.year_total_episodes,
      year_total_airtime_weeks: r.year_total_airtime_weeks,
    })),
  footnotes: ["4 Data source https://www.yule.hk/"],
  notes: () => [
    "The year's totals are one merged cell per year in the paper; they are repeated on each row here. “New Life Begins” is printed " +
      "“New Life Beginså”, an extraction artefact.",
  ],
  sortable: false,
  describe: (rows) => rows.map((r) => `${r.year}, ${r.title}: ${r.rating_points} points`).join("; ") + ".",
});
