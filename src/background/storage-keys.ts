/**
 * Every key in storage.local: its name, its type, how it is read defensively, and whether "delete all
 * data" keeps it. The storage gateway (storage.ts) refuses any other key, so this list IS the format.
 * Each reader returns the clean value (undefined: nothing usable, the key goes) and never throws.
 */
import { parseCardState, type CardState } from '../shared/card-rules';
import { dayKey } from '../shared/dates';
import { isObj, isToolId, type Obj } from '../shared/guards';
import type { Ledger } from '../shared/export-merge';
import { isDayKey } from '../shared/export-format';
import { MAX_SWITCHES, type SwitchRecord } from '../shared/report-types';
import { checkSegment, HANDOFF_PREFIX, type SegmentReport } from '../shared/segment-report';
import type { Personal } from '../shared/personal';
import { parseSettings, type Settings } from '../shared/settings';
import { DAY_PREFIX, storedDay, type DayBucket, type Recent } from '../shared/usage';
import { addDays } from '../shared/week-summary';
import { readPersonal } from './personal-key';
import { REGISTRY_CHECK_KEY, REGISTRY_UPDATE_KEY } from './registry-update-keys';
import { readDayBucket, readRecentChecked } from './usage-parse';

export interface ReadContext { now: number }
export interface KeySpec<T> {
  read: (raw: unknown, ctx: ReadContext) => T | undefined;
  /** Whether the stored value was damaged (something invalid dropped), not merely normalised. */
  damaged?: (raw: unknown, clean: T | undefined) => boolean;
  /** Survives "delete all data" (preferences and bookkeeping, not a record of use). */
  kept: boolean;
}

export interface Quarantine { savedAt: number; items: Record<string, unknown> }
export interface Handoff { segments: SegmentReport[] }

const isProfileId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(v);
/** Tomorrow's local day: the latest day any stored value may name (a day ahead for time-zone travel). */
export const latestDay = (now: number): string => addDays(dayKey(now), 1);

const isSwitch = (v: unknown): v is SwitchRecord =>
  isObj(v) && Number.isFinite(v.at) && isToolId(v.from)
  && isToolId(v.to);

function readLedger(raw: unknown): Ledger | undefined {
  if (!isObj(raw)) return undefined;
  const ledger: Ledger = {};
  for (const [id, entry] of Object.entries(raw)) {
    if (!isProfileId(id) || !isObj(entry)) continue;
    const { days, exportIds } = entry;
    const clean: Ledger[string] = { days: {}, exportIds: Array.isArray(exportIds) ? exportIds.filter((x): x is string => typeof x === 'string') : [] };
    if (isObj(days)) for (const [day, bucket] of Object.entries(days)) if (isDayKey(day)) clean.days[day] = readDayBucket(bucket);
    ledger[id] = clean;
  }
  return ledger;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fixed keys. */
export const KEYS = {
  schemaVersion: { kept: true, read: (raw) => (Number.isSafeInteger(raw) && (raw as number) >= 0 ? raw as number : undefined) } as KeySpec<number>,
  settings: {
    kept: true,
    read: (raw) => parseSettings(raw),
    // Missing fields just take defaults; only unknown or invalid values count as damage.
    damaged: (raw, clean) => !isObj(raw) || Object.entries(raw).some(([k, v]) => !(k in clean!) || !same((clean as unknown as Obj)[k], v)),
  } as KeySpec<Settings>,
  profileId: { kept: true, read: (raw) => (isProfileId(raw) ? raw : undefined) } as KeySpec<string>,
  /** A real day, not after tomorrow: "9999-12-31" would switch the weekly summary off for good. */
  weeklyNotified: { kept: true, read: (raw, { now }) => (typeof raw === 'string' && isDayKey(raw) && raw <= latestDay(now) ? raw : undefined) } as KeySpec<string>,
  recent: {
    kept: false,
    read: (raw) => readRecentChecked(raw).value ?? undefined,
    damaged: (raw) => readRecentChecked(raw).damaged,
  } as KeySpec<Recent>,
  cardState: { kept: false, read: (raw) => parseCardState(raw) } as KeySpec<CardState>,
  switches: {
    kept: false,
    read: (raw) => (Array.isArray(raw) ? raw.filter(isSwitch).map(({ at, from, to }) => ({ at, from, to })).slice(-MAX_SWITCHES) : undefined),
  } as KeySpec<SwitchRecord[]>,
  imports: { kept: false, read: readLedger } as KeySpec<Ledger>,
  quarantine: {
    kept: false,
    read: (raw) => (isObj(raw) && Number.isFinite(raw.savedAt) && isObj(raw.items) ? { savedAt: raw.savedAt as number, items: raw.items } : undefined),
  } as KeySpec<Quarantine>,
  /** Registry updates (registry-update-keys.ts): the accepted update and the last check. */
  registryUpdate: REGISTRY_UPDATE_KEY,
  registryCheck: REGISTRY_CHECK_KEY,
  /** Her own registry (entries, corrections, "not AI" marks; shared/personal.ts): kept by "delete all data". */
  personal: { kept: true, read: (raw) => readPersonal(raw) } as KeySpec<Personal>,
};

export type KeyName = keyof typeof KEYS;
export type ValueOf<K extends KeyName> = NonNullable<ReturnType<(typeof KEYS)[K]['read']>>;

/** `day:YYYY-MM-DD`: one local day's tally. A real day, not after tomorrow. */
export const DAY_KEY: KeySpec<DayBucket> & { day: (key: string, ctx: ReadContext) => string | null } = {
  kept: false,
  day: (key, { now }) => {
    const day = key.slice(DAY_PREFIX.length);
    return key.startsWith(DAY_PREFIX) && isDayKey(day) && day <= latestDay(now) ? day : null;
  },
  read: (raw) => readDayBucket(raw),
  // Both the compact form and schema 1's named form are whole days, not damage.
  damaged: (raw, clean) => !clean || (!same(raw, storedDay(clean)) && !same(raw, clean)),
};

/**
 * `handoff:<id>`: segments a page could not deliver before it unloaded (see content/handoff.ts). The
 * one key a content script writes; each page writes fresh ids, and only the worker removes them.
 */
export { HANDOFF_PREFIX };
export const MAX_HANDOFF_SEGMENTS = 200;
export const HANDOFF_KEY: KeySpec<Handoff> = {
  kept: false,
  read: (raw) => {
    if (!isObj(raw) || !Array.isArray(raw.segments)) return undefined;
    const segments = raw.segments.slice(0, MAX_HANDOFF_SEGMENTS).map(checkSegment).filter((s): s is SegmentReport => s !== null);
    return { segments };
  },
};

/** Whether a key name belongs to the format at all (anything else is set aside by the repair). */
export const isKnownKey = (key: string): boolean =>
  Object.prototype.hasOwnProperty.call(KEYS, key) || key.startsWith(DAY_PREFIX) || key.startsWith(HANDOFF_PREFIX);

/** Kept by "delete all data". */
export const isKeptKey = (key: string): boolean =>
  Object.prototype.hasOwnProperty.call(KEYS, key) && KEYS[key as KeyName].kept;
