/** The three tools used most this week, with their flag and time (or visits when no time was counted). */
import { localText, t } from '../../shared/i18n';
import { Flag } from '../../ui/flag';
import type { ToolLabel } from '../../shared/popup-view';
import type { ToolRow } from '../../shared/week-summary';
import { duration, visitsText } from '../format';

export function TopTools({ rows, labels }: { rows: ToolRow[]; labels: Record<string, ToolLabel> }) {
  if (rows.length === 0) return null;
  return (
    <div>
      <h3 id="top-title">{t('popupTopTools')}</h3>
      <ol class="top-tools" aria-labelledby="top-title">
        {rows.map((row) => {
          const label = labels[row.toolId];
          return (
            <li key={row.toolId}>
              <span class="tool-name">
                <Flag code={label?.country ?? 'unknown'} />{' '}
                {label ? localText(label.name) : row.toolId}
                {label?.mine && <span class="mine-dot" title={t(label.mine === 'entry' ? 'mineMarkEntry' : 'mineMarkCorrection')}> ✎</span>}
              </span>{' '}
              <span class="tool-time">{row.ms > 0 ? duration(row.ms) : visitsText(row.visits)}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
