/** Countries offered in her forms (the common ones first; anything else she can type as a code). */
export const COUNTRY_CHOICES = ['KR', 'US', 'CN', 'JP', 'DE', 'FR', 'GB', 'CA', 'IL', 'SG', 'TW', 'CZ', 'NL', 'CH', 'SE', 'AT', 'AU', 'IN'] as const;
