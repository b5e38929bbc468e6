/** One line of the tally: a domestic/foreign bar and "국산 25% · 해외 75%" (foreign = 100 − domestic). */
import { t } from '../../shared/i18n';
import { percent } from '../../shared/share-points';
import { percentText } from '../format';

export function ShareRow({ label, share }: { label: string; share: number | null }) {
  const domestic = percent(share);
  return (
    <div class="share-row">
      <span class="share-label">{label}</span>{' '}
      {domestic === null ? (
        <span class="muted">{t('popupNoTime')}</span>
      ) : (
        <>
          <span class="share-bar" aria-hidden="true">
            <span class="bar-domestic" style={{ width: `${domestic}%` }} />
          </span>
          <span class="share-value">
            <strong class="domestic-text">{t('popupDomesticShare', percentText(domestic))}</strong>
            {' · '}
            <span class="foreign-text">{t('popupForeignShare', percentText(100 - domestic))}</span>
          </span>
        </>
      )}
    </div>
  );
}
