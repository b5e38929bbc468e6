/**
 * The chosen week against the week before it: the three-part share (국산 / 국내 서비스·해외 모델 / 해외) of
 * AI time and of visits, the change in the share the goal counts (Korean services), and the totals.
 */
import { t } from '../../shared/i18n';
import { pointsChange, signed, splitShare, threeParts } from '../../shared/share-points';
import type { Split, WeekSummary } from '../../shared/week-summary';
import { ShareParts } from '../../ui/share-parts';
import { duration } from '../format';
import { plural } from '../../ui/plural';

/** What the week is compared with: last week (the week shown is the current one) or the week before it. */
export type Versus = 'last' | 'before';

/** "지난주보다 국내 서비스 +7%p", "전 주와 같아요"; '' when either week had no use. */
export function changeText(current: Split, previous: Split, versus: Versus): string {
  const change = pointsChange(splitShare(current), splitShare(previous));
  if (change === null) return '';
  if (change === 0) return t(versus === 'last' ? 'reportSameAsLast' : 'reportSameAsBefore');
  return t(versus === 'last' ? 'reportChangeVsLast' : 'reportChangeVsBefore', signed(change));
}

function ShareRow({ id, label, current, previous, versus }: { id: string; label: string; current: Split; previous: Split; versus: Versus }) {
  const parts = threeParts(current);
  return (
    <div class="share-row" id={id}>
      <span class="share-label">{label}</span>
      {parts ? <ShareParts parts={parts} /> : <span class="muted">{t('reportNoUse')}</span>}
      <span class="change">{parts ? changeText(current, previous, versus) : ''}</span>
    </div>
  );
}

const amount = (w: WeekSummary): [string, string] => [duration(w.time.total), plural('countVisits', w.visits.total)];

export function WeekCompare({ week, previous, inProgress }: { week: WeekSummary; previous: WeekSummary; inProgress: boolean }) {
  const versus: Versus = inProgress ? 'last' : 'before';
  return (
    <section aria-labelledby="week-title" class="week-compare">
      <ShareRow id="share-time" label={t('reportShareTime')} current={week.time} previous={previous.time} versus={versus} />
      <ShareRow id="share-visits" label={t('reportShareVisits')} current={week.visits} previous={previous.visits} versus={versus} />
      <p class="muted" id="week-totals">
        <span class="nowrap">{t(inProgress ? 'reportTotalsSoFar' : 'reportTotals', amount(week))}</span>
        {' · '}
        <span class="nowrap">{t(inProgress ? 'reportTotalsLast' : 'reportTotalsBefore', amount(previous))}</span>
      </p>
    </section>
  );
}
