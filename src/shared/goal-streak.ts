/**
 * The weekly domestic-share goal: this week's progress and the streak of weeks that met it. Shares are
 * compared as the whole percent the page shows, so "30% of a 30% goal" is always met. A week without
 * any AI use neither counts nor breaks the streak (not using AI is not a failure).
 */
import { percent } from './share-points';
import type { WeekSummary } from './week-summary';

export interface GoalStatus {
  goal: number;
  /** This week's domestic share in percent (null: no AI use yet). */
  current: number | null;
  met: boolean;
  /** Consecutive weeks met, ending with this week if it is met already, else with last week. */
  streak: number;
  /** The streak reaches back to the oldest week we looked at: it may be longer. */
  atLeast: boolean;
}

const weekMet = (week: WeekSummary, goal: number): boolean | null => {
  const p = percent(week.domesticShare);
  return p === null ? null : p >= goal;
};

/** `weeks` oldest first, the last one the current week; null when no goal is set. */
export function goalStatus(weeks: readonly WeekSummary[], goalPercent: number): GoalStatus | null {
  if (goalPercent <= 0 || weeks.length === 0) return null;
  const current = weeks[weeks.length - 1]!;
  const met = weekMet(current, goalPercent) === true;
  let streak = met ? 1 : 0;
  let i = weeks.length - 2;
  for (; i >= 0; i--) {
    const result = weekMet(weeks[i]!, goalPercent);
    if (result === false) break;
    if (result) streak++;
  }
  return { goal: goalPercent, current: percent(current.domesticShare), met, streak, atLeast: i < 0 && streak > 0 };
}
