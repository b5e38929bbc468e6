/** "입력한 내용이 간 곳": this week's AI time by where the input went, next to the origin share. */
import { t } from '../../shared/i18n';
import { inputFlowSplit } from '../../shared/input-flow-split';
import type { ReportData } from '../../shared/report-types';
import type { WeekSummary } from '../../shared/week-summary';
import { duration } from '../format';

const PARTS = [['home', 'reportInputHome'], ['abroad', 'reportInputAbroad'], ['unknown', 'reportInputUnknown']] as const;

export function InputFlowPanel({ week, data }: { week: WeekSummary; data: ReportData }) {
  const split = inputFlowSplit(week, data.labels);
  if (split.total <= 0) return null;
  return (
    <section aria-labelledby="input-title" id="input-flow">
      <h2 id="input-title">{t('reportInputTitle')}</h2>
      <ul class="input-flow">
        {PARTS.map(([part, key]) => (
          <li key={part} class={`input-${part}`}>
            <span>{t(key)}</span> <strong>{`${Math.round((split[part] / split.total) * 100)}%`}</strong>{' '}
            <span class="muted">{duration(split[part])}</span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('reportInputHelp')}</p>
    </section>
  );
}
