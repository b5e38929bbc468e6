/** The weekly domestic-share goal: progress this week and the streak of weeks met. */
import { goalStatus } from '../../shared/goal-streak';
import { t } from '../../shared/i18n';
import type { WeekSummary } from '../../shared/week-summary';

export function GoalPanel({ weeks, goal }: { weeks: WeekSummary[]; goal: number }) {
  const status = goalStatus(weeks, goal);
  return (
    <section aria-labelledby="goal-title" id="goal">
      <h2 id="goal-title">{t('reportGoalTitle')}</h2>
      {!status ? (
        <p class="muted">{t('reportGoalNone')}</p>
      ) : (
        <>
          <p>
            <progress max={status.goal} value={Math.min(status.current ?? 0, status.goal)} aria-label={t('reportGoalTitle')} />{' '}
            <span id="goal-progress">
              {status.current === null
                ? t('reportGoalNoUse', String(status.goal))
                : t(status.met ? 'reportGoalMet' : 'reportGoalProgress', [String(status.current), String(status.goal)])}
            </span>
          </p>
          <p id="goal-streak">
            {status.streak === 0
              ? t('reportStreakNone')
              : t(status.atLeast ? 'reportStreakAtLeast' : 'reportStreak', String(status.streak))}
          </p>
        </>
      )}
    </section>
  );
}
