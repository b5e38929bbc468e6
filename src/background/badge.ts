/** The toolbar badge: the tool's country code, domestic and foreign in different colours, per tab. */
import browser from '../shared/browser';
import { countryName, localText, t } from '../shared/i18n';
import type { ToolView } from '../shared/tool-view';

/** Taegeuk blue for Korean tools; a warm orange for foreign ones. Both carry white text at ≥ 4.5:1. */
export const BADGE_COLORS = { domestic: '#0047A0', foreign: '#B33F00' } as const;

export async function showBadge(tabId: number, tool: ToolView | null): Promise<void> {
  if (!tool) {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: '' }),
      browser.action.setTitle({ tabId, title: t('extName') }),
    ]);
    return;
  }
  const title = t('badgeTitle', [localText(tool.name), tool.vendor, countryName(tool.country)]);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: tool.country }),
    browser.action.setBadgeBackgroundColor({ tabId, color: tool.domestic ? BADGE_COLORS.domestic : BADGE_COLORS.foreign }),
    browser.action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
