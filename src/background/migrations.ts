/**
 * Versioned storage. `schemaVersion` says which format storage.local holds; migrations run in order,
 * each tested on its own. Storage written by a NEWER version of the extension is never touched: the
 * worker refuses to run rather than damage data it does not understand (e.g. after a downgrade).
 */
import { DAY_PREFIX, storedDay } from '../shared/usage';
import type { StorageArea } from './storage';
import { readDayBucket } from './usage-parse';

export const SCHEMA_KEY = 'schemaVersion';

export interface Migration {
  version: number;
  why: string;
  /** Gets everything stored; returns what to set and remove (applied in one go, then the version). */
  up: (all: Record<string, unknown>) => { set?: Record<string, unknown>; remove?: string[] };
}

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

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class NewerStorageError extends Error {
  constructor(found: number) {
    super(`storage is from a newer version of AI 원산지 (schema ${found}, this copy knows ${SCHEMA_VERSION}); not touching it`);
  }
}

export async function migrateStorage(area: StorageArea, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  const latest = migrations[migrations.length - 1]!.version;
  const raw = (await area.get(SCHEMA_KEY))[SCHEMA_KEY];
  const found = Number.isInteger(raw) && (raw as number) >= 0 ? (raw as number) : 0;
  if (found > latest) throw new NewerStorageError(found);
  for (const step of migrations) {
    if (step.version <= found) continue;
    const { set = {}, remove = [] } = step.up(await area.get(null));
    if (remove.length > 0) await area.remove(remove);
    // The version is written with the step's data: a stop in between re-runs only this step.
    await area.set({ ...set, [SCHEMA_KEY]: step.version });
  }
  return latest;
}
