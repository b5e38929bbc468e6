/** Per-tool state of the on-page card (last shown, snoozed, never), one storage key. */
import type { ToolCardState } from '../shared/card-rules';
import type { Storage } from './storage';

export function createCardStore(storage: Storage) {
  return {
    get: async (toolId: string): Promise<ToolCardState | undefined> => {
      const all = await storage.read((r) => r.get('cardState'));
      return all && Object.hasOwn(all, toolId) ? all[toolId] : undefined;
    },
    /** Read and written in one transaction: nothing else (e.g. "delete all data") runs in between. */
    update: (toolId: string, change: (s: ToolCardState | undefined) => ToolCardState) =>
      storage.write(async (tx) => {
        const all = { ...((await tx.get('cardState')) ?? {}) };
        all[toolId] = change(Object.hasOwn(all, toolId) ? all[toolId] : undefined);
        tx.set('cardState', all);
      }),
  };
}
export type CardStore = ReturnType<typeof createCardStore>;
