/** This week at a glance: domestic vs foreign share, change against last week, countries, top tools. */
import { t } from '../../shared/i18n';
import type { ToolLabel, WeekPair } from '../../shared/popup-view';
import { pointsChange, signed } from '../../shared/share-points';
import type { Split, WeekSummary } from '../../shared/week-summary';
import { count, duration, shareText } from '../format';
import { CountryList } from './country-list';
import { ReportLink } from './report-link';
import { ShareRow } from './share-row';
import { TopTools } from './top-tools';

const visitShare = (v: Split): number | null => (v.domestic + v.foreign > 0 ? v.domestic / (v.domestic + v.foreign) : null);
const isEmpty = (w: WeekSummary): boolean => w.time.total === 0 && w.visits.total === 0;

export function WeekTally({ week, labels }: { week: WeekPair; labels: Record<string, ToolLabel> }) {
  const { current, previous } = week;
  return (
    <section class="tally" aria-labelledby="week-title">
      <header class="tally-head">
        <h2 id="week-title">{t('popupWeekTitle')}</h2>
        <ReportLink />
      </header>
      {isEmpty(current) ? <EmptyWeek previous={previous} /> : (
        <>
          <ShareRow label={t('popupShareTime')} share={current.domesticShare} />
          <ShareRow label={t('popupShareVisits')} share={visitShare(current.visits)} />
          <p class="change">{changeText(current, previous)}</p>
          <p class="muted totals">{t('popupTotals', [duration(current.time.total), count(current.visits.total)])}</p>
          <div class="columns">
            <CountryList rows={current.byCountry} />
            <TopTools rows={current.byTool.slice(0, 3)} labels={labels} />
          </div>
        </>
      )}
    </section>
  );
}

function changeText(current: WeekSummary, previous: WeekSummary): string {
  const change = pointsChange(current.domesticShare, previous.domesticShare);
  return change === null ? t('popupChangeNone') : t('popupChange', signed(change));
}

/** No AI use this week: a first-run welcome when there never was any, else last week's share. */
function EmptyWeek({ previous }: { previous: WeekSummary }) {
  if (isEmpty(previous)) {
    return (
      <div class="empty" id="first-run">
        <strong>{t('popupFirstRunTitle')}</strong>
        <p>{t('popupFirstRunBody')}</p>
      </div>
    );
  }
  const last = shareText(previous.domesticShare);
  return (
    <div class="empty">
      <p>{t('popupWeekEmpty')}</p>
      {last && <p class="muted">{t('popupLastWeekShare', last)}</p>}
    </div>
  );
}
