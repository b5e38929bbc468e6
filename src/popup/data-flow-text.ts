/**
 * Where what she types goes, from the registry's `dataCountries` (the service's own privacy disclosure):
 * "미국 (Anthropic, OpenAI) · 한국 (Naver Cloud)". Grouped by country, home country last. Past a few
 * recipients the line names the countries and counts the companies ("미국 · 아일랜드 · 스웨덴 · 업체 7곳"):
 * seven names took four lines and pushed the popup past 600 px; `dataFlowText` still gives the full line
 * (shown on hover).
 */
import { HOME_COUNTRY, type DataCountry } from '../registry/types';
import { count } from './format';
import { countryName, t } from '../shared/i18n';
import { listText } from './model-names';

/** More recipients than this, and the line counts them instead of naming them. */
export const MAX_NAMED_RECIPIENTS = 3;

function byCountry(items: readonly DataCountry[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const d of items) groups.set(d.country, [...(groups.get(d.country) ?? []), d.recipient]);
  return [...groups].sort(([a], [b]) => Number(a === HOME_COUNTRY) - Number(b === HOME_COUNTRY) || a.localeCompare(b));
}

export function dataFlowText(items: readonly DataCountry[]): string {
  return byCountry(items).map(([c, recipients]) => t('popupModelItem', [countryName(c), recipients.join(', ')])).join(' · ');
}

/** The popup's line: every name while they fit, else the countries (most recipients first) and a count. */
export function dataFlowShort(items: readonly DataCountry[]): string {
  if (items.length <= MAX_NAMED_RECIPIENTS) return dataFlowText(items);
  const countries = byCountry(items).sort(([, a], [, b]) => b.length - a.length).map(([c]) => countryName(c));
  return t('popupDataFlowMany', [countries.join(' · '), count(items.length)]);
}

/** Countries outside Korea that receive her input (the surprise on a Korean service). */
export const abroad = (items: readonly DataCountry[] | undefined): string[] =>
  [...new Set((items ?? []).filter((d) => d.country !== HOME_COUNTRY).map((d) => d.country))];

export const abroadText = (items: readonly DataCountry[] | undefined): string => listText(abroad(items).map((c) => countryName(c)));
