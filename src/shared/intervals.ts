/**
 * Sorted, non-overlapping [start, end) intervals in ms. The worker remembers which recent instants it
 * has already counted as a set of intervals: re-sent, reordered or overlapping segments then add only
 * the time not yet covered — exactly-once counting without remembering every send.
 */
export type Interval = readonly [number, number];

/** The parts of [start, end) not covered by `covered` (which must be sorted and disjoint). */
export function uncovered(covered: readonly Interval[], start: number, end: number): Interval[] {
  const out: Interval[] = [];
  let cursor = start;
  for (const [s, e] of covered) {
    if (e <= cursor) continue;
    if (s >= end) break;
    if (s > cursor) out.push([cursor, Math.min(s, end)]);
    cursor = Math.max(cursor, e);
    if (cursor >= end) break;
  }
  if (cursor < end) out.push([cursor, end]);
  return out;
}

/** `covered` with [start, end) added, merged and sorted. */
export function cover(covered: readonly Interval[], start: number, end: number): Interval[] {
  if (end <= start) return [...covered];
  const out: Interval[] = [];
  let s = start;
  let e = end;
  let placed = false;
  for (const iv of covered) {
    if (iv[1] < s) out.push(iv);
    else if (iv[0] > e) {
      if (!placed) out.push([s, e]), (placed = true);
      out.push(iv);
    } else {
      s = Math.min(s, iv[0]);
      e = Math.max(e, iv[1]);
    }
  }
  if (!placed) out.push([s, e]);
  return out;
}

/** Drops intervals that ended before `since` (bounded memory). */
export const pruneBefore = (covered: readonly Interval[], since: number): Interval[] =>
  covered.filter(([, e]) => e >= since);
