/** Reads the day buckets for a run of weeks and summarises each (oldest first). */
import { addDays, daysFrom, summarizeWeek, weekStartOf, type WeekSummary } from '../shared/week-summary';
import { toolMeta } from './tool-meta';
import type { UsageStore } from './usage-store';

export type WeeksFor = (weekStart: number) => WeekSummary[];

/**
 * The last `count` weeks, read before her week-start setting is known: every day any start could need
 * (7·count + 6 days), so the read runs side by side with the settings read instead of after it — one
 * storage round trip fewer on the popup's and the report's critical path (issue 19).
 */
export async function recentWeeks(usage: UsageStore, now: number, count: number): Promise<WeeksFor> {
  const today = weekStartOf(now, new Date(now).getDay());
  const days = await usage.readDays(daysFrom(addDays(today, -6 - 7 * (count - 1)), 7 * count + 6));
  return (weekStart) => {
    const first = addDays(weekStartOf(now, weekStart), -7 * (count - 1));
    return Array.from({ length: count }, (_, i) => summarizeWeek(days, addDays(first, 7 * i), toolMeta));
  };
}
