/**
 * The weekly goal for the chosen week, on a 0–100 % track with the goal marked, what the goal counts (one
 * plain line), and the streak of completed weeks. A week in progress is shown, never judged.
 */
import { goalStreak, weekGoal } from '../../shared/goal-streak';
import { t } from '../../shared/i18n';
import { threeParts } from '../../shared/share-points';
import type { WeekSummary } from '../../shared/week-summary';
import { plural } from '../../ui/plural';

function GoalTrack({ week, goal }: { week: WeekSummary; goal: number }) {
  const parts = threeParts(week.time) ?? { domestic: 0, mixed: 0, foreign: 100 };
  const korean = parts.domestic + parts.mixed;
  return (
    <div class="goal-track" role="img" aria-label={t('reportGoalTrackLabel', [String(korean), String(goal)])}>
      <span class="goal-fill bar-domestic" style={{ width: `${parts.domestic}%` }} />
      <span class="goal-fill bar-mixed" style={{ width: `${parts.mixed}%` }} />
      <span class="goal-mark" style={{ left: `${goal}%` }}>
        <span class={goal > 80 ? 'goal-mark-label end' : 'goal-mark-label'}>{t('reportGoalLine', String(goal))}</span>
      </span>
    </div>
  );
}

function progressText(result: ReturnType<typeof weekGoal>, goal: number, inProgress: boolean): string {
  const g = String(goal);
  if (result.percent === null) return t(inProgress ? 'reportGoalNoUseYet' : 'reportGoalNoUse', g);
  const p = String(result.percent);
  if (inProgress) return t('reportGoalInProgress', [p, g]);
  return result.met ? t('reportGoalMet', [p, g]) : t('reportGoalMissed', [p, g, String(goal - result.percent)]);
}

/** `weeks` oldest first, the last one in progress; `index` the week shown. */
export function GoalPanel({ weeks, index, goal }: { weeks: WeekSummary[]; index: number; goal: number }) {
  const streak = goalStreak(weeks.slice(0, -1), goal);
  const week = weeks[index]!;
  const inProgress = index === weeks.length - 1;
  return (
    <section aria-labelledby="goal-title" id="goal">
      <h2 id="goal-title">{t('reportGoalTitle')}</h2>
      {!streak ? (
        <p class="muted">{t('reportGoalNone')}</p>
      ) : (
        <>
          <GoalTrack week={week} goal={goal} />
          <p id="goal-progress">{progressText(weekGoal(week, goal, inProgress), goal, inProgress)}</p>
          <p class="muted" id="goal-counts">{t('reportGoalCounts')}</p>
          <p id="goal-streak">
            {streak.weeks === 0
              ? t('reportStreakNone')
              : plural(streak.atLeast ? 'reportStreakAtLeast' : 'reportStreak', streak.weeks)}
          </p>
        </>
      )}
    </section>
  );
}
