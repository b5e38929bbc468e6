/**
 * Every storage migration, in order (migrations.ts runs them). Needed only on the start after an update
 * that changed the format, so they live in the worker's on-need half (more.ts), not in every start's script.
 */
import { DAY_PREFIX, storedDay } from '../shared/usage';
import type { Migration } from './migrations';
import { readDayBucket } from './usage-parse';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: 'First versioned format (0.1): day buckets "day:YYYY-MM-DD", "recent", "settings". Nothing older exists.',
    up: () => ({}),
  },
  {
    version: 2,
    why: 'Compact days (0.2): { "<tool>": [activeMs, visits] } instead of { activeMs, visits } — a heavy year 330 → 180 KB. Schema 1 days are still read; an older copy refuses schema 2 rather than drop the new form.',
    up: (all) => {
      const set: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(DAY_PREFIX)) continue;
        // Only a whole day in the named form reads back as itself; anything else is left to the repair,
        // which keeps a copy.
        const day = readDayBucket(value);
        if (JSON.stringify(day) === JSON.stringify(value)) set[key] = storedDay(day);
      }
      return { set };
    },
  },
];
