/** Messages for her own registry (popup controls, the report's supported-tools list). */
import { registryTools, findRegistryTool, registryToolById, toolById } from '../registry/registry';
import { isDomestic } from '../registry/types';
import { dayKey } from '../shared/dates';
import { entryTool, parseCorrection, parseEntry, siteHost } from '../shared/personal';
import type { ListedTool, MineView } from '../shared/personal-messages';
import { toToolView } from '../shared/tool-view';
import type { Deps } from './deps';
import type { Handlers } from './router';
import { createUserRegistry, entryOrigins, type UserRegistry } from './user-registry';
import browser from '../shared/browser';

const registries = new WeakMap<Deps, UserRegistry>();

/** The one user registry of this worker life for these deps (created on first use). */
export function userRegistryFor(deps: Deps): UserRegistry {
  let r = registries.get(deps);
  if (!r) registries.set(deps, (r = createUserRegistry(deps.storage, () => dayKey(deps.now()))));
  return r;
}

const hostOf = (url: string | null): string | null => {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return siteHost(new URL(url).hostname);
  } catch {
    return null;
  }
};

/**
 * What the popup needs for her controls on this tab (folded into the `popup:view` reply, so the popup
 * asks once): the site's host, the registry's own entry before her layer, her entry, correction, mark.
 */
export async function mineViewFor(deps: Deps, url: string | null): Promise<MineView> {
  await deps.storage.ready;
  const mine = userRegistryFor(deps);
  await mine.restored;
  const p = mine.current();
  const host = hostOf(url);
  const registry = findRegistryTool(url);
  const entry = registry ? null : p.entries.find((e) => host !== null && (host === e.host || host.endsWith(`.${e.host}`))) ?? null;
  // No permissions API (a test double, an odd browser): not granted, never a failed popup.
  const granted = entry ? await Promise.resolve().then(() => browser.permissions.contains({ origins: entryOrigins(entry.host) })).catch(() => false) : false;
  return {
    host,
    registry: registry ? toToolView(registry) : null,
    notAi: registry ? p.notAi.includes(registry.id) : false,
    entry,
    correction: registry ? p.corrections[registry.id] ?? null : null,
    granted,
  };
}

type Names = 'mine:add' | 'mine:remove' | 'mine:correct' | 'mine:not-ai' | 'mine:sync' | 'registry:list';

export function personalHandlers(deps: Deps): Pick<Handlers, Names> {
  const mine = () => userRegistryFor(deps);
  // Storage from a newer version refuses every message (restored alone never rejects).
  const ready = async () => {
    await deps.storage.ready;
    await mine().restored;
  };
  return {
    async 'mine:add'({ entry }) {
      await ready();
      const clean = parseEntry({ ...(entry as object), added: dayKey(deps.now()) });
      // A registry site is corrected, never shadowed by an entry of her own.
      if (!clean || findRegistryTool(`https://${clean.host}/`)) throw new Error('not a valid entry');
      await mine().add(clean);
      const { waiting } = await mine().sync();
      return { id: clean.id, waiting: waiting.includes(clean.host) };
    },
    async 'mine:remove'({ id }) {
      await ready();
      const had = mine().current().entries.some((e) => e.id === id);
      await mine().remove(id);
      return { removed: had };
    },
    async 'mine:correct'({ toolId, correction }) {
      await ready();
      if (!registryToolById(toolId)) return { saved: false };
      const clean = correction === null ? null : parseCorrection({ ...(correction as object), at: dayKey(deps.now()) });
      if (correction !== null && !clean) return { saved: false };
      await mine().correct(toolId, clean);
      return { saved: true };
    },
    async 'mine:not-ai'({ toolId, notAi }) {
      await ready();
      if (!registryToolById(toolId)) return { saved: false };
      await mine().setNotAi(toolId, notAi);
      return { saved: true };
    },
    async 'mine:sync'() {
      await ready();
      return { waiting: (await mine().sync()).waiting };
    },
    async 'registry:list'() {
      await ready();
      const p = mine().current();
      const row = (id: string, mineFlag: boolean): ListedTool | null => {
        const tool = mineFlag ? entryTool(p.entries.find((e) => e.id === id)!) : toolById(id) ?? registryToolById(id);
        if (!tool) return null;
        return {
          id, name: tool.name, vendor: tool.vendor, country: tool.country, domestic: isDomestic(tool), category: tool.category,
          hosts: tool.hosts, mine: mineFlag, corrected: id in p.corrections, notAi: p.notAi.includes(id),
        };
      };
      const tools = [...p.entries.map((e) => row(e.id, true)), ...registryTools().map((t) => row(t.id, false))].filter((r): r is ListedTool => r !== null);
      return { tools };
    },
  };
}
