/**
 * Keeps storage healthy, key by key as storage-keys.ts declares them: recovers what is valid from
 * corrupt or hand-edited values, sets aside a copy of what was not (the report page tells the user),
 * removes keys that are not part of the format and days that are invalid, in the future or past the
 * retention period. Runs on install/update, on browser start and daily, in the one write queue.
 */
import { dayKey } from '../shared/dates';
import { DAY_PREFIX } from '../shared/usage';
import { addDays } from '../shared/week-summary';
import type { Storage } from './storage';
import { DAY_KEY, HANDOFF_PREFIX, KEYS, type KeyName, type KeySpec } from './storage-keys';

/** Usage is kept for two years: comfortably more than the 400 days the yearly views need. */
export const RETENTION_DAYS = 730;

export interface RepairReport { repaired: string[]; removed: string[]; expired: number }

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function repairStorage(storage: Storage, now: number): Promise<RepairReport> {
  return storage.write(async (tx) => {
    const all = await tx.raw();
    const oldest = addDays(dayKey(now), -RETENTION_DAYS);
    const report: RepairReport = { repaired: [], removed: [], expired: 0 };
    const drop = (key: string, raw: unknown) => {
      tx.setAside(key, raw);
      tx.remove([key]);
      report.repaired.push(key);
      report.removed.push(key);
    };

    for (const [key, raw] of Object.entries(all)) {
      // The schema version belongs to the migrations; hand-offs are counted (and removed) by the drain.
      if (key === 'schemaVersion' || key.startsWith(HANDOFF_PREFIX)) continue;
      if (key.startsWith(DAY_PREFIX)) {
        const day = DAY_KEY.day(key, { now });
        if (day === null) drop(key, raw);
        else if (day < oldest) tx.remove([key]), report.removed.push(key), report.expired++;
        else {
          const clean = DAY_KEY.read(raw, { now })!;
          if (DAY_KEY.damaged!(raw, clean)) tx.setAside(key, raw), tx.setDay(day, clean), report.repaired.push(key);
        }
        continue;
      }
      if (!Object.prototype.hasOwnProperty.call(KEYS, key)) {
        drop(key, raw); // not part of the format: nothing reads it, so it could only grow
        continue;
      }
      const spec = KEYS[key as KeyName] as KeySpec<unknown>;
      const clean = spec.read(raw, { now });
      const damaged = clean === undefined || (spec.damaged ? spec.damaged(raw, clean) : !same(raw, clean));
      if (clean === undefined) {
        if (key === 'quarantine') tx.remove([key]), report.removed.push(key);
        else drop(key, raw);
      } else if (!same(clean, raw)) {
        if (damaged && key !== 'quarantine') tx.setAside(key, raw), report.repaired.push(key);
        tx.set(key as KeyName, clean as never);
      }
    }
    return report;
  });
}

/** What the report page shows: when something was set aside, and which keys. */
export async function readQuarantine(storage: Storage): Promise<{ savedAt: number; keys: string[] } | null> {
  const q = await storage.read((r) => r.get('quarantine'));
  return q ? { savedAt: q.savedAt, keys: Object.keys(q.items) } : null;
}
