import { describe, expect, it } from 'vitest';
import { cover, uncovered } from '../../src/shared/intervals';
import { addActive, addVisit, observeClock, splitByDay } from '../../src/shared/tally';
import { emptyRecent, type DayBucket } from '../../src/shared/usage';

// Tests run in the time zone set by the test command (see vitest config); build times from local fields.
const at = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const MIN = 60_000;

describe('interval coverage', () => {
  it('finds the uncovered parts and merges coverage', () => {
    const S = 10_000; // well above the gap that is joined
    const covered = cover(cover([], 10 * S, 20 * S), 30 * S, 40 * S);
    expect(uncovered(covered, 0, 50 * S)).toEqual([[0, 10 * S], [20 * S, 30 * S], [40 * S, 50 * S]]);
    expect(cover(covered, 15 * S, 35 * S)).toEqual([[10 * S, 40 * S]]);
    expect(uncovered(cover(covered, 15 * S, 35 * S), 12 * S, 38 * S)).toEqual([]);
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

describe('clock set back', () => {
  it('an hour lived twice (clock set back 1 h) counts both times, not once', async () => {
    const { createDeps } = await import('../../src/background/deps');
    const { createFakeStorage } = await import('../support/fake-storage');
    const area = createFakeStorage();
    const ten = at(2026, 11, 23, 10);
    let now = ten;
    const deps = createDeps(area, () => now);
    // 10:00–11:00 in use, reported as it grows.
    for (let m = 1; m <= 60; m++) {
      now = ten + m * MIN;
      await deps.usage.recordActive([{ toolId: 'chatgpt', start: ten, end: now }]);
    }
    // The clock is set back to 10:00. The page notices at its next input (half a second later), reports
    // at once and starts a new stretch, which grows to 11:00 again.
    const noticed = ten + 500;
    now = noticed;
    await deps.usage.recordActive([{ toolId: 'chatgpt', start: ten, end: ten + 60 * MIN }]);
    for (let m = 1; m <= 60; m++) {
      now = ten + m * MIN;
      await deps.usage.recordActive([{ toolId: 'chatgpt', start: noticed, end: now }]);
    }
    expect(area.day('day:2026-11-23')!.chatgpt!.activeMs).toBe(60 * MIN + (ten + 60 * MIN - noticed));
  });

  it('a re-send of time already counted still counts once when the clock did not move back', () => {
    const days: Record<string, DayBucket> = {};
    const now = at(2026, 11, 23, 12);
    let recent = observeClock(emptyRecent(), now);
    ({ recent } = addActive(days, recent, 'chatgpt', now - 10 * MIN, now, now));
    recent = observeClock(recent, now + MIN);
    addActive(days, recent, 'chatgpt', now - 10 * MIN, now, now + MIN);
    expect(days['2026-11-23']!.chatgpt!.activeMs).toBe(10 * MIN);
  });
});
