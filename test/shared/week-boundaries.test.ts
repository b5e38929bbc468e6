/** Week boundaries: the week-start setting, other time zones (DST), and a year of data summed by week. */
import { afterEach, describe, expect, it } from 'vitest';
import { toolMeta } from '../../src/background/tool-meta';
import { dueWeek, nextMoment, notifyMoment } from '../../src/background/weekly-schedule';
import { dayKey } from '../../src/shared/dates';
import { addDays, summarizeWeek, weekStartOf } from '../../src/shared/week-summary';
import { MIN, noon } from '../support/seed';

const originalTz = process.env.TZ;
afterEach(() => void (process.env.TZ = originalTz));

describe('week start setting', () => {
  // 2026-11-25 is a Wednesday.
  it.each([
    [1, '2026-11-23'], [0, '2026-11-22'], [3, '2026-11-25'], [4, '2026-11-19'], [6, '2026-11-21'],
  ])('weekStart %i puts Wednesday 2026-11-25 in the week of %s', (start, expected) => {
    expect(weekStartOf(noon('2026-11-25'), start)).toBe(expected);
  });

  it('the first minute of the start day opens a new week; the last minute before it does not', () => {
    expect(weekStartOf(new Date(2026, 10, 23, 0, 0).getTime(), 1)).toBe('2026-11-23');
    expect(weekStartOf(new Date(2026, 10, 22, 23, 59, 59).getTime(), 1)).toBe('2026-11-16');
  });

  it('weeks cross month and year ends', () => {
    expect(weekStartOf(noon('2027-01-01'), 1)).toBe('2026-12-28');
    expect(addDays('2026-12-28', 6)).toBe('2027-01-03');
  });
});

describe('time zones', () => {
  it('New York: the week containing the DST change still has 7 calendar days, Monday to Sunday', () => {
    process.env.TZ = 'America/New_York';
    // DST ended on Sunday 2026-11-01 (a 25-hour day).
    const sundayLate = new Date(2026, 10, 1, 23, 30).getTime();
    expect(weekStartOf(sundayLate, 1)).toBe('2026-10-26');
    expect(addDays('2026-10-26', 7)).toBe('2026-11-02');
    expect(dayKey(sundayLate)).toBe('2026-11-01');
  });

  it('Auckland: the notification moment is 09:00 local on both sides of a DST change', () => {
    process.env.TZ = 'Pacific/Auckland';
    // NZ DST starts on Sunday 2026-09-27.
    const before = notifyMoment('2026-09-21', '09:00');
    const after = notifyMoment('2026-09-28', '09:00');
    expect(new Date(before).getHours()).toBe(9);
    expect(new Date(after).getHours()).toBe(9);
    expect(after - before).toBe(7 * 24 * 3600_000 - 3600_000);
  });

  it('the same instant falls in different local weeks in Seoul and Los Angeles', () => {
    const instant = Date.UTC(2026, 10, 22, 20, 0); // Mon 05:00 in Seoul, Sun 12:00 in LA
    process.env.TZ = 'Asia/Seoul';
    expect(weekStartOf(instant, 1)).toBe('2026-11-23');
    process.env.TZ = 'America/Los_Angeles';
    expect(weekStartOf(instant, 1)).toBe('2026-11-16');
  });
});

describe('notification schedule', () => {
  it('is due from the start day at the chosen time, and next one is a week later', () => {
    const monday9 = new Date(2026, 10, 23, 9, 0).getTime();
    expect(dueWeek(monday9 - 1, 1, '09:00')).toBe('2026-11-16');
    expect(dueWeek(monday9, 1, '09:00')).toBe('2026-11-23');
    expect(nextMoment(monday9 - 1, 1, '09:00')).toBe(monday9);
    expect(nextMoment(monday9, 1, '09:00')).toBe(new Date(2026, 10, 30, 9, 0).getTime());
  });

  it('follows the week-start day and time settings', () => {
    const wed = noon('2026-11-25');
    expect(nextMoment(wed, 0, '20:30')).toBe(new Date(2026, 10, 29, 20, 30).getTime());
    expect(nextMoment(wed, 3, '13:00')).toBe(new Date(2026, 10, 25, 13, 0).getTime());
    expect(nextMoment(wed, 3, '11:00')).toBe(new Date(2026, 11, 2, 11, 0).getTime());
  });
});

describe('a year of data', () => {
  it('summing every week of 2026 gives the year total, each day counted exactly once', () => {
    const days: Record<string, Record<string, { activeMs: number; visits: number }>> = {};
    let total = 0;
    let domestic = 0;
    for (let d = '2026-01-01', i = 0; d < '2027-01-01'; d = addDays(d, 1), i++) {
      const us = ((i * 7) % 13) * MIN;
      const kr = ((i * 5) % 11) * MIN;
      days[d] = { chatgpt: { activeMs: us, visits: 1 }, 'clova-x': { activeMs: kr, visits: 2 } };
      total += us + kr;
      domestic += kr;
    }
    for (const weekStart of [0, 1, 6]) {
      let start = weekStartOf(noon('2026-01-01'), weekStart);
      let sum = 0, dom = 0, visits = 0, weeks = 0;
      while (start < '2027-01-01') {
        const w = summarizeWeek(days, start, toolMeta);
        sum += w.time.total, dom += w.time.domestic, visits += w.visits.total, weeks++;
        start = addDays(start, 7);
      }
      expect({ sum, dom, visits }).toEqual({ sum: total, dom: domestic, visits: 365 * 3 });
      expect(weeks).toBeGreaterThanOrEqual(53);
    }
  });
});
