/** Message catalogue access and locale-aware names. Every user-visible string lives in _locales. */
import browser from './browser';
import type { LocalText } from '../registry/types';
import en from '../_locales/en/messages.json';
import ko from '../_locales/ko/messages.json';
import { formatMessage, type Catalogue } from './message-format';

const catalogues: Record<'ko' | 'en', Catalogue> = { ko, en };
const browserLanguage = (): 'ko' | 'en' => (browser.i18n.getUILanguage().toLowerCase().startsWith('ko') ? 'ko' : 'en');
let override: 'ko' | 'en' | null = null;

/**
 * The user's language setting. The browser always picks its own UI language for `i18n.getMessage`, so a
 * different choice is served from the bundled catalogue instead.
 */
export function applyLanguageSetting(language: 'auto' | 'ko' | 'en'): void {
  override = language === 'auto' ? null : language;
  if (typeof document !== 'undefined') document.documentElement.lang = uiLanguage();
}

export function t(key: string, substitutions?: string | string[]): string {
  if (override && override !== browserLanguage()) return formatMessage(catalogues[override], key, substitutions) || key;
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** 'ko' or 'en': the user's choice, else the browser's UI language (Korean → ko, anything else → en). */
export const uiLanguage = (): 'ko' | 'en' => override ?? browserLanguage();

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
