/**
 * When the weekly summary is due: on the week's first local day at the chosen local time. Built from
 * calendar fields, so DST and time-zone changes move the moment with the user's wall clock.
 */
import browser from '../shared/browser';
import type { Settings } from '../shared/settings';
import { addDays, weekStartOf } from '../shared/week-summary';
import type { Deps } from './deps';
import type { KeyName } from './storage-keys';

export const WEEKLY_ALARM = 'weekly-summary';
/** The storage key of the marker (declared with its type in storage-keys.ts). */
export const WEEKLY_MARK_KEY = 'weeklyNotified' satisfies KeyName;

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

export async function armWeeklyAlarm(settings: Settings, now: number): Promise<void> {
  if (!settings.weeklyNotification) return void (await browser.alarms.clear(WEEKLY_ALARM));
  await browser.alarms.create(WEEKLY_ALARM, { when: nextMoment(now, settings.weekStart, settings.notifyTime) });
}

/**
 * The latest week due (`due`, its first day) and whether the stored marker says it was handled.
 * `weeklyNotified` is the first day of the latest week handled; a marker in the future reads as none
 * (storage-keys.ts), so a hand-edited "9999-12-31" cannot switch the summary off for good.
 */
export async function weekState({ storage, settings, now }: Pick<Deps, 'storage' | 'settings' | 'now'>): Promise<{ due: string; mark: string | undefined; handled: boolean; settings: Settings }> {
  const current = await settings.read();
  const due = dueWeek(now(), current.weekStart, current.notifyTime);
  const stored = await storage.read((r) => r.get(WEEKLY_MARK_KEY));
  const mark = typeof stored === 'string' ? stored : undefined;
  return { due, mark, handled: mark !== undefined && mark >= due, settings: current };
}
