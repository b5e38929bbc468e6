/** Reads and writes the settings key (the worker is the only writer). */
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import type { StorageArea } from './usage-store';

export function createSettingsStore(area: StorageArea) {
  return {
    async read(): Promise<Settings> {
      return parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
    },
    async write(patch: Partial<Settings>): Promise<Settings> {
      const next = parseSettings({ ...(await this.read()), ...patch });
      await area.set({ [SETTINGS_KEY]: next });
      return next;
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/** Whether time and visits on this tool are counted right now. */
export const counts = (settings: Settings, toolId: string): boolean => !settings.paused && !settings.excluded.includes(toolId);
