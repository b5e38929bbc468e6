/**
 * "Delete all data": every key that records what the user did (usage days, recent counting memory,
 * switches, import ledger, set-aside copies, on-page card state). Settings, the schema version, this
 * profile's id and the weekly-notification marker stay: they are preferences and bookkeeping, not
 * a record of use. A new kind of usage record must be added to `isUsageRecord`.
 */
import { DAY_PREFIX, RECENT_KEY } from '../shared/usage';
import { CARD_STATE_KEY } from './card-store';
import { IMPORTS_KEY } from './data-import';
import { QUARANTINE_KEY } from './storage-repair';
import { SWITCHES_KEY } from './switch-store';
import type { StorageArea } from './usage-store';

const RECORD_KEYS = new Set([RECENT_KEY, SWITCHES_KEY, IMPORTS_KEY, QUARANTINE_KEY, CARD_STATE_KEY]);

export const isUsageRecord = (key: string): boolean => key.startsWith(DAY_PREFIX) || RECORD_KEYS.has(key);

/** Removes every usage record in one call; returns how many keys went. */
export async function deleteAllData(area: StorageArea): Promise<number> {
  const keys = Object.keys(await area.get(null)).filter(isUsageRecord);
  if (keys.length > 0) await area.remove(keys);
  return keys.length;
}
