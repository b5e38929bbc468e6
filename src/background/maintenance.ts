/**
 * Storage upkeep on install/update, browser start and once a day (an alarm, re-created on every worker
 * start because alarms may be lost on update; `alarms.create` with the same name just replaces it).
 * The upkeep itself (storage-repair.ts) runs in the worker's on-need half (more.ts).
 */
import browser from '../shared/browser';

export const MAINTENANCE_ALARM = 'maintenance';

/** Creates the daily upkeep alarm unless it exists (every worker start: alarms may be lost on update). */
export const armMaintenance = (): void => void browser.alarms.get(MAINTENANCE_ALARM).then((existing) => {
  if (!existing) void browser.alarms.create(MAINTENANCE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 60 });
});
