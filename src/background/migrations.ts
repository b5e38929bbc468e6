/**
 * Versioned storage. `schemaVersion` says which format storage.local holds; migrations run in order,
 * each tested on its own. Storage written by a NEWER version of the extension is never touched: the
 * worker refuses to run rather than damage data it does not understand (e.g. after a downgrade).
 */
import { loadMore } from './load-more';
import type { StorageArea } from './storage';

export const SCHEMA_KEY = 'schemaVersion';

export interface Migration {
  version: number;
  why: string;
  /** Gets everything stored; returns what to set and remove (applied in one go, then the version). */
  up: (all: Record<string, unknown>) => { set?: Record<string, unknown>; remove?: string[] };
}

/** The latest format (migration-steps.ts ends with it; a test holds the two together). */
export const SCHEMA_VERSION = 2;


export class NewerStorageError extends Error {
  constructor(found: number) {
    super(`storage is from a newer version of AI 원산지 (schema ${found}, this copy knows ${SCHEMA_VERSION}); not touching it`);
  }
}

/** The steps, read only when storage is older than SCHEMA_VERSION: from the worker's on-need half (more.ts). */
const stepsOnNeed = (): Promise<readonly Migration[]> => loadMore().then((more) => more.migrations);

export async function migrateStorage(area: StorageArea, migrations: readonly Migration[] | (() => Promise<readonly Migration[]>) = stepsOnNeed): Promise<number> {
  const latest = typeof migrations === 'function' ? SCHEMA_VERSION : migrations[migrations.length - 1]!.version;
  const raw = (await area.get(SCHEMA_KEY))[SCHEMA_KEY];
  const found = Number.isInteger(raw) && (raw as number) >= 0 ? (raw as number) : 0;
  if (found > latest) throw new NewerStorageError(found);
  if (found === latest) return latest;
  for (const step of typeof migrations === 'function' ? await migrations() : migrations) {
    if (step.version <= found) continue;
    const { set = {}, remove = [] } = step.up(await area.get(null));
    if (remove.length > 0) await area.remove(remove);
    // The version is written with the step's data: a stop in between re-runs only this step.
    await area.set({ ...set, [SCHEMA_KEY]: step.version });
  }
  return latest;
}
