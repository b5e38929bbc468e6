/**
 * Reads stored usage defensively: storage may be hand-edited, corrupt or from another version. Whatever
 * is not valid is dropped from the value we use (never thrown); the storage gateway keeps a copy.
 */
import { normalize, type Interval } from '../shared/intervals';
import { isObj, isToolId } from '../shared/guards';
import type { DayBucket, Recent } from '../shared/usage';

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function readDayBucket(raw: unknown): DayBucket {
  const bucket: DayBucket = {};
  if (!isObj(raw)) return bucket;
  for (const [toolId, v] of Object.entries(raw)) {
    // [active ms, visits] as written since schema 2; { activeMs, visits } from schema 1 or a hand edit.
    const [activeMs, visits] = Array.isArray(v) ? (v.length === 2 ? v : []) : isObj(v) ? [v.activeMs, v.visits] : [];
    if (!isToolId(toolId) || !isCount(activeMs) || !isCount(visits)) continue;
    bucket[toolId] = { activeMs: Math.round(activeMs), visits: Math.round(visits) };
  }
  return bucket;
}

/** The clean value and whether anything had to change (a cheap check: `recent` can be large). */
export function readRecentChecked(raw: unknown): { value: Recent | null; damaged: boolean } {
  if (!isObj(raw) || !Array.isArray(raw.covered) || !isObj(raw.visits)) return { value: null, damaged: raw !== undefined };
  const valid = raw.covered.filter((iv): iv is Interval =>
    Array.isArray(iv) && iv.length === 2 && isCount(iv[0]) && isCount(iv[1]) && iv[0] < iv[1]);
  // One sort and one pass (not one merge per interval): a list of 100 000 reads in milliseconds.
  const covered = normalize(valid);
  const visits: Record<string, number> = {};
  for (const [k, v] of Object.entries(raw.visits)) if (k.length <= 64 && isCount(v)) visits[k] = v;
  const clock = isCount(raw.clock) ? raw.clock : 0;
  // Joining tiny gaps and capping are normal upkeep; dropped or disordered entries are damage.
  const damaged = valid.length !== raw.covered.length
    || valid.some((iv, i) => i > 0 && iv[0] < valid[i - 1]![1])
    || Object.keys(visits).length !== Object.keys(raw.visits).length
    || (raw.clock !== undefined && clock !== raw.clock)
    || Object.keys(raw).some((k) => k !== 'covered' && k !== 'visits' && k !== 'clock');
  return { value: { covered, visits, clock }, damaged };
}

export const readRecent = (raw: unknown): Recent | null => readRecentChecked(raw).value;
