/**
 * The worker's on-need half: every answer but a page visit's and its activity's — the card's content and
 * buttons, the popup, the report, her own registry, registry updates, the weekly summary, install and
 * upkeep tasks. Chrome keeps it in a second script that a worker start loads only when one of these is
 * needed (src/build/worker-split.ts, load-more.worker.ts); elsewhere it is a module like any other.
 * Everything here is made once per worker life for its `deps`.
 */
import { dueCard } from './card-handlers';
import type { Deps } from './deps';
import browser from '../shared/browser';
import { validators } from '../shared/message-rules';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import { injectIntoOpenTabs } from './inject-open-tabs';
import { MAINTENANCE_ALARM } from './maintenance';
import { MIGRATIONS } from './migration-steps';
import { providePersonalParser } from './personal-key';
import { parsePersonal } from '../shared/personal';
import { userRegistryFor } from './personal-handlers';
import { registryUpdates, UPDATE_ALARM } from './registry-updates';
import { repairStorage } from './storage-repair';
import { weeklySummary } from './weekly-notification';
import { WEEKLY_ALARM } from './weekly-schedule';

const once = <T>(make: (deps: Deps) => T) => {
  const made = new WeakMap<Deps, T>();
  return (deps: Deps): T => {
    if (!made.has(deps)) made.set(deps, make(deps));
    return made.get(deps)!;
  };
};

const log = (what: string) => (error: unknown) => console.error(`[ai-origin] ${what} failed`, error);
const upkeep = (deps: Deps) => void repairStorage(deps.storage, Date.now()).catch(log('maintenance'));
const weeklyFor = once((deps) => weeklySummary(deps.storage.ready.then(() => registryUpdates(deps).restored), deps));

export const more = {
  /** Every message but the page's own (the first script routes those): checked, then answered. */
  route: once((deps) => createRouter(createHandlers(deps), { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') }, validators)),
  dueCard,
  /** Before lookups: the accepted registry update and her own registry in use again (never rejects). */
  restore: (deps: Deps): Promise<void> => Promise.all([registryUpdates(deps).restored, userRegistryFor(deps).restored]).then(() => undefined),
  /** Every alarm the worker sets, by name: one dispatcher. */
  alarm(name: string, deps: Deps): void {
    const alarms: Record<string, () => void> = {
      [MAINTENANCE_ALARM]: () => upkeep(deps),
      [WEEKLY_ALARM]: weeklyFor(deps).alarm,
      [UPDATE_ALARM]: registryUpdates(deps).alarm,
    };
    alarms[name]?.();
  },
  upkeep,
  migrations: MIGRATIONS,
  weekly: weeklyFor,
  installed: (deps: Deps): Promise<unknown> => Promise.all([injectIntoOpenTabs(), repairStorage(deps.storage, Date.now())]),
  /** A site granted or withdrawn (here or in the browser's settings) changes where content scripts run. */
  permissionsChanged(deps: Deps): void {
    registryUpdates(deps).permissionsChanged();
    const mine = userRegistryFor(deps);
    void mine.restored.then(() => mine.sync()).catch(log('user registry sync'));
  },
};

export type More = typeof more;

// Her registry is read only from this half: the storage gateway gets its parser now (personal-key.ts).
providePersonalParser(parsePersonal);

// Chrome's second script hands its half over here (load-more.worker.ts reads it after importScripts).
(globalThis as { __aiOriginMore?: More }).__aiOriginMore = more;
