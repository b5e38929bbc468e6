/**
 * One usage update inside a storage transaction: read the day buckets it touches plus `recent`, apply
 * the pure accounting, and stage both writes, so the transaction writes them in ONE `set()` call: a
 * worker stopped mid-write either counted a segment or did not, never half.
 */
import { addActive, observeClock, splitByDay } from '../shared/tally';
import { emptyRecent, type DayBucket, type Recent } from '../shared/usage';
import type { Tx } from './storage';

export interface ActiveRange { toolId: string; start: number; end: number }

export async function updateUsage(tx: Tx, days: string[], now: number, apply: (buckets: Record<string, DayBucket>, recent: Recent) => Recent) {
  const buckets = await tx.days([...new Set(days)]);
  const recent = apply(buckets, observeClock((await tx.get('recent')) ?? emptyRecent(), now));
  for (const [day, bucket] of Object.entries(buckets)) if (Object.keys(bucket).length > 0) tx.setDay(day, bucket);
  tx.set('recent', recent);
}

const rangeDays = (ranges: readonly ActiveRange[]): string[] => ranges.flatMap((r) => splitByDay(r.start, r.end).map((p) => p.day));

/** Adds several active ranges in one transaction. */
export const addRanges = (tx: Tx, ranges: readonly ActiveRange[], now: number) =>
  updateUsage(tx, rangeDays(ranges), now, (buckets, recent) =>
    ranges.reduce((rec, r) => addActive(buckets, rec, r.toolId, r.start, r.end, now).recent, recent));
