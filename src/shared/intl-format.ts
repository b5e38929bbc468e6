/**
 * Intl formatters in the UI language, each built once per language and options. Building one loads locale
 * data (the popup's opening paid ~6 ms for its number and date formatters, so it now writes those itself:
 * popup/format.ts; issue 19). Keyed by language too: the report can switch language while it is open.
 */
import { uiLanguage } from './i18n';

const built = new Map<string, unknown>();

function reuse<T>(kind: string, options: object, make: (language: string) => T): T {
  const language = uiLanguage();
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let formatter = built.get(key) as T | undefined;
  if (!formatter) built.set(key, (formatter = make(language)));
  return formatter;
}

export const dateFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  reuse('date', options, (language) => new Intl.DateTimeFormat(language, options));

export const listFormat = (options: Intl.ListFormatOptions): Intl.ListFormat =>
  reuse('list', options, (language) => new Intl.ListFormat(language, options));
