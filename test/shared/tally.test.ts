import { describe, expect, it } from 'vitest';
import { cover, uncovered } from '../../src/shared/intervals';
import { addActive, addVisit, splitByDay } from '../../src/shared/tally';
import { emptyRecent, type DayBucket } from '../../src/shared/usage';

// Tests run in the time zone set by the test command (see vitest config); build times from local fields.
const at = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const MIN = 60_000;

describe('interval coverage', () => {
  it('finds the uncovered parts and merges coverage', () => {
    const covered = cover(cover([], 10, 20), 30, 40);
    expect(uncovered(covered, 0, 50)).toEqual([[0, 10], [20, 30], [40, 50]]);
    expect(cover(covered, 15, 35)).toEqual([[10, 40]]);
    expect(uncovered(cover(covered, 15, 35), 12, 38)).toEqual([]);
  });
});

describe('accounting', () => {
  it('splits a segment that spans midnight across the two local days', () => {
    expect(splitByDay(at(2026, 11, 23, 23, 50), at(2026, 11, 24, 0, 5))).toEqual([
      { day: '2026-11-23', ms: 10 * MIN },
      { day: '2026-11-24', ms: 5 * MIN },
    ]);
  });

  it('counts a re-sent segment once', () => {
    const days: Record<string, DayBucket> = {};
    const now = at(2026, 11, 23, 12);
    let { recent } = addActive(days, emptyRecent(), 'chatgpt', now - 5 * MIN, now, now);
    ({ recent } = addActive(days, recent, 'chatgpt', now - 5 * MIN, now, now));
    expect(days['2026-11-23']!.chatgpt!.activeMs).toBe(5 * MIN);
  });

  it('counts overlapping segments from two tabs as their union', () => {
    const days: Record<string, DayBucket> = {};
    const t0 = at(2026, 11, 23, 9);
    const { recent } = addActive(days, emptyRecent(), 'chatgpt', t0, t0 + 10 * MIN, t0 + 20 * MIN);
    addActive(days, recent, 'chatgpt', t0 + 5 * MIN, t0 + 15 * MIN, t0 + 20 * MIN);
    expect(days['2026-11-23']!.chatgpt!.activeMs).toBe(15 * MIN);
  });

  it('counts a visit once per visit id', () => {
    const days: Record<string, DayBucket> = {};
    const now = at(2026, 11, 23, 9);
    const first = addVisit(days, emptyRecent(), 'wrtn', 'v1', now, now);
    const again = addVisit(days, first.recent, 'wrtn', 'v1', now, now);
    addVisit(days, again.recent, 'wrtn', 'v2', now, now);
    expect(again.added).toBe(false);
    expect(days['2026-11-23']!.wrtn!.visits).toBe(2);
  });
});
