/**
 * The stored usage format (documented in the README):
 *   "day:2026-11-23" → { "<toolId>": [123000, 4] }   one key per local day: [active ms, visits]
 *   (schema 1 stored { "activeMs": 123000, "visits": 4 }; still read, written compact — a heavy year is
 *   ~180 KB instead of ~330 KB. In memory and in exports a day is always the named form below.)
 *   "recent"         → { covered: [[start, end], ...], visits: { "<visitId>": time }, clock }  last 48 h only
 */
import type { Interval } from './intervals';

export interface ToolDay { activeMs: number; visits: number }
export type DayBucket = Record<string, ToolDay>;
/** A day as storage holds it. */
export type StoredDay = Record<string, [activeMs: number, visits: number]>;

export const storedDay = (bucket: DayBucket): StoredDay =>
  Object.fromEntries(Object.entries(bucket).map(([id, d]) => [id, [d.activeMs, d.visits]]));
export interface Recent {
  covered: Interval[];
  visits: Record<string, number>;
  /** The worker's clock at its last write: a later write that sees an earlier time knows the clock went back. */
  clock: number;
}

export const DAY_PREFIX = 'day:';
export const RECENT_KEY = 'recent';
export const dayStorageKey = (day: string): string => `${DAY_PREFIX}${day}`;

/** How long the worker remembers counted instants and visit ids; older re-sends are refused. */
export const RECENT_WINDOW_MS = 48 * 3600_000;

export const emptyRecent = (): Recent => ({ covered: [], visits: {}, clock: 0 });
