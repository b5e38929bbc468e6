/**
 * What the page said about itself, each item with where it was found: she judges, we only show. The
 * first few items show; the rest are one click away, so the form still fits the popup.
 */
import { countryName, t, type MessageKey } from '../../shared/i18n';
import type { Evidence, EvidenceItem, EvidenceKind } from '../../shared/evidence';

export const SHOWN_ITEMS = 3;

const KIND_KEYS: Record<EvidenceKind, MessageKey> = {
  'business-number': 'mineKind_business_number', company: 'mineKind_company', representative: 'mineKind_representative',
  'mail-order': 'mineKind_mail_order', address: 'mineKind_address', copyright: 'mineKind_copyright',
  impressum: 'mineKind_impressum', organization: 'mineKind_organization', link: 'mineKind_link',
};

function Item({ item }: { item: EvidenceItem }) {
  return (
    <li data-kind={item.kind}>
      <strong>{t(KIND_KEYS[item.kind])}</strong> {item.value}
      {item.country && ` · ${countryName(item.country)}`}
      {item.valid === false && <span class="mine-tag">{t('mineBizInvalid')}</span>}{' '}
      <span class="sub muted">
        {t(item.where.area === 'footer' ? 'mineWhereFooter' : item.where.area === 'data' ? 'mineWhereData' : 'mineWherePage')} ({item.where.path})
        {item.where.hidden && ` · ${t('mineWhereHidden')}`}
      </span>
    </li>
  );
}

export function EvidenceList({ evidence }: { evidence: Evidence }) {
  if (evidence.items.length === 0) return <p class="muted">{t('mineEvidenceNone')}</p>;
  const first = evidence.items.slice(0, SHOWN_ITEMS);
  const rest = evidence.items.slice(SHOWN_ITEMS);
  return (
    <div class="evidence-wrap">
      <ul class="evidence" aria-label={t('mineEvidenceTitle')}>
        {first.map((item, i) => <Item key={i} item={item} />)}
      </ul>
      {rest.length > 0 && (
        <details class="evidence-more">
          <summary>{t('mineEvidenceMore', String(rest.length))}</summary>
          <ul class="evidence">{rest.map((item, i) => <Item key={i} item={item} />)}</ul>
        </details>
      )}
      {evidence.truncated && <p class="muted">{t('mineEvidenceTruncated')}</p>}
    </div>
  );
}
