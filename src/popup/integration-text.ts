/** "연동: API · 웹훅 · Make · Zapier" / "연동 정보 없음", for the tools where connecting decides a switch. */
import type { ToolView } from '../shared/tool-view';
import { t } from '../shared/i18n';

const CONNECTOR_NAMES = { make: 'Make', n8n: 'n8n', zapier: 'Zapier' } as const;

/** Unknown facts say so ("연동 정보 없음"), never a guess. */
export function integrationText(tool: Pick<ToolView, 'integrations'>): string {
  const i = tool.integrations;
  if (!i) return t('integrationNone');
  const parts = [
    ...(i.api === 'self-serve' ? [t('integrationApi')] : i.api === 'contract' ? [t('integrationApiContract')] : []),
    ...(i.webhooks ? [t('integrationWebhooks')] : []),
    ...(i.connectors ?? []).map((c) => CONNECTOR_NAMES[c]),
  ];
  if (parts.length) return t('integrationLine', parts.join(' · '));
  return i.api === 'none' ? t('integrationNoApi') : t('integrationNone');
}
