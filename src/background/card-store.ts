/** Per-tool state of the on-page card (last shown, snoozed, never), one storage key. */
import { parseCardState, type ToolCardState } from '../shared/card-rules';
import type { StorageArea } from './usage-store';
import { createWriteQueue } from './write-queue';

export const CARD_STATE_KEY = 'cardState';

export function createCardStore(area: StorageArea) {
  const enqueue = createWriteQueue();
  const read = async () => parseCardState((await area.get(CARD_STATE_KEY))[CARD_STATE_KEY]);
  return {
    get: async (toolId: string): Promise<ToolCardState | undefined> => (await read())[toolId],
    update: (toolId: string, change: (s: ToolCardState | undefined) => ToolCardState) =>
      enqueue(async () => {
        const all = await read();
        all[toolId] = change(all[toolId]);
        await area.set({ [CARD_STATE_KEY]: all });
      }),
  };
}
export type CardStore = ReturnType<typeof createCardStore>;
