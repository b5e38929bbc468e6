/**
 * Storage upkeep on install/update, browser start and once a day (an alarm, re-created on every worker
 * start because alarms may be lost on update; `alarms.create` with the same name just replaces it).
 */
import browser from '../shared/browser';
import type { Storage } from './storage';
import { repairStorage } from './storage-repair';

export const MAINTENANCE_ALARM = 'maintenance';

/** Storage upkeep's wake-ups, for background/index.ts: `run` (browser start, its daily alarm) and `arm`. */
export function maintenance(storage: Storage) {
  return {
    run: () => void repairStorage(storage, Date.now()).catch((error) => console.error('[ai-origin] maintenance failed', error)),
    arm: () => void browser.alarms.get(MAINTENANCE_ALARM).then((existing) => {
      if (!existing) void browser.alarms.create(MAINTENANCE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 60 });
    }),
  };
}
