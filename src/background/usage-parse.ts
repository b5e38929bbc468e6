/**
 * Reads stored usage defensively: storage may be hand-edited, corrupt or from another version. Whatever
 * is not valid is dropped from the value we use (never thrown); the migration step keeps a copy.
 */
import { cover, type Interval } from '../shared/intervals';
import type { DayBucket, Recent } from '../shared/usage';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const SAFE_KEY = /^[a-z0-9-]{1,64}$/;

export function readDayBucket(raw: unknown): DayBucket {
  const bucket: DayBucket = {};
  if (!isObj(raw)) return bucket;
  for (const [toolId, v] of Object.entries(raw)) {
    if (!SAFE_KEY.test(toolId) || !isObj(v) || !isCount(v.activeMs) || !isCount(v.visits)) continue;
    bucket[toolId] = { activeMs: Math.round(v.activeMs), visits: Math.round(v.visits) };
  }
  return bucket;
}

export function readRecent(raw: unknown): Recent | null {
  if (!isObj(raw) || !Array.isArray(raw.covered) || !isObj(raw.visits)) return null;
  const covered = raw.covered.filter((iv): iv is Interval =>
    Array.isArray(iv) && iv.length === 2 && isCount(iv[0]) && isCount(iv[1]) && iv[0] < iv[1]);
  const visits: Record<string, number> = {};
  for (const [k, v] of Object.entries(raw.visits)) if (k.length <= 64 && isCount(v)) visits[k] = v;
  // Re-merging keeps every counted instant covered even if a hand edit broke the order.
  return { covered: covered.reduce<Interval[]>((acc, [s, e]) => cover(acc, s, e), []), visits };
}
