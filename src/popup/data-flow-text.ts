/**
 * Where what she types goes, from the registry's `dataCountries` (the service's own privacy disclosure):
 * "미국 (Anthropic, OpenAI) · 한국 (Naver Cloud)". Grouped by country, home country last.
 */
import { HOME_COUNTRY, type DataCountry } from '../registry/types';
import { countryName, t } from '../shared/i18n';
import { listText } from './model-names';

export function dataFlowText(items: readonly DataCountry[]): string {
  const byCountry = new Map<string, string[]>();
  for (const d of items) byCountry.set(d.country, [...(byCountry.get(d.country) ?? []), d.recipient]);
  const countries = [...byCountry.keys()].sort((a, b) => Number(a === HOME_COUNTRY) - Number(b === HOME_COUNTRY) || a.localeCompare(b));
  return countries.map((c) => t('popupModelItem', [countryName(c), byCountry.get(c)!.join(', ')])).join(' · ');
}

/** Countries outside Korea that receive her input (the surprise on a Korean service). */
export const abroad = (items: readonly DataCountry[] | undefined): string[] =>
  [...new Set((items ?? []).filter((d) => d.country !== HOME_COUNTRY).map((d) => d.country))];

export const abroadText = (items: readonly DataCountry[] | undefined): string => listText(abroad(items).map((c) => countryName(c)));
