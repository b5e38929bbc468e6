/**
 * Validates raw registry entries. The build refuses to run on any error and the data tests call the
 * same function, so a bad entry never reaches users. Returns every error, not just the first.
 */
import { isObj, isToolId } from '../shared/guards';
import { isCountryCode } from '../shared/iso-countries';
import { API_ACCESS, CATEGORIES, CONNECTORS, HOME_COUNTRY, SOURCE_KINDS, type Source, type Tool } from './types';
import { KEY_ORDER } from './format';
import { isJob } from './jobs';
import { isBlockedSource } from './source-blocklist';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HOST_LABEL = '[a-z0-9]([a-z0-9-]*[a-z0-9])?';
const HOST_RULE = new RegExp(`^(${HOST_LABEL}\\.)+[a-z]{2,}(/[a-z0-9._~%-]+)*$`);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v === v.trim();
const isLocalText = (v: unknown): boolean => isObj(v) && isText(v.ko) && isText(v.en) && Object.keys(v).length === 2;
const isSorted = (list: readonly string[]): boolean => list.every((v, i) => i === 0 || list[i - 1]! < v);

const URL_RULE = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const MAX_QUOTE = 300;

/** Problems with one source object; `needQuote` for the deciding (first) source. */
function sourceErrors(v: unknown, needQuote: boolean): string[] {
  if (!isObj(v)) return ['a source must be { url, title, kind, quote? }'];
  const errors: string[] = [];
  const url = v.url;
  if (typeof url !== 'string' || !URL_RULE.test(url)) errors.push(`source ${JSON.stringify(url)} is not a URL`);
  else if (isBlockedSource(url)) errors.push(`source ${url} is on a never-acceptable domain (content farm, directory, mirror or proxy)`);
  else if (new URL(url).hostname.endsWith('.')) errors.push(`source ${url}: write the canonical host, without the trailing dot`);
  if (!isText(v.title)) errors.push(`source ${String(url)} needs a title`);
  if (!(SOURCE_KINDS as readonly unknown[]).includes(v.kind)) errors.push(`source ${String(url)} kind must be one of ${SOURCE_KINDS.join(', ')}`);
  if ('quote' in v && !(isText(v.quote) && (v.quote as string).length <= MAX_QUOTE)) errors.push(`source ${String(url)} quote must be text of at most ${MAX_QUOTE} characters`);
  if (needQuote && !('quote' in v)) errors.push(`the first source (${String(url)}) needs the deciding sentence as quote`);
  for (const key of Object.keys(v)) if (!['url', 'title', 'kind', 'quote'].includes(key)) errors.push(`source ${String(url)} has unknown key "${key}"`);
  return errors;
}

const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/** `high` is earned by an official or filing source, or by two press sources on different sites. */
function earnsHigh(sources: readonly Source[]): boolean {
  if (sources.some((s) => s.kind === 'official' || s.kind === 'filing')) return true;
  return new Set(sources.filter((s) => s.kind === 'press').map((s) => hostOf(s.url))).size >= 2;
}

function checkCompany(v: unknown, keys: string[]): boolean {
  return isObj(v) && Object.keys(v).length === keys.length && keys.every((k) =>
    k === 'country' ? isCountryCode(v[k]) : isText(v[k]));
}

function integrationErrors(v: unknown): string[] {
  if (!isObj(v)) return ['integrations must be { api, webhooks?, connectors, checked, sources }'];
  const errors: string[] = [];
  if (!(API_ACCESS as readonly unknown[]).includes(v.api)) errors.push(`integrations.api must be one of ${API_ACCESS.join(', ')}`);
  if ('webhooks' in v && typeof v.webhooks !== 'boolean') errors.push('integrations.webhooks must be true or false (omit when unknown)');
  const c = v.connectors;
  if ('connectors' in v && (!Array.isArray(c) || !c.every((x) => (CONNECTORS as readonly unknown[]).includes(x)) || !isSorted(c as string[]))) {
    errors.push(`integrations.connectors must be a sorted list of ${CONNECTORS.join(', ')} (omit when not checked)`);
  }
  if (!DAY.test(String(v.checked))) errors.push('integrations.checked must be YYYY-MM-DD');
  if (!Array.isArray(v.sources)) errors.push('integrations.sources must be a list');
  else {
    if (v.sources.length === 0 && v.api !== 'unknown') errors.push('integrations need a source unless api is "unknown"');
    errors.push(...v.sources.flatMap((s) => sourceErrors(s, false)).map((e) => `integrations: ${e}`));
  }
  for (const key of Object.keys(v)) if (!['api', 'webhooks', 'connectors', 'checked', 'sources'].includes(key)) errors.push(`integrations has unknown key "${key}"`);
  return errors;
}

function dataCountryErrors(v: unknown): string[] {
  if (!Array.isArray(v) || v.length === 0) return ['dataCountries must be a non-empty list of { country, recipient, source }'];
  const errors: string[] = [];
  for (const d of v) {
    if (!isObj(d) || Object.keys(d).length !== 3 || !isCountryCode(d.country) || !isText(d.recipient)) {
      errors.push('each dataCountries item must be { country (ISO), recipient, source }');
      continue;
    }
    errors.push(...sourceErrors(d.source, false).map((e) => `dataCountries: ${e}`));
  }
  const keys = v.map((d) => (isObj(d) ? `${String(d.country)}\u0000${String(d.recipient)}` : ''));
  if (!isSorted(keys)) errors.push('dataCountries must be sorted by country, then recipient, without repeats');
  return errors;
}

/** Errors in one entry, each prefixed with its id (or its position when the id itself is bad). */
export function validateEntry(raw: unknown, where: string): string[] {
  if (!isObj(raw)) return [`${where}: entry is not an object`];
  const id = ID.test(String(raw.id)) ? String(raw.id) : where;
  const errors: string[] = [];
  const fail = (msg: string) => errors.push(`${id}: ${msg}`);

  if (!ID.test(String(raw.id)) || !isToolId(raw.id)) fail(`id ${JSON.stringify(raw.id)} is not kebab-case (at most 64 characters, not an inherited name)`);
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
  if (!Array.isArray(raw.jobs) || raw.jobs.length === 0) fail('jobs must be a non-empty list (the first is the main job)');
  else {
    for (const job of raw.jobs) if (!isJob(job)) fail(`job ${JSON.stringify(job)} is not in jobs.ts`);
    if (new Set(raw.jobs).size !== raw.jobs.length) fail('jobs must not repeat');
  }
  if (raw.aiRole !== 'core' && raw.aiRole !== 'incidental') fail('aiRole must be core or incidental');
  if ('picks' in raw) {
    const picks = raw.picks;
    if (raw.country === HOME_COUNTRY) fail('picks are for foreign tools only');
    if (!Array.isArray(picks) || picks.length === 0 || !picks.every((p) => isObj(p) && typeof p.id === 'string' && isLocalText(p.why) && Object.keys(p).length === 2)) {
      fail('picks must be a non-empty list of { id, why: { ko, en } }');
    }
  }
  if ('integrations' in raw) integrationErrors(raw.integrations).forEach(fail);
  if ('dataCountries' in raw) dataCountryErrors(raw.dataCountries).forEach(fail);
  if ('status' in raw) {
    const s = raw.status;
    if (!isObj(s) || !['shutdown', 'renamed'].includes(s.state as string) || !MONTH.test(String(s.date)) || !isText(s.note)) {
      fail('status must be { state: shutdown|renamed, date: YYYY-MM, note }');
    }
  }
  let sourcesOk = false;
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) fail('at least one source is required');
  else {
    const problems = raw.sources.flatMap((src, i) => sourceErrors(src, i === 0));
    problems.forEach(fail);
    sourcesOk = problems.length === 0;
  }
  if (!DAY.test(String(raw.verified))) fail('verified must be YYYY-MM-DD');
  if (raw.confidence !== 'high' && raw.confidence !== 'medium') fail('confidence must be high or medium');
  else if (raw.confidence === 'high' && sourcesOk && !earnsHigh(raw.sources as Source[])) {
    fail('confidence "high" needs an official or filing source, or two press sources on different sites');
  }
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
  const byId = new Map(tools.map((t) => [t.id, t]));
  for (const tool of tools) {
    for (const pick of tool.picks ?? []) {
      const target = byId.get(pick.id);
      if (!target) errors.push(`${tool.id}: pick "${pick.id}" is not in the registry`);
      else if (target.country !== HOME_COUNTRY || target.status || target.aiRole !== 'core') {
        errors.push(`${tool.id}: pick "${pick.id}" must be a Korean, active, aiRole core tool`);
      }
    }
  }
  return { tools: errors.length ? [] : tools, errors };
}
