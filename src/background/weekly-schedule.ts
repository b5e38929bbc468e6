/**
 * When the weekly summary is due: on the week's first local day at the chosen local time. Built from
 * calendar fields, so DST and time-zone changes move the moment with the user's wall clock.
 */
import { addDays, weekStartOf } from '../shared/week-summary';

/** The local moment "HH:MM" on `day` (YYYY-MM-DD). */
export function notifyMoment(day: string, time: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm).getTime();
}

/** The first day of the latest week whose notification moment is at or before `now`. */
export function dueWeek(now: number, weekStart: number, time: string): string {
  const week = weekStartOf(now, weekStart);
  return notifyMoment(week, time) <= now ? week : addDays(week, -7);
}

/** The next notification moment strictly after `now`. */
export function nextMoment(now: number, weekStart: number, time: string): number {
  return notifyMoment(addDays(dueWeek(now, weekStart, time), 7), time);
}
