/**
 * ‹ week › at the top of the report: which week the whole page shows. Named "지난주", "이번 주 · 진행 중"
 * or "3주 전", with its dates; the arrows go back to the oldest week loaded and forward to the current one.
 */
import { t } from '../../shared/i18n';
import type { WeekSummary } from '../../shared/week-summary';
import { weekRange } from '../format';
import { plural } from '../../ui/plural';
import { useReportStore } from '../store';
import { weekRole, type WeekRole } from '../week-select';

export function weekName(role: WeekRole): string {
  if (role.kind === 'current') return t('reportThisWeek');
  if (role.kind === 'last') return t('reportLastWeek');
  return plural('reportWeeksAgo', role.weeks);
}

export function WeekSwitcher({ weeks, index }: { weeks: WeekSummary[]; index: number }) {
  const showWeek = useReportStore((s) => s.showWeek);
  const week = weeks[index]!;
  const role = weekRole(index, weeks.length);
  const go = (i: number) => showWeek(weeks[i]!.start);
  return (
    <nav class="week-nav" aria-label={t('reportWeekNav')}>
      <button type="button" class="week-step" id="week-prev" aria-label={t('reportWeekPrev')}
        disabled={index <= 0} onClick={() => go(index - 1)}>‹</button>
      <h2 id="week-title" aria-live="polite">
        <span class="week-name">{weekName(role)}</span>{' '}
        <span class="week-range">{weekRange(week.start, week.end)}</span>
        {role.kind === 'current' && <> <span class="in-progress-pill">{t('reportInProgress')}</span></>}
      </h2>
      <button type="button" class="week-step" id="week-next" aria-label={t('reportWeekNext')}
        disabled={index >= weeks.length - 1} onClick={() => go(index + 1)}>›</button>
    </nav>
  );
}
