/** Message catalogue access and locale-aware names. Every user-visible string lives in _locales. */
import browser from './browser';
import type { LocalText } from '../registry/types';

export const t = (key: string, substitutions?: string | string[]): string =>
  browser.i18n.getMessage(key, substitutions) || key;

/** 'ko' when the browser UI is Korean, else 'en' (our two catalogues). */
export const uiLanguage = (): 'ko' | 'en' =>
  browser.i18n.getUILanguage().toLowerCase().startsWith('ko') ? 'ko' : 'en';

export const localText = (text: LocalText): string => text[uiLanguage()];

const regionNames = new Map<string, Intl.DisplayNames>();
/** 미국 / United States, from the ISO code, via Intl (no country table to maintain). */
export function countryName(code: string, lang: string = uiLanguage()): string {
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** 🇺🇸 from "US": two regional-indicator symbols. (Windows shows the letters instead of a flag.) */
export const flag = (code: string): string =>
  /^[A-Z]{2}$/.test(code) ? String.fromCodePoint(...[...code].map((c) => 0x1f1a5 + c.charCodeAt(0))) : '';
