/**
 * The three-part origin share used wherever a share is shown: 국산 / 국내 서비스·해외 모델 / 해외, as one
 * stacked bar and a legend whose numbers add up to 100. A Korean service on a foreign model is neither
 * hidden in "국산" nor counted as foreign.
 */
import { t } from '../shared/i18n';
import type { ThreeParts } from '../shared/share-points';

const PARTS = [
  ['domestic', 'sharePartDomestic'],
  ['mixed', 'sharePartMixed'],
  ['foreign', 'sharePartForeign'],
] as const;

/** `compact` (the popup): parts at 0 % are left out of the legend, as they are of the bar. */
export function ShareParts({ parts, id, compact = false }: { parts: ThreeParts; id?: string; compact?: boolean }) {
  return (
    <div class="share-parts" id={id}>
      <span class="share-bar" aria-hidden="true">
        {PARTS.map(([part]) => parts[part] > 0 && <span key={part} class={`bar-${part}`} style={{ width: `${parts[part]}%` }} />)}
      </span>
      <ul class="share-legend">
        {PARTS.filter(([part]) => !compact || parts[part] > 0).map(([part, key]) => (
          <li key={part} class={`legend-${part}`}>
            <span class="dot" aria-hidden="true" />
            {t(key, String(parts[part]))}
          </li>
        ))}
      </ul>
    </div>
  );
}
