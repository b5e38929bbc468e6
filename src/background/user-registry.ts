/**
 * Her own registry, wired in: the `personal` key (her entries, corrections and "not AI" marks) kept in
 * memory for lookups and composed over whichever registry is in use (bundled or update) through
 * `useRegistryLayer` — registry.ts knows nothing else about it. Her entries are counted like registry
 * tools where she granted the site: the content script is registered for exactly those hosts with
 * `scripting.registerContentScripts` (persisted); removing an entry unregisters it and releases the
 * permission. Nothing here asks for a permission: only her click in the popup does.
 */
import { buildIndex, lookupUrl, type RegistryIndex } from '../registry/lookup';
import type { ToolBrief } from '../registry/brief';
import { useRegistryLayer } from '../registry/registry';
import type { Tool } from '../registry/types';
import browser from '../shared/browser';
import { ownManifest } from './own-manifest';
import { correctedTool, EMPTY_PERSONAL, entryTool, MAX_ENTRIES, MINE_PREFIX, type Correction, type MyEntry, type Personal } from '../shared/personal';
import type { Storage } from './storage';

export const USER_SCRIPT_ID = 'user-entries';

/** The origins her entry for `host` needs: the site and its www. twin, nothing more. */
export const entryOrigins = (host: string): string[] => [`*://${host}/*`, `*://www.${host}/*`];

/** The browser calls this needs (fakeable in tests). */
export interface UserScriptApi {
  contains: (origins: string[]) => Promise<boolean>;
  release: (origins: string[]) => Promise<void>;
  registered: () => Promise<string[] | null>;
  register: (matches: string[]) => Promise<void>;
  update: (matches: string[]) => Promise<void>;
  unregister: () => Promise<void>;
  /** Starts the content script in tabs already open on newly permitted hosts. */
  inject: (matches: string[]) => Promise<void>;
}

export interface UserRegistry {
  /** Resolves (never rejects) once her stored registry is in memory. */
  restored: Promise<void>;
  current(): Personal;
  add(entry: MyEntry): Promise<Personal>;
  remove(id: string): Promise<Personal>;
  correct(toolId: string, correction: Correction | null): Promise<Personal>;
  setNotAi(toolId: string, notAi: boolean): Promise<Personal>;
  /** After an import: what storage now holds becomes the layer, and the scripts follow. */
  reload(): Promise<void>;
  /** Registers the content script on her permitted hosts; returns hosts waiting for her permission. */
  sync(): Promise<{ registered: string[]; waiting: string[] }>;
}

/** The layer itself: pure, from a Personal value (unit-tested without a browser). */
export function personalLayer(personal: Personal) {
  const notAi = new Set(personal.notAi);
  const mine: Tool[] = personal.entries.map(entryTool);
  const index: RegistryIndex = buildIndex(mine);
  const byId = new Map(mine.map((t) => [t.id, t]));
  // Briefs (a page visit before the full registry is read) get the same corrections as full entries.
  const overlay = <T extends ToolBrief>(tool: T | null): T | null => {
    if (!tool || notAi.has(tool.id)) return null;
    const c = personal.corrections[tool.id];
    return c ? correctedTool(tool, c) : tool;
  };
  return {
    find: <T extends ToolBrief>(url: unknown, registry: (url: unknown) => T | null): T | Tool | null => {
      const found = registry(url);
      return found ? overlay(found) : lookupUrl(index, url);
    },
    byId: (id: string, registry: (id: string) => Tool | null): Tool | null =>
      id.startsWith(MINE_PREFIX) ? byId.get(id) ?? null : overlay(registry(id)),
  };
}

function browserScripts(): UserScriptApi | null {
  // `in`, not a read: reading a namespace builds its bindings, a cost paid at every worker start.
  if (!('scripting' in browser) || !('permissions' in browser)) return null;
  const js = () => ownManifest().content_scripts?.[0]?.js ?? ['content.js'];
  const script = (matches: string[]) => ({ id: USER_SCRIPT_ID, matches, js: js(), runAt: 'document_start' as const, allFrames: false, persistAcrossSessions: true });
  return {
    contains: (origins) => browser.permissions.contains({ origins }),
    release: async (origins) => void (await browser.permissions.remove({ origins })),
    registered: async () => (await browser.scripting.getRegisteredContentScripts({ ids: [USER_SCRIPT_ID] }))[0]?.matches ?? null,
    register: (matches) => browser.scripting.registerContentScripts([script(matches)]),
    update: (matches) => browser.scripting.updateContentScripts([script(matches)]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] }),
    async inject(matches) {
      // Querying by URL needs only the host permission she just granted, not `tabs`.
      const tabs = await browser.tabs.query({ url: matches });
      await Promise.allSettled(tabs.map((tab) => browser.scripting.executeScript({ target: { tabId: tab.id! }, files: js() })));
    },
  };
}

const log = (what: string) => (error: unknown) => console.error(`[ai-origin] user registry: ${what}`, error);

export function createUserRegistry(storage: Storage, today: () => string, scripts: UserScriptApi | null = browserScripts()): UserRegistry {
  let personal: Personal = EMPTY_PERSONAL;
  const use = (next: Personal) => {
    personal = next;
    useRegistryLayer(personalLayer(next));
    return next;
  };

  async function sync(): Promise<{ registered: string[]; waiting: string[] }> {
    const registered: string[] = [];
    const waiting: string[] = [];
    if (!scripts) return { registered, waiting };
    for (const e of personal.entries) {
      ((await scripts.contains(entryOrigins(e.host)).catch(() => false)) ? registered : waiting).push(e.host);
    }
    const matches = registered.flatMap(entryOrigins);
    const current = await scripts.registered().catch(() => null);
    if (matches.length === 0) {
      if (current) await scripts.unregister();
    } else if (!current) await scripts.register(matches);
    else if (current.join('\n') !== matches.join('\n')) await scripts.update(matches);
    const fresh = matches.filter((m) => !(current ?? []).includes(m));
    if (fresh.length > 0) await scripts.inject(fresh).catch(log('inject'));
    return { registered, waiting };
  }

  const change = (edit: (p: Personal) => Personal) =>
    storage.write(async (tx) => {
      const next = edit((await tx.get('personal')) ?? EMPTY_PERSONAL);
      tx.set('personal', next);
      return next;
    }).then(use);

  // Lookups wait only for her layer to be in place. Registered content scripts persist across worker starts,
  // so the check that they match her entries runs beside the first answers, and only when she has entries:
  // most workers start for a page:hello whose badge should not wait for a scripting API round trip.
  const loaded = storage.read((r) => r.get('personal')).then((stored) => void use(stored ?? EMPTY_PERSONAL));
  const restored = loaded.then(() => undefined, log('restore'));
  void loaded.then(() => (personal.entries.length > 0 ? sync() : undefined)).catch(log('sync'));

  return {
    restored,
    current: () => personal,
    async add(entry) {
      const next = await change((p) => ({ ...p, entries: [...p.entries.filter((e) => e.id !== entry.id), { ...entry, added: entry.added || today() }] }));
      await sync().catch(log('sync'));
      return next;
    },
    async remove(id) {
      const gone = personal.entries.find((e) => e.id === id);
      const next = await change((p) => ({ ...p, entries: p.entries.filter((e) => e.id !== id) }));
      await sync().catch(log('sync'));
      if (gone && scripts) await scripts.release(entryOrigins(gone.host)).catch(log('release'));
      return next;
    },
    correct: (toolId, correction) => change((p) => {
      const corrections = { ...p.corrections };
      if (correction) corrections[toolId] = { ...correction, at: today() };
      else delete corrections[toolId];
      return { ...p, corrections };
    }),
    setNotAi: (toolId, notAi) => change((p) => ({
      ...p,
      notAi: notAi ? [...new Set([...p.notAi, toolId])] : p.notAi.filter((id) => id !== toolId),
    })),
    async reload() {
      use((await storage.read((r) => r.get('personal'))) ?? EMPTY_PERSONAL);
      await sync().catch(log('sync'));
    },
    sync,
  };
}

/** Merges an imported `personal` into hers: her own values win, imported ones fill the gaps. */
export function mergePersonal(mine: Personal, imported: Personal): Personal {
  const entries = [...mine.entries];
  for (const e of imported.entries) if (!entries.some((x) => x.id === e.id)) entries.push(e);
  return {
    entries: entries.slice(0, MAX_ENTRIES),
    corrections: { ...imported.corrections, ...mine.corrections },
    notAi: [...new Set([...mine.notAi, ...imported.notAi])],
  };
}
