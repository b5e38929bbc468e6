/** Everything the message handlers need, created once per worker life (fakeable in tests). */
import { createCardStore, type CardStore } from './card-store';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { createSwitchStore, type SwitchStore } from './switch-store';
import { createUsageStore, type StorageArea, type UsageStore } from './usage-store';

export interface Deps {
  area: StorageArea;
  usage: UsageStore;
  settings: SettingsStore;
  switches: SwitchStore;
  cards: CardStore;
  now: () => number;
}

export function createDeps(area: StorageArea, now: () => number = Date.now): Deps {
  return {
    area,
    usage: createUsageStore(area, now),
    settings: createSettingsStore(area),
    switches: createSwitchStore(area),
    cards: createCardStore(area),
    now,
  };
}
