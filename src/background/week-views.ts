/** Reads the day buckets for a run of weeks and summarises each (oldest first). */
import { addDays, daysFrom, summarizeWeek, weekStartOf, type WeekSummary } from '../shared/week-summary';
import { toolMeta } from './tool-meta';
import type { UsageStore } from './usage-store';

export async function recentWeeks(usage: UsageStore, weekStart: number, now: number, count: number): Promise<WeekSummary[]> {
  const current = weekStartOf(now, weekStart);
  const first = addDays(current, -7 * (count - 1));
  const days = await usage.readDays(daysFrom(first, 7 * count));
  return Array.from({ length: count }, (_, i) => summarizeWeek(days, addDays(first, 7 * i), toolMeta));
}
