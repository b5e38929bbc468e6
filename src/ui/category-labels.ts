/** The catalogue key naming each coarse registry category (report breakdown, her add-site form). */
import type { Category } from '../registry/types';
import type { MessageKey } from '../shared/i18n';

export const CATEGORY_KEYS: Record<Category | 'unknown', MessageKey> = {
  chat: 'reportCatChat', search: 'reportCatSearch', image: 'reportCatImage', video: 'reportCatVideo',
  audio: 'reportCatAudio', writing: 'reportCatWriting', translation: 'reportCatTranslation',
  automation: 'reportCatAutomation', code: 'reportCatCode', productivity: 'reportCatProductivity',
  marketing: 'reportCatMarketing', education: 'reportCatEducation', other: 'reportCatOther', unknown: 'reportCatUnknown',
};
