/**
 * Fake storage whose every call takes a random few milliseconds (seeded), so concurrent handlers
 * interleave the way they can in a real browser: what one read-modify-write reads may be stale by the
 * time it writes, unless the code serialises them.
 */
import { createFakeStorage } from './fake-storage';

export function createSlowStorage(initial: Record<string, unknown> = {}, seed = 1) {
  const area = createFakeStorage(initial);
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pause = () => new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 4)));
  return {
    ...area,
    data: area.data,
    get: async (keys?: null | string | string[]) => (await pause(), area.get(keys)),
    set: async (items: Record<string, unknown>) => (await pause(), area.set(items)),
    remove: async (keys: string | string[]) => (await pause(), area.remove(keys)),
  };
}
