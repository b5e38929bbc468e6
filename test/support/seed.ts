/** Test data for the report tests: day buckets on known local days, and a deps set on fake storage. */
import { createDeps } from '../../src/background/deps';
import { dayStorageKey, type DayBucket } from '../../src/shared/usage';
import { addDays } from '../../src/shared/week-summary';
import { createFakeStorage } from '../support/fake-storage';

export const MIN = 60_000;

/** `{ 'day:YYYY-MM-DD': bucket }` for storage. */
export const stored = (days: Record<string, DayBucket>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(days).map(([d, b]) => [dayStorageKey(d), b]));

/** Local noon of a day, as epoch ms. */
export const noon = (day: string): number => new Date(`${day}T12:00:00`).getTime();

export function depsWith(initial: Record<string, unknown>, now: number) {
  const area = createFakeStorage(initial);
  let clock = now;
  const deps = createDeps(area, () => clock);
  return { area, deps, setNow: (t: number) => void (clock = t) };
}

/**
 * Twelve weeks of realistic use ending with the week starting `current` (in progress: Monday and Tuesday
 * only), oldest first: 챗GPT and 클링 AI (foreign), 클로바X (Korean, own model), 뤼튼 (Korean service on
 * foreign models), 미드저니 some weeks; the fourth week has no AI use at all (a holiday). The Korean share
 * grows from 5 % to 39 % last week, so a 20 % goal is met by the last six completed weeks.
 */
export function twelveWeeks(current: string): Record<string, DayBucket> {
  // Minutes per week: chatgpt, kling-ai, clova-x, wrtn, midjourney.
  const pattern: ([number, number, number, number, number] | null)[] = [
    [70, 20, 5, 0, 10], [65, 15, 8, 4, 0], [80, 10, 6, 6, 12], null,
    [60, 25, 10, 8, 0], [55, 18, 12, 10, 8], [58, 12, 15, 9, 0], [50, 20, 14, 12, 6],
    [52, 10, 18, 10, 0], [45, 15, 20, 14, 5], [48, 12, 22, 16, 0], [30, 0, 4, 10, 0],
  ];
  const ids = ['chatgpt', 'kling-ai', 'clova-x', 'wrtn', 'midjourney'];
  const days: Record<string, DayBucket> = {};
  pattern.forEach((minutes, w) => {
    if (!minutes) return;
    const start = addDays(current, 7 * (w - (pattern.length - 1)));
    minutes.forEach((total, t) => {
      if (total === 0) return;
      // Spread over two days of the week (Monday/Tuesday in the week in progress).
      const first = Math.ceil(total / 2);
      const parts: [number, number][] = [[t % 2, first], [w === pattern.length - 1 ? 1 - (t % 2) : 2 + (t % 3), total - first]];
      for (const [offset, ms] of parts) {
        if (ms === 0) continue;
        const day = (days[addDays(start, offset)] ??= {});
        const prev = day[ids[t]!] ?? { activeMs: 0, visits: 0 };
        day[ids[t]!] = { activeMs: prev.activeMs + ms * MIN, visits: prev.visits + 1 + Math.floor(ms / 15) };
      }
    });
  });
  return days;
}
