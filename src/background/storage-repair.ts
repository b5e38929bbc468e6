/**
 * Keeps storage healthy: recovers what is valid from corrupt or hand-edited keys, sets aside a copy of
 * what was not (the report page tells the user), and drops days past the retention period.
 * Runs on install/update, on browser start and daily — never on the hot path of a message.
 */
import { dayKey } from '../shared/dates';
import { parseSettings, SETTINGS_KEY } from '../shared/settings';
import { DAY_PREFIX, emptyRecent, RECENT_KEY } from '../shared/usage';
import { addDays } from '../shared/week-summary';
import { readDayBucket, readRecent } from './usage-parse';
import type { StorageArea } from './usage-store';

/** Usage is kept for two years: comfortably more than the 400 days the yearly views need. */
export const RETENTION_DAYS = 730;
export const QUARANTINE_KEY = 'quarantine';
/** The quarantine copy is bounded too: beyond this, the oldest set-aside values are dropped. */
const QUARANTINE_MAX_CHARS = 512 * 1024;

export interface Quarantine { savedAt: number; items: Record<string, unknown> }

const DAY_KEY = /^day:(\d{4}-\d{2}-\d{2})$/;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface RepairReport { repaired: string[]; removed: string[]; expired: number }

export async function repairStorage(area: StorageArea, now: number): Promise<RepairReport> {
  const all = await area.get(null);
  const oldest = addDays(dayKey(now), -RETENTION_DAYS);
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  const bad: Record<string, unknown> = {};
  let expired = 0;

  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(DAY_PREFIX)) continue;
    const day = DAY_KEY.exec(key)?.[1];
    if (!day || dayKey(new Date(`${day}T12:00:00`)) !== day) {
      bad[key] = raw;
      remove.push(key);
    } else if (day < oldest) {
      remove.push(key), expired++;
    } else {
      const clean = readDayBucket(raw);
      if (!same(clean, raw)) (bad[key] = raw), (set[key] = clean);
    }
  }
  if (RECENT_KEY in all) {
    const recent = readRecent(all[RECENT_KEY]);
    if (!recent || !same(recent, all[RECENT_KEY])) (bad[RECENT_KEY] = all[RECENT_KEY]), (set[RECENT_KEY] = recent ?? emptyRecent());
  }
  if (SETTINGS_KEY in all) {
    const raw = all[SETTINGS_KEY];
    const settings = parseSettings(raw);
    // Missing fields just take defaults; only unknown or invalid values count as damage.
    const fields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Object.entries(raw) : null;
    const damaged = !fields || fields.some(([k, v]) => !(k in settings) || !same((settings as unknown as Record<string, unknown>)[k], v));
    if (damaged) bad[SETTINGS_KEY] = raw;
    if (!same(settings, raw)) set[SETTINGS_KEY] = settings;
  }

  if (Object.keys(bad).length > 0) set[QUARANTINE_KEY] = mergeQuarantine(all[QUARANTINE_KEY], bad, now);
  if (remove.length > 0) await area.remove(remove);
  if (Object.keys(set).length > 0) await area.set(set);
  return { repaired: Object.keys(bad), removed: remove, expired };
}

function mergeQuarantine(previous: unknown, bad: Record<string, unknown>, now: number): Quarantine {
  const old = (previous as Quarantine | undefined)?.items;
  const items = { ...(typeof old === 'object' && old !== null ? old : {}) };
  for (const [key, value] of Object.entries(bad)) items[`${new Date(now).toISOString()} ${key}`] = value;
  const keys = Object.keys(items).sort();
  while (keys.length > 1 && JSON.stringify(items).length > QUARANTINE_MAX_CHARS) delete items[keys.shift()!];
  return { savedAt: now, items };
}

/** What the report page shows: when something was set aside, and which keys. */
export async function readQuarantine(area: StorageArea): Promise<{ savedAt: number; keys: string[] } | null> {
  const q = (await area.get(QUARANTINE_KEY))[QUARANTINE_KEY] as Quarantine | undefined;
  if (!q || typeof q !== 'object' || !Number.isFinite(q.savedAt) || typeof q.items !== 'object' || q.items === null) return null;
  return { savedAt: q.savedAt, keys: Object.keys(q.items) };
}
