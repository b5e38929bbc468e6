/**
 * Messages that depend on a count, with real plural forms: the catalogue holds `<key>_one`, `<key>_other`
 * (the CLDR categories of English; Korean has only `other`, so its `_one` repeats `_other`): "Goal met 1 week
 * in a row" / "4 weeks in a row". Our two languages need no `Intl.PluralRules` — English's "one" is exactly
 * the whole number 1 — and the popup, which counts visits as it opens, builds no Intl object (issue 19).
 */
import { t, type MessageKey } from '../shared/i18n';

/** Keys that come in plural forms: `<base>_other` exists in the catalogue. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

export function plural(key: PluralKey, n: number, substitutions: string[] = [String(n)]): string {
  return t(n === 1 ? `${key}_one` as MessageKey : `${key}_other`, substitutions);
}
