/**
 * The weekly goal on the share of AI time spent on Korean services (국산 + 국내 서비스·해외 모델, i.e.
 * `domesticShare`). Only COMPLETED weeks are judged: a week in progress has its share shown but is never
 * called met or missed, and never counts in the streak (one Monday morning is not a week). Shares are
 * compared as the whole percent the page shows, so "30% of a 30% goal" is always met. A week without any AI
 * use neither counts nor breaks the streak (not using AI is not a failure).
 */
import { percent } from './share-points';
import type { WeekSummary } from './week-summary';

export interface WeekGoal {
  /** The week's Korean-service share in percent (null: no AI use that week). */
  percent: number | null;
  /** Met or missed; null when not judged (the week is in progress, or had no AI use). */
  met: boolean | null;
}

export interface Streak {
  /** Consecutive completed weeks that met the goal, ending with the last completed week. */
  weeks: number;
  /** The streak reaches back to the oldest week we looked at, which met the goal: it may be longer. */
  atLeast: boolean;
}

/** One week against the goal (goal in percent, > 0). */
export function weekGoal(week: WeekSummary, goalPercent: number, inProgress: boolean): WeekGoal {
  const p = percent(week.domesticShare);
  return { percent: p, met: inProgress || p === null ? null : p >= goalPercent };
}

/** `completed`: completed weeks, oldest first (leave the week in progress out). Null when no goal is set. */
export function goalStreak(completed: readonly WeekSummary[], goalPercent: number): Streak | null {
  if (goalPercent <= 0) return null;
  let weeks = 0;
  let i = completed.length - 1;
  for (; i >= 0; i--) {
    const { met } = weekGoal(completed[i]!, goalPercent, false);
    if (met === false) break;
    if (met) weeks++;
  }
  // Empty weeks at the start (before the extension was installed) say nothing about what came before.
  return { weeks, atLeast: i < 0 && completed.length > 0 && weekGoal(completed[0]!, goalPercent, false).met === true };
}
