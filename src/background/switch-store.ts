/** "Switches": the user opened a Korean alternative from a foreign tool. Kept locally, newest 1 000. */
import type { SwitchRecord } from '../shared/report-types';
import type { Storage } from './storage';
import { MAX_SWITCHES } from '../shared/report-types';

export function createSwitchStore(storage: Storage) {
  return {
    read: async (): Promise<SwitchRecord[]> => (await storage.read((r) => r.get('switches'))) ?? [],
    add: (record: SwitchRecord): Promise<void> =>
      storage.write(async (tx) => tx.set('switches', [...((await tx.get('switches')) ?? []), record].slice(-MAX_SWITCHES))),
  };
}
export type SwitchStore = ReturnType<typeof createSwitchStore>;
