/**
 * Registry updates, wired to the browser: off until the user turns them on in settings. Then a weekly
 * alarm runs one check (registry-update-check.ts); turning them off stops the alarm and returns to the
 * bundled registry. On every worker start the accepted update is restored before any lookup (index.ts
 * waits for `restored`). Checks, restores and switches run one at a time.
 */
import { registryTools, BUNDLED_SOURCE, registrySource } from '../registry/registry';
import { useRegistryUpdate } from '../registry/registry-update-use';
import { updateConfig } from '../registry/update/config';
import browser from '../shared/browser';
import { ownManifest } from './own-manifest';
import type { RegistryUpdateStatus } from '../shared/registry-update-status';
import type { Settings } from '../shared/settings';
import type { Deps } from './deps';
import { checkForUpdate, restoreUpdate, type UpdateEnv } from './registry-update-check';
import type { StoredCheck } from './registry-update-keys';
import { hostPattern, syncUpdateScripts, UPDATE_SCRIPT_ID, uncoveredHosts, type ScriptApi } from './registry-update-scripts';
import { createWriteQueue } from './write-queue';

export const UPDATE_ALARM = 'registry-update';
export const CHECK_PERIOD_MINUTES = 7 * 24 * 60;

export interface RegistryUpdates {
  /** Resolves (never rejects) once the accepted update, if any, is in use. */
  restored: Promise<void>;
  /** One check now, if updates are on; null when they are off. */
  check(): Promise<StoredCheck | null>;
  /** After a settings change: arm and check, or stop and return to the bundled registry. */
  settingChanged(settings: Settings): Promise<void>;
  status(): Promise<RegistryUpdateStatus>;
  /** Re-registers the content script after a host permission was granted or withdrawn. */
  resync(): Promise<unknown>;
}

const log = (what: string) => (error: unknown) => console.error(`[ai-origin] registry update: ${what}`, error);

function scriptApi(): ScriptApi | null {
  // `in`, not a read: reading a namespace builds its bindings, a cost paid at every worker start.
  if (!('scripting' in browser) || !('permissions' in browser)) return null;
  const js = () => ownManifest().content_scripts?.[0]?.js ?? ['content.js'];
  const script = (matches: string[]) => ({ id: UPDATE_SCRIPT_ID, matches, js: js(), runAt: 'document_start' as const, allFrames: false, persistAcrossSessions: true });
  return {
    get staticMatches() {
      return ownManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
    },
    contains: (origin) => browser.permissions.contains({ origins: [origin] }),
    registered: async () => (await browser.scripting.getRegisteredContentScripts({ ids: [UPDATE_SCRIPT_ID] }))[0]?.matches ?? null,
    register: (matches) => browser.scripting.registerContentScripts([script(matches)]),
    update: (matches) => browser.scripting.updateContentScripts([script(matches)]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [UPDATE_SCRIPT_ID] }),
  };
}

const controllers = new WeakMap<Deps, RegistryUpdates>();

/** The one controller of this worker life for these deps (created on first use). */
export function registryUpdatesFor(deps: Deps): RegistryUpdates {
  let c = controllers.get(deps);
  if (!c) controllers.set(deps, (c = createRegistryUpdates(deps)));
  return c;
}

function createRegistryUpdates(deps: Deps): RegistryUpdates {
  const env: UpdateEnv = {
    storage: deps.storage,
    now: deps.now,
    url: updateConfig.url,
    keys: updateConfig.keys,
    // (The test stand-in for `browser` has no version.)
    get extensionVersion() {
      return ownManifest().version ?? '0.0.0';
    },
    bundledSequence: BUNDLED_SOURCE.sequence,
    use: async (update) => void (await useRegistryUpdate(update)),
  };
  const serial = createWriteQueue();
  // Made on first use: touching `browser.scripting` builds its bindings, which most starts never need.
  let scriptsMade: ScriptApi | null | undefined;
  const scriptsApi = () => (scriptsMade === undefined ? (scriptsMade = scriptApi()) : scriptsMade);
  const updatedTools = () => (registrySource().kind === 'update' ? registryTools() : []);
  const sync = () => {
    const scripts = scriptsApi();
    return scripts ? syncUpdateScripts(updatedTools(), scripts).catch(log('content scripts')) : Promise.resolve();
  };
  const enabled = async () => Boolean((await deps.settings.read()).registryUpdates);

  async function arm(on: boolean, restart = false): Promise<void> {
    if (!on) return void (await browser.alarms.clear(UPDATE_ALARM));
    if (restart || !(await browser.alarms.get(UPDATE_ALARM))) {
      await browser.alarms.create(UPDATE_ALARM, { delayInMinutes: CHECK_PERIOD_MINUTES, periodInMinutes: CHECK_PERIOD_MINUTES });
    }
  }

  // Lookups wait only for the update (if any) to be back in use. Content scripts and the alarm persist
  // across worker starts, so re-checking them runs beside the first answers: most workers start for a
  // page:hello whose badge should not wait for scripting and alarm API round trips.
  // Registered scripts can be out of step with the registry only around a stored update (kept, or
  // dropped at this start); without one, this start leaves the scripting API alone.
  let storedAtStart = false;
  const restored = serial(async () => {
    await deps.storage.ready;
    storedAtStart = (await restoreUpdate(env)).found;
  }).catch(log('restore'));
  void restored.then(() => serial(async () => {
    if (storedAtStart) await sync();
    await arm(await enabled());
  })).catch(log('restore'));

  const check = () => serial(async () => {
    if (!(await enabled())) return null;
    const result = await checkForUpdate(env);
    if (result.result === 'updated') await sync();
    return result;
  });

  return {
    restored,
    check,
    async settingChanged(settings) {
      await restored;
      if (settings.registryUpdates) {
        await arm(true, true);
        await check();
        return;
      }
      await serial(async () => {
        await arm(false);
        await deps.storage.write(async (tx) => tx.remove(['registryUpdate']));
        useRegistryUpdate(null);
        await sync();
      });
    },
    async status() {
      await restored;
      const [settings, last] = await Promise.all([deps.settings.read(), deps.storage.read((r) => r.get('registryCheck'))]);
      const source = registrySource();
      const waiting: string[] = [];
      const scripts = scriptsApi();
      if (scripts && source.kind === 'update') {
        for (const host of uncoveredHosts(registryTools(), scripts.staticMatches)) {
          if (!(await scripts.contains(hostPattern(host)).catch(() => false))) waiting.push(host);
        }
      }
      return {
        enabled: settings.registryUpdates,
        host: new URL(updateConfig.url).host,
        lastCheck: last ? { at: last.at, result: last.result } : null,
        inUse: source.kind === 'update' ? { sequence: source.sequence, date: source.date } : null,
        waitingHosts: waiting,
      };
    },
    resync: () => restored.then(() => serial(sync)),
  };
}

/** Registry updates' wake-ups, for background/index.ts: its alarm and a permission change; starts the restore. */
export function registryUpdates(deps: Deps) {
  const updates = registryUpdatesFor(deps);
  return {
    restored: updates.restored,
    alarm: () => void updates.check().catch(log('check')),
    // A host granted or withdrawn later changes where the new tools can be counted.
    permissionsChanged: () => void updates.resync(),
  };
}
