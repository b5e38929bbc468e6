import { describe, expect, it } from 'vitest';
import { goalStreak, weekGoal } from '../../src/shared/goal-streak';
import { pointsChange, signed, threeParts } from '../../src/shared/share-points';
import type { WeekSummary } from '../../src/shared/week-summary';

/** A week with the given domestic share (null: no AI use). */
const week = (share: number | null, i = 0): WeekSummary => ({
  start: `2026-01-${String(1 + i).padStart(2, '0')}`, end: '', domesticShare: share,
  time: { total: share === null ? 0 : 100, domestic: share === null ? 0 : share * 100, mixed: 0, foreign: share === null ? 0 : 100 - share * 100 },
  visits: { total: 0, domestic: 0, mixed: 0, foreign: 0 }, byCountry: [], byCategory: [], byTool: [],
});
const weeks = (...shares: (number | null)[]) => shares.map((s, i) => week(s, i));

describe('weekly goal: completed weeks only', () => {
  it('no goal set: nothing to show', () => {
    expect(goalStreak(weeks(0.5), 0)).toBeNull();
  });

  it('counts consecutive met weeks ending with the last completed week', () => {
    expect(goalStreak(weeks(0.1, 0.35, 0.4, 0.3), 30)).toEqual({ weeks: 3, atLeast: false });
    expect(goalStreak(weeks(0.1, 0.35, 0.4, 0.2), 30)).toEqual({ weeks: 0, atLeast: false });
  });

  it('the week in progress is shown but never judged, so a bad Monday cannot break a streak', () => {
    const completed = weeks(0.1, 0.35, 0.4);
    const monday = week(0.05, 3);
    expect(weekGoal(monday, 30, true)).toEqual({ percent: 5, met: null });
    expect(weekGoal(monday, 30, false)).toEqual({ percent: 5, met: false });
    // The page passes the completed weeks only: the streak is the same whatever this week looks like.
    expect(goalStreak(completed, 30)).toEqual({ weeks: 2, atLeast: false });
  });

  it('compares the percent as shown: 29.6 % rounds to 30 % and meets a 30 % goal; 29.4 % does not', () => {
    expect(weekGoal(week(0.296), 30, false).met).toBe(true);
    expect(weekGoal(week(0.294), 30, false).met).toBe(false);
  });

  it('a week without AI use is not judged and neither breaks nor extends the streak', () => {
    expect(weekGoal(week(null), 30, false)).toEqual({ percent: null, met: null });
    expect(goalStreak(weeks(0.1, 0.5, null, 0.5, null), 30)).toEqual({ weeks: 2, atLeast: false });
  });

  it('a streak reaching back to the oldest week, which met the goal, is marked as "at least"', () => {
    expect(goalStreak(weeks(0.5, 0.5, 0.5), 30)).toEqual({ weeks: 3, atLeast: true });
    // Empty weeks first (before the extension was installed) say nothing about earlier weeks.
    expect(goalStreak(weeks(null, null, 0.5), 30)).toEqual({ weeks: 1, atLeast: false });
    expect(goalStreak(weeks(0.1, 0.1), 30)).toEqual({ weeks: 0, atLeast: false });
    expect(goalStreak([], 30)).toEqual({ weeks: 0, atLeast: false });
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
