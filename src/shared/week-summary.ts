/**
 * Week views computed from day buckets: domestic vs foreign share of AI time and visits, by country,
 * category and tool. Pure, so the popup, the report page and the notification agree to the millisecond.
 */
import type { Category } from '../registry/types';
import { dayKey } from './dates';
import type { DayBucket } from './usage';

/** What the summary needs to know about a tool id (null: not in the registry any more). */
export interface ToolMeta { country: string; domestic: boolean; category: Category; foreignModel: boolean }

/**
 * Time (or visits) split by origin. `domestic` is every Korean service; `mixed` is the part of it that runs
 * on foreign models ("국내 서비스·해외 모델"), so the three parts people see are domestic − mixed, mixed and
 * foreign. `total` also holds tools that left the registry (origin unknown).
 */
export interface Split { total: number; domestic: number; mixed: number; foreign: number }
export interface CountryRow { country: string; ms: number; visits: number }
export interface ToolRow { toolId: string; ms: number; visits: number }
export interface CategoryRow { category: Category | 'unknown'; ms: number }

export interface WeekSummary {
  /** First and last local day of the week (YYYY-MM-DD). */
  start: string;
  end: string;
  time: Split;
  visits: Split;
  /** Share of AI time on Korean services (what the goal counts), 0–1, or null when there was no AI time. */
  domesticShare: number | null;
  byCountry: CountryRow[];
  byCategory: CategoryRow[];
  byTool: ToolRow[];
}

/** The first local day of the week containing `time`, for a week starting on `weekStart` (0 = Sunday). */
export function weekStartOf(time: number, weekStart: number): string {
  const d = new Date(time);
  const back = (d.getDay() - weekStart + 7) % 7;
  return dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() - back));
}

/** The local day `n` days after `day` (calendar arithmetic, so DST days are fine; n may be negative). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayKey(new Date(y, m - 1, d + n));
}

/** The `count` local day keys starting at `start`. */
export const daysFrom = (start: string, count: number): string[] => Array.from({ length: count }, (_, i) => addDays(start, i));

const desc = <T extends { ms: number }>(rows: T[]) => rows.sort((a, b) => b.ms - a.ms);

export function summarizeWeek(days: Record<string, DayBucket>, start: string, meta: (id: string) => ToolMeta | null): WeekSummary {
  const week = daysFrom(start, 7);
  const time: Split = { total: 0, domestic: 0, mixed: 0, foreign: 0 };
  const visits: Split = { total: 0, domestic: 0, mixed: 0, foreign: 0 };
  const countries = new Map<string, CountryRow>();
  const categories = new Map<string, CategoryRow>();
  const tools = new Map<string, ToolRow>();
  for (const day of week) {
    for (const [toolId, usage] of Object.entries(days[day] ?? {})) {
      const info = meta(toolId);
      const side = info ? (info.domestic ? 'domestic' : 'foreign') : null;
      time.total += usage.activeMs;
      visits.total += usage.visits;
      if (side) time[side] += usage.activeMs, (visits[side] += usage.visits);
      if (info?.domestic && info.foreignModel) time.mixed += usage.activeMs, (visits.mixed += usage.visits);
      const country = info?.country ?? 'unknown';
      const c = countries.get(country) ?? countries.set(country, { country, ms: 0, visits: 0 }).get(country)!;
      c.ms += usage.activeMs;
      c.visits += usage.visits;
      const category = info?.category ?? 'unknown';
      const g = categories.get(category) ?? categories.set(category, { category, ms: 0 }).get(category)!;
      g.ms += usage.activeMs;
      const t = tools.get(toolId) ?? tools.set(toolId, { toolId, ms: 0, visits: 0 }).get(toolId)!;
      t.ms += usage.activeMs;
      t.visits += usage.visits;
    }
  }
  const known = time.domestic + time.foreign;
  return {
    start, end: week[6]!, time, visits,
    domesticShare: known > 0 ? time.domestic / known : null,
    byCountry: desc([...countries.values()]),
    byCategory: desc([...categories.values()]),
    byTool: desc([...tools.values()]),
  };
}
