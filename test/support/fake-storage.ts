/** An in-memory `storage.local` with the same get/set/remove semantics (values deep-copied like the real one). */
import type { StorageArea } from '../../src/background/storage';
import { readDayBucket } from '../../src/background/usage-parse';
import type { DayBucket } from '../../src/shared/usage';

type FakeStorage = StorageArea & {
  data: Map<string, unknown>;
  writes: number;
  /** A stored day in the named form ({ activeMs, visits }), whichever form it is stored in; undefined when absent. */
  day(key: string): DayBucket | undefined;
};

export function createFakeStorage(initial: Record<string, unknown> = {}): FakeStorage {
  const copy = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  const data = new Map(Object.entries(copy(initial)));
  const area = {
    data,
    writes: 0,
    day: (key: string) => (data.has(key) ? readDayBucket(data.get(key)) : undefined),
    async get(keys?: null | string | string[]) {
      const wanted = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, copy(data.get(k))]));
    },
    async set(items: Record<string, unknown>) {
      area.writes++;
      for (const [k, v] of Object.entries(items)) data.set(k, copy(v));
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
  return area;
}
