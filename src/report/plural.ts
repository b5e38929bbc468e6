/**
 * Messages that depend on a count, with real plural forms: the catalogue holds `<key>_one`, `<key>_other`
 * (the CLDR categories of English; Korean has only `other`, so its `_one` repeats `_other`), and
 * Intl.PluralRules picks one for the UI language: "Goal met 1 week in a row" / "4 weeks in a row".
 */
import { t, uiLanguage, type MessageKey } from '../shared/i18n';

/** Keys that come in plural forms: `<base>_other` exists in the catalogue. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

const rules = new Map<string, Intl.PluralRules>();

export function plural(key: PluralKey, n: number, substitutions: string[] = [String(n)]): string {
  const language = uiLanguage();
  let rule = rules.get(language);
  if (!rule) rules.set(language, (rule = new Intl.PluralRules(language)));
  const wanted = `${key}_${rule.select(n)}` as MessageKey;
  const text = t(wanted, substitutions);
  // A category the catalogue does not spell out (e.g. "two" in another language) reads as "other".
  return text === wanted ? t(`${key}_other`, substitutions) : text;
}
