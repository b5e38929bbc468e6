/** The usage tally: visits, active ranges and reported segments, each one storage transaction. */
import { dayKey } from '../shared/dates';
import type { SegmentReport } from '../shared/segment-report';
import { addVisit } from '../shared/tally';
import type { DayBucket } from '../shared/usage';
import { countSegments } from './segment-intake';
import type { Storage } from './storage';
import { addRanges, updateUsage, type ActiveRange } from './usage-update';

export type { ActiveRange } from './usage-update';
export type UsageStore = ReturnType<typeof createUsageStore>;

export function createUsageStore(storage: Storage, clock: () => number = Date.now) {
  return {
    recordVisit: (toolId: string, visitId: string, time: number) =>
      storage.write((tx) => updateUsage(tx, [dayKey(time)], clock(), (buckets, recent) => addVisit(buckets, recent, toolId, visitId, time, clock()).recent)),

    /** Adds several active ranges in one write. */
    recordActive: (ranges: readonly ActiveRange[]) => storage.write((tx) => addRanges(tx, ranges, clock())),

    /** Counts what may be counted of a page's segments (settings read in the same transaction). */
    recordSegments: (segments: readonly SegmentReport[]) => storage.write((tx) => countSegments(tx, segments, clock())),

    readDays: (days: string[]): Promise<Record<string, DayBucket>> => storage.read((r) => r.days(days)),
  };
}
