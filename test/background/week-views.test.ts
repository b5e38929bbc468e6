/** The popup's and report's weeks are read before her week-start setting is known: every start must still get whole weeks. */
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/background/storage';
import { toolMeta } from '../../src/background/tool-meta';
import { createUsageStore } from '../../src/background/usage-store';
import { recentWeeks } from '../../src/background/week-views';
import { addDays, daysFrom, summarizeWeek, weekStartOf } from '../../src/shared/week-summary';
import { createFakeStorage } from '../support/fake-storage';

// Every day of five weeks around "now" has its own amount of time, so a day missing from a week shows.
const NOW = new Date(2026, 10, 30, 21).getTime(); // a Monday evening
const seeded = Object.fromEntries(daysFrom('2026-10-20', 50).map((day, i) => [day, { chatgpt: { activeMs: (i + 1) * 60_000, visits: 1 } }]));

describe('recent weeks', () => {
  it.each([0, 1, 2, 3, 4, 5, 6])('gives whole weeks, oldest first, for week start %i', async (weekStart) => {
    const area = createFakeStorage(Object.fromEntries(Object.entries(seeded).map(([day, bucket]) => [`day:${day}`, bucket])));
    const usage = createUsageStore(createStorage(area, () => NOW), () => NOW);
    const weeksFor = await recentWeeks(usage, NOW, 3);
    const current = weekStartOf(NOW, weekStart);
    const expected = [-14, -7, 0].map((back) => summarizeWeek(seeded, addDays(current, back), toolMeta));
    expect(weeksFor(weekStart)).toEqual(expected);
    expect(weeksFor(weekStart)[2]!.time.total).toBeGreaterThan(0);
  });
});
