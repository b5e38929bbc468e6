/** How the popup names the models behind a tool: "OpenAI GPT (미국)", joined as a list for the locale. */
import type { Model } from '../registry/types';
import { countryName, t, uiLanguage } from '../shared/i18n';

/** "OpenAI GPT", but "DeepSeek R1" rather than "DeepSeek DeepSeek R1". */
export const modelName = (m: Model): string =>
  m.name.toLowerCase().includes(m.vendor.toLowerCase()) ? m.name : `${m.vendor} ${m.name}`;

export const modelWithCountry = (m: Model): string => t('popupModelItem', [modelName(m), countryName(m.country)]);

/** "A, B 및 C" / "A, B, and C". */
export const listText = (items: string[]): string =>
  new Intl.ListFormat(uiLanguage(), { style: 'long', type: 'conjunction' }).format(items);
