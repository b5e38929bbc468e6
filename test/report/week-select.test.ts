/** Which week the report opens on: the last completed one, the one in the address, or (first week) the current one. */
import { describe, expect, it } from 'vitest';
import { toolMeta } from '../../src/background/tool-meta';
import { selectWeek, weekFromHash, weekRole } from '../../src/report/week-select';
import { addDays, summarizeWeek, type WeekSummary } from '../../src/shared/week-summary';
import { twelveWeeks } from '../support/seed';

const CURRENT = '2026-11-23'; // a Monday
const weeksOf = (days: ReturnType<typeof twelveWeeks>): WeekSummary[] =>
  Array.from({ length: 12 }, (_, i) => summarizeWeek(days, addDays(CURRENT, 7 * (i - 11)), toolMeta));
const WEEKS = weeksOf(twelveWeeks(CURRENT));

describe('week selection', () => {
  it('opens on the last completed week, not the one in progress', () => {
    expect(selectWeek(WEEKS, null)).toBe(10);
    expect(WEEKS[10]!.start).toBe('2026-11-16');
  });

  it('opens the week asked for in the address, by its first day or any day in it', () => {
    expect(selectWeek(WEEKS, '2026-11-02')).toBe(8);
    expect(selectWeek(WEEKS, '2026-11-05')).toBe(8); // the week start changed since the link was made
    expect(selectWeek(WEEKS, CURRENT)).toBe(11); // the week in progress, when asked for
    expect(selectWeek(WEEKS, '2020-01-06')).toBe(10); // too old for the page: the default
  });

  it('in the very first week with the extension (nothing completed yet) it opens the week in progress', () => {
    const first = weeksOf({ [CURRENT]: { chatgpt: { activeMs: 60_000, visits: 1 } } });
    expect(selectWeek(first, null)).toBe(11);
    // But a last week without use, after earlier weeks with use, is still the week to show: it really was empty.
    const gap = weeksOf({ '2026-11-02': { chatgpt: { activeMs: 60_000, visits: 1 } }, [CURRENT]: { chatgpt: { activeMs: 60_000, visits: 1 } } });
    expect(selectWeek(gap, null)).toBe(10);
    // No use anywhere: last week (saying there was none).
    expect(selectWeek(weeksOf({}), null)).toBe(10);
    expect(selectWeek([], null)).toBe(-1);
  });

  it('reads #week=YYYY-MM-DD and nothing else', () => {
    expect(weekFromHash('#week=2026-11-16')).toBe('2026-11-16');
    expect(weekFromHash('#settings')).toBeNull();
    expect(weekFromHash('#week=2026-1-6')).toBeNull();
    expect(weekFromHash('#week=')).toBeNull();
    expect(weekFromHash('')).toBeNull();
  });

  it('names weeks from the current one back', () => {
    expect([11, 10, 9, 0].map((i) => weekRole(i, 12))).toEqual([
      { kind: 'current' }, { kind: 'last' }, { kind: 'ago', weeks: 2 }, { kind: 'ago', weeks: 11 },
    ]);
  });
});
