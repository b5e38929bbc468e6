/**
 * THE door to storage.local: nothing else in the extension reads or writes it (the one exception, a
 * page's unload hand-off, is described in storage-keys.ts). It gives:
 * - typed keys: every read goes through the key's reader in storage-keys.ts (unknown keys are refused);
 * - migrations first: every access waits for them, and none happens if storage is from a newer version;
 * - one write queue: every read-modify-write runs alone, from its reads to its writes, so two messages
 *   (or an import and a switch, or "delete all data" and a card update) never overwrite each other;
 * - quarantine on the write path: a damaged value a write is about to replace is copied aside first,
 *   in the same `set()` call.
 */
import { DAY_PREFIX, dayStorageKey, storedDay, type DayBucket } from '../shared/usage';
import { migrateStorage, type Migration } from './migrations';
import {
  DAY_KEY, HANDOFF_KEY, HANDOFF_PREFIX, isKnownKey, KEYS, type Handoff, type KeyName, type KeySpec, type ReadContext, type ValueOf,
} from './storage-keys';
import { addToQuarantine } from './storage-quarantine';
import { createWriteQueue } from './write-queue';

/** The slice of `storage.local` we use (fakeable in tests). */
export interface StorageArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getBytesInUse?(keys?: null | string | string[]): Promise<number>;
  getKeys?(): Promise<string[]>;
  QUOTA_BYTES?: number;
}

/** Chrome's storage.local quota without `unlimitedStorage`; Firefox reports none, so we apply the same. */
export const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;

export interface Reader {
  get<K extends KeyName>(key: K): Promise<ValueOf<K> | undefined>;
  days(days: readonly string[]): Promise<Record<string, DayBucket>>;
  /** Every stored day (valid keys only). */
  allDays(): Promise<Record<string, DayBucket>>;
  handoffs(): Promise<Record<string, Handoff>>;
  keys(): Promise<string[]>;
  /**
   * The stored value as it is, unvalidated: only for a hint that decides whether to do more (restore-needed.ts
   * peeks at her registry without the parser, which Chrome's first worker script does not carry).
   */
  peek(key: KeyName): Promise<unknown>;
}

export interface Tx extends Reader {
  set<K extends KeyName>(key: K, value: ValueOf<K>): void;
  setDay(day: string, bucket: DayBucket): void;
  remove(keys: readonly string[]): void;
  /** Stored values as they are, for the repair (which sets aside what it replaces via `setAside`). */
  raw(): Promise<Record<string, unknown>>;
  setAside(key: string, raw: unknown): void;
}

export interface Storage {
  /** Resolves when migrations ran; rejects (and so does every access) if storage is from a newer version. */
  ready: Promise<unknown>;
  read<T>(job: (r: Reader) => Promise<T>): Promise<T>;
  /** Runs `job` alone in the one write queue and applies its writes: ONE `set()`, then the removals. */
  write<T>(job: (tx: Tx) => Promise<T>): Promise<T>;
  /** Bytes used and the quota, for headroom checks. */
  space(): Promise<{ usedBytes: number; quotaBytes: number }>;
}

const specOf = (key: string): KeySpec<unknown> | null => {
  if (Object.prototype.hasOwnProperty.call(KEYS, key)) return KEYS[key as KeyName] as KeySpec<unknown>;
  if (key.startsWith(DAY_PREFIX)) return DAY_KEY as KeySpec<unknown>;
  if (key.startsWith(HANDOFF_PREFIX)) return HANDOFF_KEY as KeySpec<unknown>;
  return null;
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function createStorage(area: StorageArea, now: () => number = Date.now, migrations?: readonly Migration[]): Storage {
  const ready = migrateStorage(area, migrations);
  const enqueue = createWriteQueue();

  // getKeys (Chrome 130+) lists names without reading every value; older browsers read everything.
  const keysOf = async (): Promise<string[]> => {
    try {
      if (typeof area.getKeys === 'function') return await area.getKeys();
    } catch { /* not supported here */ }
    return Object.keys(await area.get(null));
  };

  /** A reader; in a transaction it sees the transaction's own pending writes and notes damage. */
  function makeReader(ctx: ReadContext, pending?: Map<string, unknown>, removed?: Set<string>, damaged?: Map<string, unknown>) {
    const readKey = (key: string, raw: unknown): unknown => {
      const spec = specOf(key)!;
      const clean = raw === undefined ? undefined : spec.read(raw, ctx);
      const isDamaged = raw !== undefined && (spec.damaged ? spec.damaged(raw, clean) : !same(raw, clean));
      if (isDamaged) damaged?.set(key, raw);
      return clean;
    };
    const fetch = async (keys: string[]): Promise<Record<string, unknown>> => {
      const missing = keys.filter((k) => !pending?.has(k) && !removed?.has(k));
      const stored = missing.length > 0 ? await area.get(missing) : {};
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        if (pending?.has(key)) out[key] = pending.get(key);
        else if (!removed?.has(key) && key in stored) out[key] = readKey(key, stored[key]);
      }
      return out;
    };
    const keys = async () => {
      const all = new Set((await keysOf()).filter((k) => !removed?.has(k)));
      for (const k of pending?.keys() ?? []) all.add(k);
      return [...all];
    };
    const reader: Reader = {
      get: async (key) => (await fetch([key]))[key] as never,
      async days(days) {
        const got = await fetch(days.map(dayStorageKey));
        return Object.fromEntries(days.map((d) => [d, (got[dayStorageKey(d)] as DayBucket | undefined) ?? {}]));
      },
      async allDays() {
        const dayKeys = (await keys()).filter((k) => DAY_KEY.day(k, ctx) !== null).sort();
        const got = await fetch(dayKeys);
        const out: Record<string, DayBucket> = {};
        for (const key of dayKeys) {
          const bucket = got[key] as DayBucket | undefined;
          if (bucket && Object.keys(bucket).length > 0) out[key.slice(DAY_PREFIX.length)] = bucket;
        }
        return out;
      },
      async handoffs() {
        const handoffKeys = (await keys()).filter((k) => k.startsWith(HANDOFF_PREFIX));
        return (await fetch(handoffKeys)) as Record<string, Handoff>;
      },
      keys,
      async peek(key) {
        if (removed?.has(key)) return undefined;
        return pending?.has(key) ? pending.get(key) : (await area.get(key))[key];
      },
    };
    return reader;
  }

  return {
    ready,
    async read(job) {
      await ready;
      return job(makeReader({ now: now() }));
    },
    write(job) {
      return enqueue(async () => {
        await ready;
        const ctx = { now: now() };
        const pending = new Map<string, unknown>();
        const removed = new Set<string>();
        const damaged = new Map<string, unknown>();
        const aside = new Map<string, unknown>();
        const reader = makeReader(ctx, pending, removed, damaged);
        const tx: Tx = {
          ...reader,
          set(key, value) {
            pending.set(key, value);
            removed.delete(key);
          },
          setDay(day, bucket) {
            pending.set(dayStorageKey(day), bucket);
            removed.delete(dayStorageKey(day));
          },
          remove(keys) {
            for (const key of keys) pending.delete(key), removed.add(key);
          },
          raw: () => area.get(null),
          setAside: (key, raw) => void aside.set(key, raw),
        };
        const result = await job(tx);
        for (const key of pending.keys()) {
          if (!isKnownKey(key)) throw new Error(`not a storage key: ${key}`);
          // About to overwrite a damaged value: keep a copy first (in the same set() as the overwrite).
          if (damaged.has(key) && !aside.has(key)) aside.set(key, damaged.get(key));
        }
        if (aside.size > 0) {
          const previous = pending.has('quarantine') || removed.has('quarantine') ? pending.get('quarantine') : await reader.get('quarantine');
          tx.set('quarantine', addToQuarantine(previous as ValueOf<'quarantine'> | undefined, aside, ctx.now));
        }
        // Writes first, removals second: a worker stopped in between has, at worst, a key it would have
        // removed (a hand-off counted again adds nothing), never a removal without its writes.
        // Days are written compact (usage.ts); the transaction itself read and wrote the named form.
        if (pending.size > 0) await area.set(Object.fromEntries([...pending].map(([k, v]) => [k, k.startsWith(DAY_PREFIX) ? storedDay(v as DayBucket) : v])));
        if (removed.size > 0) await area.remove([...removed]);
        return result;
      });
    },
    async space() {
      await ready;
      let usedBytes: number | null = null;
      try {
        if (typeof area.getBytesInUse === 'function') usedBytes = await area.getBytesInUse(null);
      } catch { /* Firefox before 131 has no getBytesInUse */ }
      // Chrome counts a key's name plus its value as JSON; measure the same way where it cannot tell us.
      usedBytes ??= Object.entries(await area.get(null)).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
      return { usedBytes, quotaBytes: area.QUOTA_BYTES ?? DEFAULT_QUOTA_BYTES };
    },
  };
}
