/**
 * Service worker (Chrome) / event page (Firefox) entry. Every listener is registered synchronously at
 * the top level, so a worker woken by an event finds its listener; every storage access waits for the
 * migrations inside the storage gateway. No timers live here: the worker may stop at any moment.
 *
 * Most starts are for a page visit: this script answers those (badge, visit, active time) from the
 * registry's briefs, and loads the on-need half (more.ts: popup, report, her registry, updates, the weekly
 * summary, upkeep) only when something needs it — Chrome keeps that half in a second script, so a start
 * pays only for what it runs (issue 19; src/build/worker-split.ts).
 */
import browser from '../shared/browser';
import { loadRegistry } from '../registry/registry';
import { isObj } from '../shared/guards';
import { PAGE_MESSAGES, pageRules } from '../shared/messages';
import { HANDOFF_PREFIX } from '../shared/segment-report';
import { createDeps } from './deps';
import { drainHandoffs } from './handoff-drain';
import { loadMore } from './load-more';
import { armMaintenance } from './maintenance';
import { pageHandlers } from './page-handlers';
import { createRouter, type Sender } from './router';
import { restoreNeeded } from './restore-needed';
import { armWeeklyAlarm, weekState } from './weekly-schedule';
import { notificationWorker } from './worker-notifications';

const deps = createDeps(browser.storage.local);
const { storage } = deps;
const log = (what: string) => (error: unknown) => console.error(`[ai-origin] ${what} failed`, error);
// Lookups wait for an accepted registry update (opt-in) and her own registry (a layer over it) to be
// back in use; a start with neither stored leaves the on-need half alone. Never rejects.
const lookupsReady = storage.ready
  .then(() => restoreNeeded(deps))
  .then((needed) => (needed ? loadMore().then((more) => more.restore(deps)) : undefined))
  .catch(log('restore'));
const routePage = createRouter(pageHandlers(deps), { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') }, pageRules);

/** Page visits and activity are answered here, from the registry's briefs; everything else reads the full entries. */
const PAGE: ReadonlySet<unknown> = new Set(PAGE_MESSAGES);

browser.runtime.onMessage.addListener(async (message: unknown, sender: Sender) => {
  const page = isObj(message) && PAGE.has(message.type);
  try {
    await storage.ready;
    await lookupsReady;
    // Both at once: the first popup after a visit needs the entries and the on-need half, and the file
    // read goes on in the browser while importScripts runs here (that open's handler: 73 → 59 ms median).
    if (!page) await Promise.all([loadRegistry(), loadMore()]);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  return page ? routePage(message, sender) : loadMore().then((more) => more.route(deps)(message, sender));
});

// A page that unloaded left segments it could not deliver (see content/handoff.ts): the change wakes
// a stopped worker. Also drained on every start, for hand-offs written while the worker could not run.
const drain = () => void lookupsReady.then(() => drainHandoffs(storage, Date.now)).catch(log('hand-off drain'));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && Object.entries(changes).some(([key, change]) => key.startsWith(HANDOFF_PREFIX) && change.newValue !== undefined)) drain();
});
drain();

browser.runtime.onInstalled.addListener(({ reason }) => {
  // Once, on a fresh install (never on updates): what it does, that nothing leaves, how to pin the icon.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') }).catch(() => undefined);
  void storage.ready.then(() => loadMore()).then((more) => more.installed(deps)).catch(log('install tasks'));
});

// ── Everything else that can wake the worker, in one place (more.ts dispatches alarms by name) ────────
browser.alarms.onAlarm.addListener((alarm) => void loadMore().then((more) => more.alarm(alarm.name, deps)).catch(log(`alarm ${alarm.name}`)));
browser.runtime.onStartup.addListener(() => void loadMore().then((more) => more.upkeep(deps)).catch(log('maintenance')));
// A click on the weekly summary's notification: the worker's own notifications in Chrome (a lighter
// listener than the `notifications` namespace: worker-notifications.ts), the extension's in Firefox.
const notificationClicked = (id: string) => loadMore().then((more) => more.weekly(deps).notificationClicked(id)).catch(log('notification click'));
const worker = notificationWorker();
if (worker) {
  worker.addEventListener('notificationclick', (event) => {
    event.notification.close();
    event.waitUntil(notificationClicked(event.notification.tag));
  });
} else {
  browser.notifications.onClicked.addListener((id) => void notificationClicked(id).then(() => browser.notifications.clear(id)));
}
// A site granted or withdrawn (here or in the browser's settings) changes where content scripts run.
const permissionsChanged = () => void loadMore().then((more) => more.permissionsChanged(deps)).catch(log('permission change'));
browser.permissions?.onAdded?.addListener(permissionsChanged);
browser.permissions?.onRemoved?.addListener(permissionsChanged);

armMaintenance();
// The weekly summary: a week due since the last one handled runs the summary (catch-up); otherwise
// only its alarm is re-armed (alarms can be lost on update).
void lookupsReady
  .then(() => weekState(deps))
  .then((week) => (week.handled ? armWeeklyAlarm(week.settings, deps.now()) : loadMore().then((more) => more.weekly(deps).start())))
  .catch(log('weekly summary'));
