/**
 * Her own registry: tools she added (sites the registry lacks), her corrections of registry facts, and
 * registry tools she marked "not AI". Stored under one key (`personal`), exported and imported with her
 * data, kept across updates and by "delete all data". Parsed defensively like every stored value.
 */
import type { ToolBrief } from '../registry/brief';
import { CATEGORIES, type Category, type Company, type Model, type Tool } from '../registry/types';
import { isJob, type Job } from '../registry/jobs';
import type { EvidenceKind } from './evidence';

export interface EvidenceNote { kind: EvidenceKind; value: string; where: string }

export interface MyEntry {
  /** `mine-<host>`: never a registry id (registry ids never start with "mine-"). */
  id: string;
  /** The site's host without `www.` (subdomains match, as for registry hosts). */
  host: string;
  name: string;
  vendor: string;
  country: string;
  category: Category;
  jobs: Job[];
  models: Model[];
  /** What the page said when she added it (shown again in the send-back entry). */
  evidence: EvidenceNote[];
  /** The page she added it from (its first source when sent back). */
  url: string;
  added: string;
}

export interface Correction {
  country?: string;
  vendor?: string;
  parent?: Company;
  models?: Model[];
  reason: string;
  at: string;
}

export interface Personal { entries: MyEntry[]; corrections: Record<string, Correction>; notAi: string[] }

/** How the UI marks what is hers. */
export type PersonalMark =
  | { kind: 'entry' }
  | { kind: 'correction'; reason: string; registry: Pick<Tool, 'vendor' | 'country' | 'parent' | 'models'> };

export const EMPTY_PERSONAL: Personal = { entries: [], corrections: {}, notAi: [] };
export const MAX_ENTRIES = 200;
export const MINE_PREFIX = 'mine-';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): string | null => (typeof v === 'string' && v.trim().length > 0 && v.length <= max ? v.trim() : null);
const isCountry = (v: unknown): v is string => typeof v === 'string' && /^[A-Z]{2}$/.test(v);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));
export const isToolIdText = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9-]{1,64}$/.test(v) && !INHERITED.has(v);
/** A host name as typed in a URL bar (lowercase labels), without `www.`. */
export const isHost = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 253 && /^(?!-)[a-z0-9-]{1,63}(?:\.(?!-)[a-z0-9-]{1,63})+$/.test(v) && !v.startsWith('www.');

export const entryId = (host: string): string => `${MINE_PREFIX}${host.replace(/\./g, '-')}`.slice(0, 64);
export const siteHost = (hostname: string): string => hostname.toLowerCase().replace(/^www\./, '');

function parseModels(raw: unknown): Model[] | null {
  if (!Array.isArray(raw)) return null;
  const out: Model[] = [];
  for (const m of raw.slice(0, 20)) {
    if (!isObj(m)) continue;
    const name = text(m.name, 80);
    if (!name) continue;
    out.push({ name, vendor: text(m.vendor, 120) ?? '', country: isCountry(m.country) ? m.country : '' });
  }
  return out;
}

export function parseEntry(raw: unknown): MyEntry | null {
  if (!isObj(raw) || !isHost(raw.host)) return null;
  const name = text(raw.name, 80);
  const vendor = text(raw.vendor, 120) ?? '';
  if (!name || !(raw.country === '' || isCountry(raw.country))) return null;
  const category = CATEGORIES.includes(raw.category as Category) ? raw.category as Category : 'other';
  const jobs = Array.isArray(raw.jobs) ? [...new Set(raw.jobs.filter(isJob))].slice(0, 10) : [];
  const evidence = Array.isArray(raw.evidence)
    ? raw.evidence.slice(0, 12).filter(isObj).map((e) => ({ kind: String(e.kind).slice(0, 20) as EvidenceKind, value: text(e.value, 200) ?? '', where: text(e.where, 120) ?? '' })).filter((e) => e.value)
    : [];
  const url = typeof raw.url === 'string' && /^https?:\/\//.test(raw.url) && raw.url.length <= 2000 ? raw.url : `https://${raw.host}/`;
  return {
    id: entryId(raw.host), host: raw.host, name, vendor, country: raw.country as string, category,
    jobs: jobs.length > 0 ? jobs : ['chat-assistant'], models: parseModels(raw.models) ?? [], evidence, url,
    added: isDay(raw.added) ? raw.added : '1970-01-01',
  };
}

export function parseCorrection(raw: unknown): Correction | null {
  if (!isObj(raw)) return null;
  const reason = text(raw.reason, 300);
  if (!reason) return null;
  const c: Correction = { reason, at: isDay(raw.at) ? raw.at : '1970-01-01' };
  if (isCountry(raw.country)) c.country = raw.country;
  const vendor = text(raw.vendor, 120);
  if (vendor) c.vendor = vendor;
  if (isObj(raw.parent) && text(raw.parent.name, 120) && isCountry(raw.parent.country)) c.parent = { name: text(raw.parent.name, 120)!, country: raw.parent.country };
  const models = parseModels(raw.models);
  if (models && models.length > 0) c.models = models;
  return c.country || c.vendor || c.parent || c.models ? c : null;
}

/** A clean copy of a stored or imported value (undefined: nothing usable). */
export function parsePersonal(raw: unknown): Personal | undefined {
  if (!isObj(raw)) return undefined;
  const entries: MyEntry[] = [];
  for (const e of Array.isArray(raw.entries) ? raw.entries.slice(0, MAX_ENTRIES) : []) {
    const entry = parseEntry(e);
    if (entry && !entries.some((x) => x.id === entry.id)) entries.push(entry);
  }
  const corrections: Record<string, Correction> = {};
  if (isObj(raw.corrections)) {
    for (const [id, c] of Object.entries(raw.corrections).slice(0, 1000)) {
      const clean = isToolIdText(id) ? parseCorrection(c) : null;
      if (clean) corrections[id] = clean;
    }
  }
  const notAi = Array.isArray(raw.notAi) ? [...new Set(raw.notAi.filter(isToolIdText))].slice(0, 1000) : [];
  return { entries, corrections, notAi };
}

/** Her entry as a registry-shaped tool (so lookup, tallies and the popup treat it like any tool). */
export function entryTool(e: MyEntry): Tool & { personal: PersonalMark } {
  return {
    id: e.id,
    name: { ko: e.name, en: e.name },
    vendor: e.vendor,
    country: e.country,
    ...(e.models.length > 0 ? { models: e.models } : {}),
    category: e.category,
    jobs: e.jobs,
    aiRole: 'core',
    hosts: [e.host],
    sources: [{ url: e.url, title: e.name, kind: 'other' }],
    verified: e.added,
    confidence: 'medium',
    personal: { kind: 'entry' },
  };
}

/** A registry tool with her correction applied (the registry's version kept for "one tap away"). */
export function correctedTool<T extends ToolBrief>(tool: T, c: Correction): T & { personal: PersonalMark } {
  const { vendor, country, parent, models } = tool;
  return {
    ...tool,
    ...(c.vendor ? { vendor: c.vendor } : {}),
    ...(c.country ? { country: c.country } : {}),
    ...(c.parent ? { parent: c.parent } : {}),
    ...(c.models ? { models: c.models } : {}),
    personal: { kind: 'correction', reason: c.reason, registry: { vendor, country, ...(parent ? { parent } : {}), ...(models ? { models } : {}) } },
  };
}
