/**
 * The toolbar badge: the tool's country, domestic and foreign in different colours, per tab. In Korean the
 * badge says the country's name when it fits (중국, 미국, 체코 — most people don't read "CZ"), else the code.
 */
import browser from '../shared/browser';
import { vendorLabel } from '../registry/vendor-names';
import { countryName, localText, t, uiLanguage } from '../shared/i18n';
import type { ToolBrief } from '../registry/brief';
import { isDomestic } from '../registry/types';

/** Taegeuk blue for Korean tools; a warm orange for foreign ones. Both carry white text at ≥ 4.5:1. */
/** Two Hangul syllables fill the badge; longer names (프랑스, 싱가포르) fall back to the ISO code. */
const MAX_BADGE_HANGUL = 2;

export function badgeText(country: string): string {
  if (uiLanguage() !== 'ko') return country;
  const name = countryName(country, 'ko');
  return /^[가-힣]+$/.test(name) && name.length <= MAX_BADGE_HANGUL ? name : country;
}

export const BADGE_COLORS = { domestic: '#0047A0', foreign: '#B33F00' } as const;

export async function showBadge(tabId: number, tool: Pick<ToolBrief, 'name' | 'vendor' | 'country'> | null): Promise<void> {
  if (!tool) {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: '' }),
      browser.action.setTitle({ tabId, title: t('extName') }),
    ]);
    return;
  }
  const title = t('badgeTitle', [localText(tool.name), vendorLabel(tool.vendor, uiLanguage()), countryName(tool.country)]);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(tool.country) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: isDomestic(tool) ? BADGE_COLORS.domestic : BADGE_COLORS.foreign }),
    browser.action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
