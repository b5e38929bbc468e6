/**
 * This week at a glance: time leads — the three-part origin share of AI time, the change against last
 * week in words, then visits as a line of text, countries and top tools. Until a whole minute has been
 * counted there is no bar and no percent anywhere (countries by visits): one page load must not read as
 * "해외 100%".
 */
import { t } from '../../shared/i18n';
import type { ToolLabel, WeekPair } from '../../shared/popup-view';
import { MIN_SHARE_MS, pointsChange, signed, threeParts } from '../../shared/share-points';
import type { WeekSummary } from '../../shared/week-summary';
import { ShareParts } from '../../ui/share-parts';
import { duration, shareText, visitsText } from '../format';
import { CountryList } from './country-list';
import { ReportLink } from './report-link';
import { TopTools } from './top-tools';

const isEmpty = (w: WeekSummary): boolean => w.time.total === 0 && w.visits.total === 0;

export function WeekTally({ week, labels, columns = true }: {
  week: WeekPair; labels: Record<string, ToolLabel>;
  /** The country and top-tool columns; left to the report under a tall label (fit-level.ts). */
  columns?: boolean;
}) {
  const { current, previous } = week;
  const worthShares = current.time.total >= MIN_SHARE_MS;
  // Null also when every minute was on tools of unknown origin (they left the registry): no bar, but not "too early".
  const parts = worthShares ? threeParts(current.time) : null;
  return (
    <section class="tally" aria-labelledby="week-title">
      <header class="tally-head">
        <h2 id="week-title">{t('popupWeekTitle')}</h2>
        <ReportLink />
      </header>
      {isEmpty(current) ? <EmptyWeek previous={previous} /> : (
        <>
          <p class="totals">
            <strong>{t('popupTimeTotal', duration(current.time.total))}</strong>
            <span class="muted">{' · '}{visitsText(current.visits.total)}</span>
          </p>
          {parts ? (
            <>
              <ShareParts parts={parts} id="share-time" compact />
              <p class="change">{changeText(current, previous)}</p>
            </>
          ) : !worthShares && (
            <p class="muted" id="share-too-early">{t('popupTooEarly')}</p>
          )}
          {columns && (
            <div class="columns">
              <CountryList rows={current.byCountry} shares={worthShares} />
              <TopTools rows={current.byTool.slice(0, 3)} labels={labels} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function changeText(current: WeekSummary, previous: WeekSummary): string {
  const change = pointsChange(current.domesticShare, previous.domesticShare);
  if (change === null) return t('popupChangeNone');
  return change === 0 ? t('popupChangeSame') : t('popupChange', signed(change));
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
