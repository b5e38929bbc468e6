/**
 * The usage tally in storage.local. Each update reads the day buckets it touches plus `recent`, applies
 * the pure accounting, and writes them back in ONE `set()` call, so the tally and the memory of what was
 * counted change together: a worker stopped mid-write either counted a segment or did not, never half.
 */
import { dayKey } from '../shared/dates';
import { addActive, addVisit, splitByDay } from '../shared/tally';
import { dayStorageKey, emptyRecent, RECENT_KEY, type DayBucket, type Recent } from '../shared/usage';
import { readDayBucket, readRecent } from './usage-parse';
import { createWriteQueue } from './write-queue';

/** The slice of `storage.local` we use (fakeable in tests). */
export interface StorageArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ActiveRange { toolId: string; start: number; end: number }

export type UsageStore = ReturnType<typeof createUsageStore>;

export function createUsageStore(area: StorageArea, clock: () => number = Date.now) {
  const enqueue = createWriteQueue();

  async function update(days: string[], apply: (buckets: Record<string, DayBucket>, recent: Recent) => Recent) {
    return enqueue(async () => {
      const keys = [...new Set(days)].map(dayStorageKey);
      const stored = await area.get([...keys, RECENT_KEY]);
      const buckets: Record<string, DayBucket> = {};
      for (const day of new Set(days)) buckets[day] = readDayBucket(stored[dayStorageKey(day)]);
      const recent = apply(buckets, readRecent(stored[RECENT_KEY]) ?? emptyRecent());
      await area.set({ ...Object.fromEntries(Object.entries(buckets).map(([d, b]) => [dayStorageKey(d), b])), [RECENT_KEY]: recent });
    });
  }

  return {
    ready: async () => undefined,

    recordVisit: (toolId: string, visitId: string, time: number) =>
      update([dayKey(time)], (buckets, recent) => addVisit(buckets, recent, toolId, visitId, time, clock()).recent),

    /** Adds several active ranges in one write (one message's segments). */
    recordActive: (ranges: readonly ActiveRange[]) =>
      update(ranges.flatMap((r) => splitByDay(r.start, r.end).map((p) => p.day)), (buckets, recent) =>
        ranges.reduce((rec, r) => addActive(buckets, rec, r.toolId, r.start, r.end, clock()).recent, recent)),

    /** Runs a job that rewrites day buckets (import, delete) in the same queue as tracking writes. */
    exclusive: <T>(job: () => Promise<T>): Promise<T> => enqueue(job),

    async readDays(days: string[]): Promise<Record<string, DayBucket>> {
      const stored = await area.get(days.map(dayStorageKey));
      return Object.fromEntries(days.map((d) => [d, readDayBucket(stored[dayStorageKey(d)])]));
    },
  };
}
