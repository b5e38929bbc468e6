import { describe, expect, it } from 'vitest';
import { goalStatus } from '../../src/shared/goal-streak';
import { pointsChange, signed, threeParts } from '../../src/shared/share-points';
import type { WeekSummary } from '../../src/shared/week-summary';

/** A week with the given domestic share (null: no AI use). */
const week = (share: number | null, i = 0): WeekSummary => ({
  start: `2026-01-${String(1 + i).padStart(2, '0')}`, end: '', domesticShare: share,
  time: { total: share === null ? 0 : 100, domestic: share === null ? 0 : share * 100, mixed: 0, foreign: share === null ? 0 : 100 - share * 100 },
  visits: { total: 0, domestic: 0, mixed: 0, foreign: 0 }, byCountry: [], byCategory: [], byTool: [],
});
const weeks = (...shares: (number | null)[]) => shares.map(week);

describe('weekly goal and streak', () => {
  it('no goal set: nothing to show', () => {
    expect(goalStatus(weeks(0.5), 0)).toBeNull();
  });

  it('counts consecutive met weeks ending with this week when it is met', () => {
    expect(goalStatus(weeks(0.1, 0.35, 0.4, 0.3), 30)).toMatchObject({ current: 30, met: true, streak: 3, atLeast: false });
  });

  it('this week not met (yet): the streak of the weeks before still shows', () => {
    expect(goalStatus(weeks(0.1, 0.35, 0.4, 0.2), 30)).toMatchObject({ current: 20, met: false, streak: 2 });
  });

  it('compares the percent as shown: 29.6 % rounds to 30 % and meets a 30 % goal; 29.4 % does not', () => {
    expect(goalStatus(weeks(0.296), 30)?.met).toBe(true);
    expect(goalStatus(weeks(0.294), 30)?.met).toBe(false);
  });

  it('a week without AI use neither breaks nor extends the streak', () => {
    expect(goalStatus(weeks(0.1, 0.5, null, 0.5, null), 30)).toMatchObject({ current: null, met: false, streak: 2 });
  });

  it('a streak reaching back to the oldest week is marked as "at least"', () => {
    expect(goalStatus(weeks(0.5, 0.5, 0.5), 30)).toMatchObject({ streak: 3, atLeast: true });
    expect(goalStatus(weeks(0.1, 0.1), 30)).toMatchObject({ streak: 0, atLeast: false });
  });

  it('changes are in points between the shown percents, signed for display', () => {
    expect(pointsChange(0.234, 0.175)).toBe(5); // 23 − 18, not round(5.9)
    expect(pointsChange(0.2, null)).toBeNull();
    expect([signed(6), signed(-3), signed(0)]).toEqual(['+6', '−3', '±0']);
  });
});

describe('three-part share', () => {
  it('adds up to 100 and agrees with the Korean-service share the goal counts', () => {
    // 2/3 on Korean services (half of that on foreign models), 1/3 foreign: Korean services round to 67.
    expect(threeParts({ total: 3, domestic: 2, mixed: 1, foreign: 1 })).toEqual({ domestic: 34, mixed: 33, foreign: 33 });
    for (let d = 0; d <= 50; d++) for (let m = 0; m <= d; m += 3) {
      const parts = threeParts({ total: 50 + d, domestic: d, mixed: m, foreign: 50 })!;
      expect(parts.domestic + parts.mixed + parts.foreign).toBe(100);
      expect(parts.domestic + parts.mixed).toBe(Math.round((d / (d + 50)) * 100));
      expect(parts.domestic).toBeGreaterThanOrEqual(0);
    }
    expect(threeParts({ total: 0, domestic: 0, mixed: 0, foreign: 0 })).toBeNull();
  });
});
