/** The shape of one registry entry. See README.md beside this file for what each field means. */

export const CATEGORIES = [
  'chat', 'search', 'image', 'video', 'audio', 'writing', 'translation',
  'automation', 'code', 'productivity', 'marketing', 'education', 'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LocalText { ko: string; en: string }
export interface Company { name: string; country: string }
export interface Model { name: string; vendor: string; country: string }
export interface ToolStatus { state: 'shutdown' | 'renamed'; date: string; note: string }

export interface Tool {
  id: string;
  name: LocalText;
  vendor: string;
  country: string;
  parent?: Company;
  legalCountry?: string;
  models?: Model[];
  category: Category;
  also?: Category[];
  hosts: string[];
  freeTier?: boolean;
  fit?: LocalText;
  status?: ToolStatus;
  sources: string[];
  verified: string;
  confidence: 'high' | 'medium';
  note?: string;
}

/** The country whose tools count as "domestic" for our users. */
export const HOME_COUNTRY = 'KR';

export const isDomestic = (tool: Pick<Tool, 'country'>): boolean => tool.country === HOME_COUNTRY;
