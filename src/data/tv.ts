/** Television: TVB's 2024 schedule (Table 5) and Mainland dramas in prime time (Table 6). */
import { decimal, integer, isoDate, text } from "./schema.ts";
import type { RowOf } from "./table.ts";

export const TVB_SCHEDULE_SCHEMA = {
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
};
export type TvbScheduleRow = RowOf<typeof TVB_SCHEDULE_SCHEMA>;

export const TVB_MAINLAND_DRAMAS_SCHEMA = {
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
};
export type TvbMainlandDramaRow = RowOf<typeof TVB_MAINLAND_DRAMAS_SCHEMA>;
