/**
 * Country names for the countries the registry mentions, in both UI languages, computed at build time.
 * A fresh worker that builds `Intl.DisplayNames` for the badge title pays ~10 ms on a cold AI-page visit;
 * a table of ~40 names costs nothing at start. Other codes (her own entries) still go through Intl.
 */
import type { Tool } from '../registry/types';

export type CountryNames = Record<'ko' | 'en', Record<string, string>>;

export function registryCountries(tools: readonly Tool[]): string[] {
  const codes = new Set<string>(['KR']);
  for (const t of tools) {
    codes.add(t.country);
    if (t.legalCountry) codes.add(t.legalCountry);
    if (t.parent) codes.add(t.parent.country);
    for (const m of t.models ?? []) codes.add(m.country);
    for (const d of t.dataCountries ?? []) codes.add(d.country);
  }
  return [...codes].sort();
}

export function countryNames(tools: readonly Tool[]): CountryNames {
  const table: CountryNames = { ko: {}, en: {} };
  for (const lang of ['ko', 'en'] as const) {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    for (const code of registryCountries(tools)) table[lang][code] = names.of(code) ?? code;
  }
  return table;
}
