/** Message catalogue access and locale-aware names. Every user-visible string lives in _locales. */
import browser from './browser';
import type { LocalText } from '../registry/types';
import { formatMessage, type Catalogue } from './message-format';
import type koCatalogue from '../_locales/ko/messages.json';

/** Every key of the default (Korean) catalogue: a typo is a type error, not a raw key shown to the user. */
export type MessageKey = keyof typeof koCatalogue;

type Language = 'ko' | 'en';
/**
 * The manifest's `default_locale`: what `i18n.getMessage` serves a browser in a language we have no
 * catalogue for (Japanese, German…). Names and dates follow it too, so such a browser reads one language.
 */
export const DEFAULT_LANGUAGE: Language = 'ko';
const browserLanguage = (): Language => {
  const ui = browser.i18n.getUILanguage().toLowerCase();
  return ui.startsWith('ko') ? 'ko' : ui.startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
};
const catalogues = new Map<Language, Catalogue>();
let override: Language | null = null;

/** Reads one of our own packaged catalogues (an extension file, never the network: CSP allows 'self' only). */
const readCatalogue = async (language: Language): Promise<Catalogue> =>
  (await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`))).json() as Promise<Catalogue>;

/**
 * The user's language setting. The browser always picks its own UI language for `i18n.getMessage`, so a
 * different choice is served from that language's catalogue, loaded once when first needed (bundling
 * both catalogues into every page would cost ~27 KB each). If it cannot be read, the browser's wins.
 */
export async function applyLanguageSetting(language: 'auto' | Language, load = readCatalogue): Promise<void> {
  const wanted = language === 'auto' || language === browserLanguage() ? null : language;
  if (wanted && !catalogues.has(wanted)) {
    try {
      catalogues.set(wanted, await load(wanted));
    } catch {
      return;
    }
  }
  override = wanted;
  if (typeof document !== 'undefined') document.documentElement.lang = uiLanguage();
}

/** A few strings copied from the catalogues at build time (src/build/built-messages.ts); absent in tests. */
declare const __BUILT_MESSAGES__: Record<Language, Catalogue> | undefined;
const BUILT_MESSAGES = typeof __BUILT_MESSAGES__ === 'undefined' ? undefined : __BUILT_MESSAGES__;

/** The catalogue `t` formats from itself: the chosen language's, or, for their keys, the built strings. */
function ownCatalogue(key: string): Catalogue | undefined {
  if (override) return catalogues.get(override);
  return BUILT_MESSAGES && key in BUILT_MESSAGES.ko ? BUILT_MESSAGES[browserLanguage()] : undefined;
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const catalogue = ownCatalogue(key);
  if (catalogue && key in catalogue) return formatMessage(catalogue, key, substitutions) || key;
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** 'ko' or 'en': the user's choice, else the browser's UI language (Korean → ko, anything else → en). */
export const uiLanguage = (): Language => override ?? browserLanguage();

export const localText = (text: LocalText): string => text[uiLanguage()];

/** Where Intl's name differs from everyday Korean usage (Chromium says 오스트레일리아 and 대한민국). */
const KOREAN_NAMES: Record<string, string> = { AU: '호주', KR: '한국' };

/** The registry's countries, named at build time (build.ts); absent in tests, where Intl answers. */
declare const __COUNTRY_NAMES__: Record<string, Record<string, string>> | undefined;
const BUILT_NAMES = typeof __COUNTRY_NAMES__ === 'undefined' ? undefined : __COUNTRY_NAMES__;

const regionNames = new Map<string, Intl.DisplayNames>();
/** 미국 / United States, from the ISO code: the build's table, else Intl (no table to maintain by hand). */
export function countryName(code: string, lang: string = uiLanguage()): string {
  if (lang === 'ko' && KOREAN_NAMES[code]) return KOREAN_NAMES[code];
  const built = BUILT_NAMES?.[lang]?.[code];
  if (built) return built;
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
