/**
 * The strings a cold worker needs to answer a page visit — the badge's title — copied from both
 * catalogues at build time. A fresh worker's first `i18n.getMessage` fetches the whole catalogue from the
 * browser (~7 ms of a cold AI-page visit, issue 19); two strings in the script cost nothing at start.
 * Every other string still comes from `getMessage`.
 */
import type { Catalogue } from '../shared/message-format';

export const BUILT_MESSAGE_KEYS = ['badgeTitle', 'extName'] as const;

export function builtMessages(catalogues: Record<'ko' | 'en', Catalogue>): Record<'ko' | 'en', Catalogue> {
  const pick = (catalogue: Catalogue): Catalogue => {
    const out: Catalogue = {};
    for (const key of BUILT_MESSAGE_KEYS) {
      const entry = catalogue[key];
      if (!entry) throw new Error(`message "${key}" is missing from a catalogue`);
      // Only what formatting reads: the description is for translators.
      out[key] = { message: entry.message, ...(entry.placeholders ? { placeholders: entry.placeholders } : {}) };
    }
    return out;
  };
  return { ko: pick(catalogues.ko), en: pick(catalogues.en) };
}
