/**
 * The export file (JSON, versioned) and its validation. An import file may be anything — huge, wrong
 * types, `__proto__` keys, from a newer version — so `parseExportFile` builds a clean copy from checked
 * values only and reports the first problem with where it is; the caller changes nothing on error.
 * Used by the report page (to explain the problem) and again by the worker (which trusts nothing).
 */
import { dayKey } from './dates';
import { INHERITED_NAMES, isObj, isToolId, type Obj } from './guards';
import { parsePersonal, type Personal } from './personal';
import { MAX_SWITCHES, type SwitchRecord } from './report-types';
import type { DayBucket } from './usage';
import { addDays } from './week-summary';

export const EXPORT_FORMAT = 'ai-origin-export';
export const EXPORT_VERSION = 1;
/** Two years of heavy use is ~1 MB; anything past this is not one of ours. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
export const MAX_IMPORT_DAYS = 4000;
const MAX_TOOLS_PER_DAY = 500;
/** A local day lasts at most 25 h (DST); more active time in one day cannot be real. */
const MAX_DAY_MS = 25 * 3600_000;
const MAX_DAY_VISITS = 100_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** Random per export; the worker remembers what each source contributed. */
  exportId: string;
  /** Random per browser profile (kept in storage): same profile = your own backup. */
  profileId: string;
  exportedAt: string;
  days: Record<string, DayBucket>;
  switches: SwitchRecord[];
  /** Settings at export time (for the reader; importing does not change settings). */
  settings?: unknown;
  /** Her own registry (entries, corrections, "not AI" marks); absent in files from before issue 13. */
  personal?: Personal;
}

export type ImportError =
  | { code: 'json' | 'tooBig' | 'format' }
  | { code: 'newer'; version: number }
  | { code: 'shape'; path: string }
  /** A day after tomorrow: no real usage can be there, and it would never expire. */
  | { code: 'future'; day: string }
  /** Importing would leave too little room in storage for counting new use. */
  | { code: 'space' };

const own = (o: Obj): [string, unknown][] => Object.keys(o).map((k) => [k, o[k]]);
/** Names every object inherits: never accepted as keys, even where the character rules would allow them. */
const isId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(v) && !INHERITED_NAMES.has(v.toLowerCase());
const isInt = (v: unknown, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;

/** A real calendar day "YYYY-MM-DD" (rejects 2026-02-30). */
export function isDayKey(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

class Bad extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

class Future extends Error {
  constructor(readonly day: string) {
    super(day);
  }
}

function checkDays(raw: unknown, latestDay: string): Record<string, DayBucket> {
  if (!isObj(raw)) throw new Bad('days');
  const entries = own(raw);
  if (entries.length > MAX_IMPORT_DAYS) throw new Bad('days');
  const days: Record<string, DayBucket> = {};
  for (const [day, bucket] of entries) {
    if (!isDayKey(day)) throw new Bad(`days.${day.slice(0, 40)}`);
    if (day > latestDay) throw new Future(day);
    if (!isObj(bucket) || Object.keys(bucket).length > MAX_TOOLS_PER_DAY) throw new Bad(`days.${day}`);
    const clean: DayBucket = {};
    for (const [toolId, usage] of own(bucket)) {
      const path = `days.${day}.${toolId.slice(0, 64)}`;
      if (!isToolId(toolId) || !isObj(usage)) throw new Bad(path);
      if (!isInt(usage.activeMs, MAX_DAY_MS)) throw new Bad(`${path}.activeMs`);
      if (!isInt(usage.visits, MAX_DAY_VISITS)) throw new Bad(`${path}.visits`);
      clean[toolId] = { activeMs: usage.activeMs, visits: usage.visits };
    }
    days[day] = clean;
  }
  return days;
}

function checkSwitches(raw: unknown): SwitchRecord[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_SWITCHES) throw new Bad('switches');
  return raw.map((s, i) => {
    if (!isObj(s) || !isInt(s.at, Number.MAX_SAFE_INTEGER) || !isToolId(s.from) || !isToolId(s.to)) throw new Bad(`switches.${i}`);
    return { at: s.at, from: s.from, to: s.to };
  });
}

/** The latest day an import may name: tomorrow (a day ahead, for time zones). */
export const latestImportDay = (now: number): string => addDays(dayKey(now), 1);

/**
 * Validates an import file (already JSON-parsed). Never throws; never returns the caller's objects.
 * Days after `latestDay` (default: tomorrow) refuse the whole file.
 */
export function parseExportFile(raw: unknown, latestDay = latestImportDay(Date.now())): { ok: true; file: ExportFile } | { ok: false; error: ImportError } {
  if (!isObj(raw) || raw.format !== EXPORT_FORMAT) return { ok: false, error: { code: 'format' } };
  if (!Number.isSafeInteger(raw.version) || (raw.version as number) < 1) return { ok: false, error: { code: 'shape', path: 'version' } };
  if ((raw.version as number) > EXPORT_VERSION) return { ok: false, error: { code: 'newer', version: raw.version as number } };
  try {
    if (!isId(raw.exportId)) throw new Bad('exportId');
    if (!isId(raw.profileId)) throw new Bad('profileId');
    if (typeof raw.exportedAt !== 'string' || raw.exportedAt.length > 40) throw new Bad('exportedAt');
    const file: ExportFile = {
      format: EXPORT_FORMAT,
      version: raw.version as number,
      exportId: raw.exportId,
      profileId: raw.profileId,
      exportedAt: raw.exportedAt,
      days: checkDays(raw.days, latestDay),
      switches: checkSwitches(raw.switches),
    };
    if (raw.personal !== undefined) {
      // Parsed like stored data: what is usable is kept, the rest dropped (an entry is hers to re-add).
      const personal = parsePersonal(raw.personal);
      if (!personal) throw new Bad('personal');
      file.personal = personal;
    }
    return { ok: true, file };
  } catch (error) {
    if (error instanceof Bad) return { ok: false, error: { code: 'shape', path: error.path } };
    if (error instanceof Future) return { ok: false, error: { code: 'future', day: error.day } };
    throw error;
  }
}

/** Parses the text of a chosen file: size first (never JSON.parse 100 MB), then JSON, then shape. */
export function parseExportText(text: string): ReturnType<typeof parseExportFile> {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'tooBig' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'json' } };
  }
  return parseExportFile(raw);
}
