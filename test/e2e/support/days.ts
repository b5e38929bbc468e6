/** Stored days as the tests read them: always the named form ({ activeMs, visits }), whichever form storage holds (shared/usage.ts). */
import { readDayBucket } from '../../../src/background/usage-parse';
import type { DayBucket } from '../../../src/shared/usage';

/** Every stored day of a `storage.local.get(null)`, oldest first. */
export const storedDays = (all: Record<string, unknown>): [string, DayBucket][] =>
  Object.entries(all).filter(([k]) => k.startsWith('day:')).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, readDayBucket(v)]);
