/**
 * Half-open time intervals [start, end) in ms. The worker remembers which recent instants it has already
 * counted as a set of intervals: re-sent, reordered or overlapping segments then add only the time not
 * yet covered — exactly-once counting without remembering every send.
 *
 * The set stays small whatever a page does: intervals closer than `JOIN_GAP_MS` are joined (a video
 * flipping play/pause 50 times a second leaves one interval, not 50), and past `MAX_INTERVALS` the
 * oldest are joined into one. Joining only marks a gap as "seen"; it never adds time to the tally.
 */
export type Interval = readonly [number, number];

/** Gaps this short between remembered intervals are joined (see above). */
export const JOIN_GAP_MS = 1_000;
/** At most this many remembered intervals (~150 KB in storage). */
export const MAX_INTERVALS = 5_000;

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

/**
 * Any intervals → sorted, disjoint, tiny gaps joined, capped. One sort and one pass: O(n log n), so even
 * a hand-edited list of 100 000 intervals is read in milliseconds.
 */
export function normalize(intervals: readonly Interval[], gapMs = JOIN_GAP_MS, max = MAX_INTERVALS): Interval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + gapMs) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  if (out.length <= max) return out;
  // Join the oldest into one: time that old is outside the window segments are accepted from anyway.
  const excess = out.length - max + 1;
  return [[out[0]![0], out[excess - 1]![1]], ...out.slice(excess)];
}

/** `covered` with [start, end) added (sorted, disjoint, tiny gaps joined, capped). O(n). */
export function cover(covered: readonly Interval[], start: number, end: number): Interval[] {
  if (end <= start) return [...covered];
  const out: Interval[] = [];
  let s = start;
  let e = end;
  let placed = false;
  for (const iv of covered) {
    if (iv[1] + JOIN_GAP_MS < s) out.push(iv);
    else if (iv[0] > e + JOIN_GAP_MS) {
      if (!placed) out.push([s, e]), (placed = true);
      out.push(iv);
    } else {
      s = Math.min(s, iv[0]);
      e = Math.max(e, iv[1]);
    }
  }
  if (!placed) out.push([s, e]);
  return out.length <= MAX_INTERVALS ? out : normalize(out);
}

/** Drops intervals that ended before `since` (bounded memory). */
export const pruneBefore = (covered: readonly Interval[], since: number): Interval[] =>
  covered.filter(([, e]) => e >= since);

/**
 * Forgets what was remembered after `time` (the clock was set back: those instants are about to happen
 * again and must count; see tally.ts).
 */
export const forgetAfter = (covered: readonly Interval[], time: number): Interval[] =>
  covered.filter(([s]) => s < time).map(([s, e]) => [s, Math.min(e, time)] as Interval);
