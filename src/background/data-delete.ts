/**
 * "Delete all data": every key that records what the user did (usage days, recent counting memory,
 * switches, import ledger, set-aside copies, on-page card state, unload hand-offs). Settings, the schema
 * version, this profile's id and the weekly-notification marker stay: they are preferences and
 * bookkeeping, not a record of use. Which is which is declared once, per key, in storage-keys.ts.
 */
import type { Storage } from './storage';
import { isKeptKey } from './storage-keys';

/** Removes every usage record in one transaction; returns how many keys went. */
export function deleteAllData(storage: Storage): Promise<number> {
  return storage.write(async (tx) => {
    const keys = (await tx.keys()).filter((key) => !isKeptKey(key));
    tx.remove(keys);
    return keys.length;
  });
}
