/** "연동: API · 웹훅 · Make · Zapier" / "연동 정보 없음", for the tools where connecting decides a switch. */
import type { Connector } from '../registry/types';
import type { ToolView } from '../shared/tool-view';
import { t } from '../shared/i18n';

export const CONNECTOR_NAMES = { make: 'Make', n8n: 'n8n', zapier: 'Zapier' } as const;

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

/**
 * For an automation platform she uses (Make, Zapier, n8n — by its registry id), whether a Korean tool has a
 * ready app there: "쓰시는 Make에 연결돼요", or that none was found or nobody checked.
 */
export function connectsTo(tool: Pick<ToolView, 'integrations'>, platform: Connector): string {
  const found = tool.integrations?.connectors;
  if (found?.includes(platform)) return t('integrationConnectsTo', CONNECTOR_NAMES[platform]);
  return found ? t('integrationNotOn', CONNECTOR_NAMES[platform]) : t('integrationUnchecked', CONNECTOR_NAMES[platform]);
}
