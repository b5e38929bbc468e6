/** Everything the message handlers need, created once per worker life (fakeable in tests). */
import { createCardStore, type CardStore } from './card-store';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { createStorage, type Storage, type StorageArea } from './storage';
import { createSwitchStore, type SwitchStore } from './switch-store';
import { createUsageStore, type UsageStore } from './usage-store';

export interface Deps {
  /** The one door to storage.local; the stores below are views of it. */
  storage: Storage;
  usage: UsageStore;
  settings: SettingsStore;
  switches: SwitchStore;
  cards: CardStore;
  now: () => number;
}

export function createDeps(area: StorageArea, now: () => number = Date.now): Deps {
  const storage = createStorage(area, now);
  return {
    storage,
    usage: createUsageStore(storage, now),
    settings: createSettingsStore(storage),
    switches: createSwitchStore(storage),
    cards: createCardStore(storage),
    now,
  };
}
