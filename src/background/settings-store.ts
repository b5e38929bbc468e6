/** Reads and writes the settings key, through the one storage gateway. */
import { applyLanguageSetting } from '../shared/i18n';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../shared/settings';
import type { Storage } from './storage';

export function createSettingsStore(storage: Storage) {
  return {
    async read(): Promise<Settings> {
      return (await storage.read((r) => r.get('settings'))) ?? { ...DEFAULT_SETTINGS, excluded: [] };
    },
    async write(patch: Partial<Settings>): Promise<Settings> {
      const next = await storage.write(async (tx) => {
        const value = parseSettings({ ...((await tx.get('settings')) ?? DEFAULT_SETTINGS), ...patch });
        tx.set('settings', value);
        return value;
      });
      return next;
    },
  };
}

/**
 * The worker speaks the user's chosen language where it writes text (badge title, card, notification):
 * each of those handlers calls this with the settings it read — reading settings changes nothing itself.
 */
export const speakUserLanguage = (settings: Settings): Promise<void> => applyLanguageSetting(settings.language);

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/** Whether time and visits on this tool are counted right now. */
export const counts = (settings: Settings, toolId: string): boolean => !settings.paused && !settings.excluded.includes(toolId);
