/**
 * Which week the report shows. It opens on the last COMPLETED week (the weekly summary is about a week
 * that is over, not about Monday morning), or on the week asked for in the address (`#week=YYYY-MM-DD`,
 * which the weekly notification uses). The week in progress can be opened with the switcher; it is shown
 * as "진행 중" and never judged. The worker decides which week is current (its clock, the user's week
 * start), so the page reads no clock of its own.
 */
import type { WeekSummary } from '../shared/week-summary';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day in `#week=2026-11-16` (any other hash, or a malformed day: null). */
export function weekFromHash(hash: string): string | null {
  const match = /^#week=([0-9-]+)$/.exec(hash);
  return match && DAY.test(match[1]!) ? match[1]! : null;
}

export const weekHash = (start: string): string => `#week=${start}`;

/**
 * The week to open: the one containing `requested` (a week's first day, or any day in it: the week start
 * setting may have changed since the link was made), else the last completed week. Only in the very first
 * week with the extension — no completed week has any use yet — does it open the week in progress, so a
 * new user sees her first minutes instead of an empty week. `weeks` oldest first, the last one in progress.
 */
export function selectWeek(weeks: readonly WeekSummary[], requested: string | null): number {
  if (weeks.length === 0) return -1;
  if (requested) {
    const found = weeks.findIndex((w) => w.start <= requested && requested <= w.end);
    if (found >= 0) return found;
  }
  const current = weeks.length - 1;
  if (current === 0) return 0;
  const anyCompletedUse = weeks.slice(0, current).some((w) => w.time.total > 0 || w.visits.total > 0);
  const currentUse = weeks[current]!.time.total > 0 || weeks[current]!.visits.total > 0;
  return !anyCompletedUse && currentUse ? current : current - 1;
}

/** How the page names a week: the one in progress, last week, or n weeks ago. */
export type WeekRole = { kind: 'current' } | { kind: 'last' } | { kind: 'ago'; weeks: number };

export function weekRole(index: number, count: number): WeekRole {
  const back = count - 1 - index;
  return back <= 0 ? { kind: 'current' } : back === 1 ? { kind: 'last' } : { kind: 'ago', weeks: back };
}
