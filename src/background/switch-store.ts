/** "Switches": the user opened a Korean alternative from a foreign tool. Kept locally, newest 1 000. */
import type { SwitchRecord } from '../shared/report-types';
import type { StorageArea } from './usage-store';
import { createWriteQueue } from './write-queue';

export const SWITCHES_KEY = 'switches';
const MAX_SWITCHES = 1000;

const isRecord = (v: unknown): v is SwitchRecord => {
  const r = v as SwitchRecord | null;
  return typeof r === 'object' && r !== null && Number.isFinite(r.at) && typeof r.from === 'string' && typeof r.to === 'string';
};

export function createSwitchStore(area: StorageArea) {
  const read = async (): Promise<SwitchRecord[]> => {
    const raw = (await area.get(SWITCHES_KEY))[SWITCHES_KEY];
    return Array.isArray(raw) ? raw.filter(isRecord) : [];
  };
  const enqueue = createWriteQueue();
  return {
    read,
    add: (record: SwitchRecord): Promise<void> =>
      enqueue(async () => area.set({ [SWITCHES_KEY]: [...(await read()), record].slice(-MAX_SWITCHES) })),
  };
}
export type SwitchStore = ReturnType<typeof createSwitchStore>;
