/**
 * How the popup names the models behind a tool: "OpenAI GPT (미국)", and "자체 모델 · 미국" for the vendor's
 * own models (not "Midjourney, Inc. Midjourney (미국)"), joined as a list for the locale.
 */
import type { Model } from '../registry/types';
import { countryName, t } from '../shared/i18n';
import { listFormat } from '../shared/intl-format';

/** "OpenAI GPT", but "DeepSeek R1" rather than "DeepSeek DeepSeek R1". */
export const modelName = (m: Model): string =>
  m.name.toLowerCase().includes(m.vendor.toLowerCase()) ? m.name : `${m.vendor} ${m.name}`;

export const modelWithCountry = (m: Model): string => t('popupModelItem', [modelName(m), countryName(m.country)]);

/** Company names without legal-form noise, so "Midjourney, Inc." and "Midjourney" are the same maker. */
const LEGAL_FORMS = /\b(inc|llc|l\.l\.c|ltd|limited|co|corp|corporation|gmbh|ag|sas|s\.r\.o|pte|plc|bv|oy|ab|kk|technology|technologies)\b\.?|주식회사|\(주\)|[.,()]/g;
const core = (name: string): string => name.toLowerCase().replace(LEGAL_FORMS, ' ').replace(/\s+/g, ' ').trim();
export const sameMaker = (a: string, b: string): boolean => {
  const [x, y] = [core(a), core(b)];
  return x !== '' && y !== '' && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
};

/** The model row's items: the vendor's own models folded into one "자체 모델 · 미국" item per country. */
export function modelItems(models: readonly Model[], vendor: string): string[] {
  const own = new Set<string>();
  const items: string[] = [];
  for (const m of models) {
    if (!sameMaker(m.vendor, vendor)) items.push(modelWithCountry(m));
    else if (!own.has(m.country)) own.add(m.country), items.push(t('popupOwnModel', countryName(m.country)));
  }
  return items;
}

/** "A, B 및 C" / "A, B, and C". */
export const listText = (items: string[]): string =>
  listFormat({ style: 'long', type: 'conjunction' }).format(items);
