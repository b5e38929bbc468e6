/** A ranked list with proportional bars (country, category, tool): label, time and share of the week. */
import { Flag } from '../../ui/flag';
import { duration } from '../format';

/** Which of the three origin parts a row belongs to (its bar colour); null: none (categories, unknown). */
export type Side = 'domestic' | 'mixed' | 'foreign' | null;
/** `country`: the row's flag (a bundled SVG) shown before its label. */
export interface BarRow { key: string; label: string; ms: number; side?: Side; country?: string }

export function BarList({ rows, total, label }: { rows: BarRow[]; total: number; label: string }) {
  const shown = rows.filter((r) => r.ms > 0);
  if (shown.length === 0 || total <= 0) return null;
  return (
    <ul class="bar-list" aria-label={label}>
      {shown.map((row) => {
        const share = Math.round((row.ms / total) * 100);
        return (
          <li key={row.key} class={row.side ?? 'unknown'}>
            <span class="bar-name">{row.country && <><Flag code={row.country} />{' '}</>}{row.label}</span>
            <span class="bar-track" aria-hidden="true"><span class="bar-fill" style={{ width: `${share}%` }} /></span>
            <span class="bar-value">{`${share}% · ${duration(row.ms)}`}</span>
          </li>
        );
      })}
    </ul>
  );
}
