/** Reads and writes the settings key (the worker is the only writer). */
import { applyLanguageSetting } from '../shared/i18n';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import type { StorageArea } from './usage-store';
import { createWriteQueue } from './write-queue';

export function createSettingsStore(area: StorageArea) {
  const enqueue = createWriteQueue();
  return {
    async read(): Promise<Settings> {
      const settings = parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
      // Badge titles, card text and notifications speak the user's chosen language too.
      await applyLanguageSetting(settings.language);
      return settings;
    },
    write(patch: Partial<Settings>): Promise<Settings> {
      return enqueue(async () => {
        const next = parseSettings({ ...parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]), ...patch });
        await area.set({ [SETTINGS_KEY]: next });
        await applyLanguageSetting(next.language);
        return next;
      });
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/** Whether time and visits on this tool are counted right now. */
export const counts = (settings: Settings, toolId: string): boolean => !settings.paused && !settings.excluded.includes(toolId);
