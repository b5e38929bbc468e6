/**
 * Service worker (Chrome) / event page (Firefox) entry. Every listener is registered synchronously at
 * the top level, so a worker woken by an event finds its listener; each handler awaits `ready`
 * (storage migrated and checked). No timers live here: the worker may stop at any moment.
 */
import browser from '../shared/browser';
import { createHandlers } from './handlers';
import { injectIntoOpenTabs } from './inject-open-tabs';
import { registerMaintenance, runMaintenance } from './maintenance';
import { migrateStorage } from './migrations';
import { createDeps } from './deps';
import { createRouter, type Sender } from './router';
import { registerWeeklySummary } from './weekly-notification';

const area = browser.storage.local;
const ready = migrateStorage(area);
const deps = createDeps(area);
const route = createRouter(createHandlers(deps), {
  id: browser.runtime.id,
  baseUrl: browser.runtime.getURL('/'),
});

browser.runtime.onMessage.addListener(async (message: unknown, sender: Sender) => {
  try {
    await ready;
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  return route(message, sender);
});

browser.runtime.onInstalled.addListener(() => {
  void ready
    .then(() => Promise.all([injectIntoOpenTabs(), runMaintenance()]))
    .catch((e) => console.error('[ai-origin] install tasks failed', e));
});

registerMaintenance(ready);
registerWeeklySummary(ready, deps);
