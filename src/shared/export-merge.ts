/**
 * How an import file changes local usage, without double counting:
 * - a file from THIS profile is your own backup: each day × tool becomes the max of local and file;
 * - a file from ANOTHER profile (another browser, another computer) adds its time, but only what that
 *   profile has not contributed before: the ledger keeps, per source profile, the largest value seen
 *   per day × tool. Importing the same file twice adds nothing; a later export of the same profile
 *   adds only what grew since. (Keyed by profile rather than by export id so that overlapping exports
 *   of one source are counted once too.)
 * Pure: the worker reads storage, calls this, and writes the result in one `set`.
 */
import { nextMidnight } from './dates';
import type { ExportFile } from './export-format';
import type { ImportResult, SwitchRecord } from './report-types';
import type { DayBucket, ToolDay } from './usage';

/** Per source profile: day → tool → the most that profile has contributed. */
export type Ledger = Record<string, { days: Record<string, DayBucket>; exportIds: string[] }>;

export interface ImportPlan {
  /** New full buckets for the days that change. */
  days: Record<string, DayBucket>;
  /** The ledger entry for the file's profile after import (null: own backup, no ledger). */
  ledger: Ledger[string] | null;
  switches: SwitchRecord[];
  summary: Omit<ImportResult, 'applied'>;
}

const ZERO: ToolDay = { activeMs: 0, visits: 0 };
/** Own entries only: `obj.constructor` must never be read as a stored value. */
const get = <T>(obj: Record<string, T>, key: string): T | undefined => (Object.hasOwn(obj, key) ? obj[key] : undefined);
const MAX_EXPORT_IDS = 200;

/** A clock set back (or a DST change the calendar did not foresee) can make a day count a little more. */
export const CLOCK_SLACK_MS = 3600_000;

/**
 * The most active time one local day can hold, all tools together: its length (23, 24 or 25 h with
 * DST) plus the clock slack. Ten "other profile" files cannot put 5 000 h into one day.
 */
export function dayCapMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = new Date(y, m - 1, d).getTime();
  return nextMidnight(start) - start + CLOCK_SLACK_MS;
}

const totalMs = (bucket: DayBucket): number => Object.values(bucket).reduce((sum, v) => sum + v.activeMs, 0);

/**
 * Scales down what `next` adds over `before` so the day's total stays within its cap (local use is
 * never reduced). Returns whether anything was cut.
 */
function capDay(day: string, before: DayBucket, next: DayBucket): boolean {
  const room = Math.max(0, dayCapMs(day) - totalMs(before));
  const added = totalMs(next) - totalMs(before);
  if (added <= room) return false;
  const keep = room / added;
  for (const [toolId, value] of Object.entries(next)) {
    const was = get(before, toolId)?.activeMs ?? 0;
    if (value.activeMs > was) next[toolId] = { ...value, activeMs: was + Math.floor((value.activeMs - was) * keep) };
  }
  return true;
}

/**
 * `local` must hold the current bucket of every day in the file (missing = empty); days before
 * `oldest` are skipped (maintenance would delete them anyway).
 */
export function planImport(
  local: Record<string, DayBucket>,
  file: ExportFile,
  ownProfileId: string,
  ledger: Ledger,
  oldest: string,
  localSwitches: readonly SwitchRecord[],
): ImportPlan {
  const own = file.profileId === ownProfileId;
  const before = own ? null : get(ledger, file.profileId) ?? { days: {}, exportIds: [] };
  const seen: Record<string, DayBucket> = { ...(before?.days ?? {}) };
  const days: Record<string, DayBucket> = {};
  const summary = { days: 0, entries: 0, addedMs: 0, addedVisits: 0, cappedDays: 0 };

  for (const day of Object.keys(file.days).sort()) {
    if (day < oldest) continue;
    const localDay: DayBucket = get(local, day) ?? {};
    const merged: DayBucket = { ...localDay };
    const seenDay: DayBucket = { ...(get(seen, day) ?? {}) };
    for (const [toolId, value] of Object.entries(file.days[day]!)) {
      const now = get(merged, toolId) ?? ZERO;
      let next: ToolDay;
      if (own) {
        next = { activeMs: Math.max(now.activeMs, value.activeMs), visits: Math.max(now.visits, value.visits) };
      } else {
        const prev = get(seenDay, toolId) ?? ZERO;
        next = {
          activeMs: now.activeMs + Math.max(0, value.activeMs - prev.activeMs),
          visits: now.visits + Math.max(0, value.visits - prev.visits),
        };
        seenDay[toolId] = { activeMs: Math.max(prev.activeMs, value.activeMs), visits: Math.max(prev.visits, value.visits) };
      }
      merged[toolId] = next;
    }
    // The ledger keeps what the file said even when the day is capped: importing it again adds nothing.
    if (!own) seen[day] = seenDay;
    if (capDay(day, localDay, merged)) summary.cappedDays++;
    let changed = false;
    for (const [toolId, next] of Object.entries(merged)) {
      const now = get(localDay, toolId) ?? ZERO;
      if (next.activeMs === now.activeMs && next.visits === now.visits) continue;
      summary.entries++;
      summary.addedMs += next.activeMs - now.activeMs;
      summary.addedVisits += next.visits - now.visits;
      changed = true;
    }
    if (changed) (days[day] = merged), summary.days++;
  }
  for (const day of Object.keys(seen)) if (day < oldest) delete seen[day];

  const key = (s: SwitchRecord) => `${s.at} ${s.from} ${s.to}`;
  const known = new Set(localSwitches.map(key));
  const switches = file.switches.filter((s) => !known.has(key(s)) && (known.add(key(s)), true));
  const ledgerEntry = before
    ? { days: seen, exportIds: [...new Set([...before.exportIds, file.exportId])].slice(-MAX_EXPORT_IDS) }
    : null;
  return { days, ledger: ledgerEntry, switches, summary };
}
