/** The shape of one registry entry. See README.md beside this file for what each field means. */
import type { Job } from './jobs';

export const CATEGORIES = [
  'chat', 'search', 'image', 'video', 'audio', 'writing', 'translation',
  'automation', 'code', 'productivity', 'marketing', 'education', 'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SOURCE_KINDS = ['official', 'filing', 'press', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const CONNECTORS = ['make', 'n8n', 'zapier'] as const;
export type Connector = (typeof CONNECTORS)[number];
export const API_ACCESS = ['self-serve', 'contract', 'none', 'unknown'] as const;
export type ApiAccess = (typeof API_ACCESS)[number];

export interface LocalText { ko: string; en: string }
export interface Company { name: string; country: string }
export interface Model { name: string; vendor: string; country: string }
export interface ToolStatus { state: 'shutdown' | 'renamed'; date: string; note: string }
export interface Source { url: string; title: string; kind: SourceKind; quote?: string }
export interface AlternativePick { id: string; why: LocalText }
export interface Integrations {
  api: ApiAccess;
  webhooks?: boolean;
  /** Ready apps found on the platforms' directories; absent when the directories were not checked. */
  connectors?: Connector[];
  checked: string;
  sources: Source[];
}
export interface DataCountry { country: string; recipient: string; source: Source }

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
  jobs: Job[];
  aiRole: 'core' | 'incidental';
  hosts: string[];
  freeTier?: boolean;
  fit?: LocalText;
  picks?: AlternativePick[];
  integrations?: Integrations;
  dataCountries?: DataCountry[];
  status?: ToolStatus;
  sources: Source[];
  verified: string;
  confidence: 'high' | 'medium';
  note?: string;
}

/** The country whose tools count as "domestic" for our users. */
export const HOME_COUNTRY = 'KR';

export const isDomestic = (tool: Pick<Tool, 'country'>): boolean => tool.country === HOME_COUNTRY;

/** Where input goes per the service's disclosure: only Korea, also abroad, or unknown (no disclosure read). */
export const inputFlow = (tool: Pick<Tool, 'dataCountries'>): 'home' | 'abroad' | undefined =>
  !tool.dataCountries ? undefined : tool.dataCountries.every((d) => d.country === HOME_COUNTRY) ? 'home' : 'abroad';

/** A URL that opens the tool: its first host (with its path, for shared hosts). */
export const homeUrl = (tool: Pick<Tool, 'hosts'>): string => `https://${tool.hosts[0]}`;

/** Models from outside the tool's own country (what makes a Korean service "on a foreign model"). */
export const foreignModels = (tool: Pick<Tool, 'country' | 'models'>): Model[] =>
  (tool.models ?? []).filter((m) => m.country !== tool.country);

export const hasForeignModel = (tool: Pick<Tool, 'country' | 'models'>): boolean => foreignModels(tool).length > 0;
