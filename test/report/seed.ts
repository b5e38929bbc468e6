/** Test data for the report tests: day buckets on known local days, and a deps set on fake storage. */
import { createDeps } from '../../src/background/deps';
import { dayStorageKey, type DayBucket } from '../../src/shared/usage';
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
