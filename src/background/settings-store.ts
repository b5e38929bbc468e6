/** Reads and writes the settings key, through the one storage gateway. */
import { applyLanguageSetting } from '../shared/i18n';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../shared/settings';
import type { Storage } from './storage';

export function createSettingsStore(storage: Storage) {
  return {
    async read(): Promise<Settings> {
      const settings = (await storage.read((r) => r.get('settings'))) ?? { ...DEFAULT_SETTINGS, excluded: [] };
      // Badge titles, card text and notifications speak the user's chosen language too.
      await applyLanguageSetting(settings.language);
      return settings;
    },
    async write(patch: Partial<Settings>): Promise<Settings> {
      const next = await storage.write(async (tx) => {
        const value = parseSettings({ ...((await tx.get('settings')) ?? DEFAULT_SETTINGS), ...patch });
        tx.set('settings', value);
        return value;
      });
      await applyLanguageSetting(next.language);
      return next;
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/** Whether time and visits on this tool are counted right now. */
export const counts = (settings: Settings, toolId: string): boolean => !settings.paused && !settings.excluded.includes(toolId);
