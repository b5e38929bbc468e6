/** What the page said about itself, each item with where it was found: she judges, we only show. */
import { countryName, t } from '../../shared/i18n';
import type { Evidence } from '../../shared/evidence';

export function EvidenceList({ evidence }: { evidence: Evidence }) {
  if (evidence.items.length === 0) return <p class="muted">{t('mineEvidenceNone')}</p>;
  return (
    <ul class="evidence" aria-label={t('mineEvidenceTitle')}>
      {evidence.items.map((item, i) => (
        <li key={i} data-kind={item.kind}>
          <strong>{t(`mineKind_${item.kind.replace('-', '_')}`)}</strong> {item.value}
          {item.country && ` · ${countryName(item.country)}`}
          {item.valid === false && <span class="pill">{t('mineBizInvalid')}</span>}
          <span class="sub muted">
            {' '}— {t(item.where.area === 'footer' ? 'mineWhereFooter' : item.where.area === 'data' ? 'mineWhereData' : 'mineWherePage')} ({item.where.path})
            {item.where.hidden && ` · ${t('mineWhereHidden')}`}
          </span>
        </li>
      ))}
      {evidence.truncated && <li class="muted">{t('mineEvidenceTruncated')}</li>}
    </ul>
  );
}
