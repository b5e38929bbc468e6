/**
 * Validates raw registry entries. The build refuses to run on any error and the data tests call the
 * same function, so a bad entry never reaches users. Returns every error, not just the first.
 */
import { isCountryCode } from '../shared/iso-countries';
import { CATEGORIES, HOME_COUNTRY, type Tool } from './types';
import { KEY_ORDER } from './format';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HOST_LABEL = '[a-z0-9]([a-z0-9-]*[a-z0-9])?';
const HOST_RULE = new RegExp(`^(${HOST_LABEL}\\.)+[a-z]{2,}(/[a-z0-9._~%-]+)*$`);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v === v.trim();
const isLocalText = (v: unknown): boolean => isObj(v) && isText(v.ko) && isText(v.en) && Object.keys(v).length === 2;
const isSorted = (list: readonly string[]): boolean => list.every((v, i) => i === 0 || list[i - 1]! < v);

function checkCompany(v: unknown, keys: string[]): boolean {
  return isObj(v) && Object.keys(v).length === keys.length && keys.every((k) =>
    k === 'country' ? isCountryCode(v[k]) : isText(v[k]));
}

/** Errors in one entry, each prefixed with its id (or its position when the id itself is bad). */
export function validateEntry(raw: unknown, where: string): string[] {
  if (!isObj(raw)) return [`${where}: entry is not an object`];
  const id = ID.test(String(raw.id)) ? String(raw.id) : where;
  const errors: string[] = [];
  const fail = (msg: string) => errors.push(`${id}: ${msg}`);

  if (!ID.test(String(raw.id))) fail(`id ${JSON.stringify(raw.id)} is not kebab-case`);
  for (const key of Object.keys(raw)) if (!(KEY_ORDER as readonly string[]).includes(key)) fail(`unknown key "${key}"`);
  if (!isLocalText(raw.name)) fail('name must be { ko, en } with non-empty text');
  if (!isText(raw.vendor)) fail('vendor is missing');
  if (!isCountryCode(raw.country)) fail(`country ${JSON.stringify(raw.country)} is not an ISO 3166-1 alpha-2 code`);
  if ('parent' in raw && !checkCompany(raw.parent, ['name', 'country'])) fail('parent must be { name, country } with an ISO country');
  if ('legalCountry' in raw && !isCountryCode(raw.legalCountry)) fail(`legalCountry ${JSON.stringify(raw.legalCountry)} is not an ISO code`);
  if ('models' in raw && !(Array.isArray(raw.models) && raw.models.length > 0 &&
      raw.models.every((m) => checkCompany(m, ['name', 'vendor', 'country'])))) {
    fail('models must be a non-empty list of { name, vendor, country }');
  }
  if (!(CATEGORIES as readonly unknown[]).includes(raw.category)) fail(`category ${JSON.stringify(raw.category)} is unknown`);
  if ('also' in raw) {
    const also = raw.also;
    if (!Array.isArray(also) || also.length === 0 || !also.every((c) => (CATEGORIES as readonly unknown[]).includes(c))) {
      fail('also must be a non-empty list of categories');
    } else if (also.includes(raw.category) || !isSorted(also as string[])) fail('also must be sorted and must not repeat category');
  }
  if (!Array.isArray(raw.hosts) || raw.hosts.length === 0) fail('hosts must be a non-empty list');
  else {
    for (const h of raw.hosts) {
      if (typeof h !== 'string' || !HOST_RULE.test(h)) fail(`host ${JSON.stringify(h)} is not a lowercase host[/path]`);
      else if (h.startsWith('www.')) fail(`host "${h}" must be written without www.`);
    }
    if (!isSorted(raw.hosts as string[])) fail('hosts must be sorted without duplicates');
  }
  if ('freeTier' in raw && typeof raw.freeTier !== 'boolean') fail('freeTier must be true or false');
  if ('fit' in raw && !isLocalText(raw.fit)) fail('fit must be { ko, en }');
  if (raw.country === HOME_COUNTRY && !('fit' in raw)) fail('a Korean tool needs a fit line');
  if ('status' in raw) {
    const s = raw.status;
    if (!isObj(s) || !['shutdown', 'renamed'].includes(s.state as string) || !MONTH.test(String(s.date)) || !isText(s.note)) {
      fail('status must be { state: shutdown|renamed, date: YYYY-MM, note }');
    }
  }
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) fail('at least one source is required');
  else for (const url of raw.sources) if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) fail(`source ${JSON.stringify(url)} is not a URL`);
  if (!DAY.test(String(raw.verified))) fail('verified must be YYYY-MM-DD');
  if (raw.confidence !== 'high' && raw.confidence !== 'medium') fail('confidence must be high or medium');
  if ('note' in raw && !isText(raw.note)) fail('note must be text');
  return errors;
}

/** Validates the whole registry: each entry, then rules across entries. */
export function validateRegistry(raw: readonly unknown[]): { tools: Tool[]; errors: string[] } {
  const errors = raw.flatMap((entry, i) => validateEntry(entry, `entry #${i + 1}`));
  if (errors.length > 0) return { tools: [], errors };
  const tools = raw as Tool[];
  const ids = new Set<string>();
  const hostOwner = new Map<string, string>();
  tools.forEach((tool, i) => {
    if (ids.has(tool.id)) errors.push(`${tool.id}: duplicate id`);
    ids.add(tool.id);
    if (i > 0 && tools[i - 1]!.id > tool.id) errors.push(`${tool.id}: entries must be sorted by id`);
    for (const host of tool.hosts) {
      const owner = hostOwner.get(host);
      if (owner) errors.push(`${tool.id}: host "${host}" is already claimed by ${owner}`);
      hostOwner.set(host, tool.id);
    }
  });
  return { tools: errors.length ? [] : tools, errors };
}
