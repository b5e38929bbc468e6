/**
 * Service worker (Chrome) / event page (Firefox) entry. Every listener is registered synchronously at
 * the top level, so a worker woken by an event finds its listener; every storage access waits for the
 * migrations inside the storage gateway. No timers live here: the worker may stop at any moment.
 */
import browser from '../shared/browser';
import { loadRegistry } from '../registry/registry';
import { isObj } from '../shared/guards';
import { HANDOFF_PREFIX } from '../shared/segment-report';
import { createDeps } from './deps';
import { drainHandoffs } from './handoff-drain';
import { createHandlers } from './handlers';
import { injectIntoOpenTabs } from './inject-open-tabs';
import { userRegistryFor } from './personal-handlers';
import { maintenance, MAINTENANCE_ALARM } from './maintenance';
import { registryUpdates, UPDATE_ALARM } from './registry-updates';
import { createRouter, type Sender } from './router';
import { repairStorage } from './storage-repair';
import { WEEKLY_ALARM, weeklySummary } from './weekly-notification';

const deps = createDeps(browser.storage.local);
const { storage } = deps;
// Lookups wait for an accepted registry update (opt-in) to be restored; it never rejects.
const updates = registryUpdates(deps);
const registryRestored = updates.restored;
// Her own registry (entries, corrections, "not AI") is a layer over it: restored before any lookup too.
const personal = userRegistryFor(deps);
const lookupsReady = Promise.all([registryRestored, personal.restored]);
// A site she granted (or withdrew) in the browser's own settings changes where her entries count.
const resyncMine = () => void personal.restored.then(() => personal.sync()).catch((e) => console.error('[ai-origin] user registry sync failed', e));
const route = createRouter(createHandlers(deps), {
  id: browser.runtime.id,
  baseUrl: browser.runtime.getURL('/'),
});

/** Page visits and activity are answered from the registry's briefs; everything else reads the full entries. */
const BRIEFS_SUFFICE: ReadonlySet<unknown> = new Set(['page:hello', 'activity:segments']);

browser.runtime.onMessage.addListener(async (message: unknown, sender: Sender) => {
  try {
    await storage.ready;
    await lookupsReady;
    if (!isObj(message) || !BRIEFS_SUFFICE.has(message.type)) await loadRegistry();
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  return route(message, sender);
});

// A page that unloaded left segments it could not deliver (see content/handoff.ts): the change wakes
// a stopped worker. Also drained on every start, for hand-offs written while the worker could not run.
const drain = () => void lookupsReady.then(() => drainHandoffs(storage, Date.now)).catch((e) => console.error('[ai-origin] hand-off drain failed', e));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && Object.entries(changes).some(([key, change]) => key.startsWith(HANDOFF_PREFIX) && change.newValue !== undefined)) drain();
});
drain();

browser.runtime.onInstalled.addListener(({ reason }) => {
  // Once, on a fresh install (never on updates): what it does, that nothing leaves, how to pin the icon.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') }).catch(() => undefined);
  void storage.ready
    .then(() => Promise.all([injectIntoOpenTabs(), repairStorage(storage, Date.now())]))
    .catch((e) => console.error('[ai-origin] install tasks failed', e));
});

// ── Everything else that can wake the worker, in one place ──────────────────────────────────────────
const upkeep = maintenance(storage);
const weekly = weeklySummary(storage.ready.then(() => registryRestored), deps);
/** Every alarm the worker sets, by name: one dispatcher. */
const ALARMS: Record<string, () => void> = {
  [MAINTENANCE_ALARM]: upkeep.run,
  [WEEKLY_ALARM]: weekly.alarm,
  [UPDATE_ALARM]: updates.alarm,
};
browser.alarms.onAlarm.addListener((alarm) => ALARMS[alarm.name]?.());
browser.runtime.onStartup.addListener(upkeep.run);
browser.notifications.onClicked.addListener(weekly.notificationClicked);
// A site granted or withdrawn (here or in the browser's settings) changes where content scripts run.
const permissionsChanged = () => (updates.permissionsChanged(), resyncMine());
browser.permissions?.onAdded?.addListener(permissionsChanged);
browser.permissions?.onRemoved?.addListener(permissionsChanged);

upkeep.arm();
weekly.start();
