/** Pure accounting: add active time and visits to day buckets, split at local midnight, counted once. */
import { dayKey, nextMidnight } from './dates';
import { cover, forgetAfter, pruneBefore, uncovered } from './intervals';
import { RECENT_WINDOW_MS, type DayBucket, type Recent } from './usage';

/** [start, end) cut at each local midnight: [{ day, ms }]. */
export function splitByDay(start: number, end: number): { day: string; ms: number }[] {
  const parts: { day: string; ms: number }[] = [];
  for (let from = start; from < end; ) {
    const to = Math.min(end, nextMidnight(from));
    parts.push({ day: dayKey(from), ms: to - from });
    from = to;
  }
  return parts;
}

const bump = (days: Record<string, DayBucket>, day: string, toolId: string, ms: number, visits: number) => {
  const bucket = (days[day] ??= {});
  const entry = (bucket[toolId] ??= { activeMs: 0, visits: 0 });
  entry.activeMs += ms;
  entry.visits += visits;
};

/**
 * Call before counting at `now`. If the clock went back since the last write, the instants after `now`
 * will happen again (in wall-clock terms, the user lives that hour twice): forget them, so the second
 * pass counts instead of being taken for a re-send of the first.
 */
export function observeClock(recent: Recent, now: number): Recent {
  const covered = recent.clock > now ? forgetAfter(recent.covered, now) : recent.covered;
  return { ...recent, covered, clock: now };
}

/**
 * Adds the part of [start, end) not yet counted for any tool. Mutates `days` and returns the new
 * `recent` plus how many ms were added. Each instant counts once, for one tool, however often it is sent.
 */
export function addActive(days: Record<string, DayBucket>, recent: Recent, toolId: string, start: number, end: number, now: number) {
  let added = 0;
  for (const [s, e] of uncovered(recent.covered, start, end)) {
    for (const { day, ms } of splitByDay(s, e)) bump(days, day, toolId, ms, 0), (added += ms);
  }
  const covered = pruneBefore(cover(recent.covered, start, end), now - RECENT_WINDOW_MS);
  return { recent: { ...recent, covered }, added };
}

/** Remembered visit ids are capped too (a page flipping its URL cannot grow them without bound). */
export const MAX_VISIT_IDS = 5_000;

/** Counts a visit once per visitId. */
export function addVisit(days: Record<string, DayBucket>, recent: Recent, toolId: string, visitId: string, time: number, now: number) {
  if (Object.prototype.hasOwnProperty.call(recent.visits, visitId)) return { recent, added: false };
  bump(days, dayKey(time), toolId, 0, 1);
  const visits = Object.fromEntries(
    Object.entries({ ...recent.visits, [visitId]: time })
      .filter(([, t]) => t >= now - RECENT_WINDOW_MS)
      .sort((a, b) => a[1] - b[1])
      .slice(-MAX_VISIT_IDS),
  );
  return { recent: { ...recent, visits }, added: true };
}
