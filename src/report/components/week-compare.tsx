/** This week vs last week: domestic and foreign share of AI time and of visits, with the change in points. */
import { t } from '../../shared/i18n';
import { percent, pointsChange, signed } from '../../shared/share-points';
import type { Split, WeekSummary } from '../../shared/week-summary';
import { duration, weekRange } from '../format';

const visitShare = (v: Split): number | null => (v.domestic + v.foreign > 0 ? v.domestic / (v.domestic + v.foreign) : null);

function ShareRow({ id, label, current, previous }: { id: string; label: string; current: number | null; previous: number | null }) {
  const now = percent(current);
  const change = pointsChange(current, previous);
  return (
    <div class="share-row" id={id}>
      <span class="share-label">{label}</span>
      {now === null ? (
        <span class="muted">{t('reportNoUse')}</span>
      ) : (
        <>
          <span class="share-bar" aria-hidden="true">
            <span class="bar-domestic" style={{ width: `${now}%` }} />
          </span>
          <span class="share-value">
            <strong class="domestic-text">{t('reportDomesticPercent', String(now))}</strong>
            {' · '}
            <span class="foreign-text">{t('reportForeignPercent', String(100 - now))}</span>
          </span>
          <span class="change">{change === null ? '' : t('reportChangePoints', signed(change))}</span>
        </>
      )}
    </div>
  );
}

export function WeekCompare({ current, previous }: { current: WeekSummary; previous: WeekSummary }) {
  return (
    <section aria-labelledby="week-title">
      <h2 id="week-title">{t('reportThisWeek')} <span class="muted">{weekRange(current.start, current.end)}</span></h2>
      <ShareRow id="share-time" label={t('reportShareTime')} current={current.domesticShare} previous={previous.domesticShare} />
      <ShareRow id="share-visits" label={t('reportShareVisits')} current={visitShare(current.visits)} previous={visitShare(previous.visits)} />
      <p class="muted" id="week-totals">
        {t('reportTotals', [duration(current.time.total), String(current.visits.total)])}
        {' · '}
        {t('reportLastWeekTotals', [duration(previous.time.total), String(previous.visits.total)])}
      </p>
    </section>
  );
}
