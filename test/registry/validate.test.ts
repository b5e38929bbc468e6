import { describe, expect, it } from 'vitest';
import { validateEntry, validateRegistry } from '../../src/registry/validate';

const terms = { url: 'https://openai.com/policies/terms-of-use', title: 'Terms of Use', kind: 'official', quote: 'These Terms of Use apply to your use of ChatGPT.' };
const good = {
  id: 'chatgpt', name: { ko: '챗GPT', en: 'ChatGPT' }, vendor: 'OpenAI', country: 'US', category: 'chat',
  jobs: ['chat-assistant'], aiRole: 'core', hosts: ['chat.openai.com', 'chatgpt.com'], sources: [terms], verified: '2026-11-27', confidence: 'high',
};
const press = (url: string) => ({ url, title: 'News', kind: 'press' });
const korean = { ...good, id: 'wrtn', country: 'KR', hosts: ['wrtn.ai'], fit: { ko: '무료', en: 'Free' } };

describe('registry validation', () => {
  it('accepts a well-formed entry', () => {
    expect(validateEntry(good, '#1')).toEqual([]);
    expect(validateRegistry([good, korean]).errors).toEqual([]);
  });

  it.each([
    ['a bad country code', { country: 'USA' }, 'country "USA"'],
    ['the UK typo', { country: 'UK' }, 'country "UK"'],
    ['a missing source', { sources: [] }, 'at least one source'],
    ['an unknown category', { category: 'magic' }, 'category "magic"'],
    ['unsorted hosts', { hosts: ['chatgpt.com', 'chat.openai.com'] }, 'hosts must be sorted'],
    ['an uppercase host', { hosts: ['ChatGPT.com'] }, 'not a lowercase host'],
    ['a www. host', { hosts: ['www.chatgpt.com'] }, 'without www.'],
    ['a host with a scheme', { hosts: ['https://chatgpt.com'] }, 'not a lowercase host'],
    ['a bad id', { id: 'Chat GPT' }, 'kebab-case'],
    ['an unknown key', { colour: 'red' }, 'unknown key "colour"'],
    ['a bad date', { verified: '2026-13-01' }, 'verified'],
    ['a bad confidence', { confidence: 'sure' }, 'confidence'],
    ['a bad parent', { parent: { name: 'X', country: 'Mars' } }, 'parent'],
    ['a bad model', { models: [{ name: 'GPT' }] }, 'models'],
    ['a bare URL as source', { sources: ['https://openai.com/about'] }, 'a source must be'],
    ['an unknown source kind', { sources: [{ ...terms, kind: 'blog' }] }, 'kind must be one of'],
    ['a first source without its deciding sentence', { sources: [{ url: terms.url, title: terms.title, kind: terms.kind }] }, 'needs the deciding sentence'],
    ['a content farm', { sources: [{ ...terms, url: 'https://flexlab.io/?p=6372' }] }, 'never-acceptable'],
    ['a scraper mirror subdomain', { sources: [terms, press('https://m.namu.moe/w/ChatGPT')] }, 'never-acceptable'],
    ['a proxy', { sources: [terms, press('https://www-make-com.translate.goog/en')] }, 'never-acceptable'],
    ['a bare IP', { sources: [terms, press('http://44.192.57.177/about')] }, 'never-acceptable'],
    // "flexlab.io." is the same site by DNS; the trailing dot must not slip past the list.
    ['a blocked site written with a trailing dot', { sources: [terms, press('https://flexlab.io./?p=6372')] }, 'never-acceptable'],
    ['a host with a trailing dot', { sources: [terms, press('https://zapier.com./legal/data-privacy')] }, 'canonical'],
    ['an unknown job', { jobs: ['magic'] }, 'job "magic"'],
    ['no jobs', { jobs: [] }, 'jobs must be'],
    ['a repeated job', { jobs: ['chat-assistant', 'chat-assistant'] }, 'must not repeat'],
    ['a bad aiRole', { aiRole: 'maybe' }, 'aiRole'],
    ['integrations with a guessed api', { integrations: { api: 'self-serve', connectors: [], checked: '2026-11-30', sources: [] } }, 'need a source'],
    ['an unknown connector', { integrations: { api: 'unknown', connectors: ['ifttt'], checked: '2026-11-30', sources: [] } }, 'connectors'],
    ['dataCountries without a source', { dataCountries: [{ country: 'US', recipient: 'OpenAI' }] }, 'dataCountries'],
    ['dataCountries with a bad code', { dataCountries: [{ country: 'USA', recipient: 'OpenAI', source: terms }] }, 'dataCountries'],
  ])('rejects %s', (_what, patch, message) => {
    expect(validateEntry({ ...good, ...patch }, '#1').join('\n')).toContain(message);
  });

  it('lets "high" be earned only by an official or filing source, or two press sites that agree', () => {
    const onlyPress = { ...good, sources: [{ ...press('https://www.reuters.com/a'), quote: 'OpenAI, based in San Francisco' }] };
    expect(validateEntry(onlyPress, '#1').join()).toContain('confidence "high" needs');
    expect(validateEntry({ ...onlyPress, confidence: 'medium' }, '#1')).toEqual([]);
    const samePressTwice = { ...onlyPress, sources: [...onlyPress.sources, press('https://www.reuters.com/b')] };
    expect(validateEntry(samePressTwice, '#1').join()).toContain('confidence "high" needs');
    const twoPress = { ...onlyPress, sources: [...onlyPress.sources, press('https://techcrunch.com/c')] };
    expect(validateEntry(twoPress, '#1')).toEqual([]);
    expect(validateEntry({ ...good, sources: [{ ...terms, kind: 'filing' }] }, '#1')).toEqual([]);
  });

  it('accepts the full set of optional facts when well-formed', () => {
    const full = {
      ...good,
      integrations: { api: 'self-serve', webhooks: true, connectors: ['make', 'zapier'], checked: '2026-11-30', sources: [terms] },
      dataCountries: [{ country: 'KR', recipient: 'Naver Cloud', source: terms }, { country: 'US', recipient: 'OpenAI', source: terms }],
    };
    expect(validateEntry(full, '#1')).toEqual([]);
    const unsorted = { ...full, dataCountries: [...full.dataCountries].reverse() };
    expect(validateEntry(unsorted, '#1').join()).toContain('sorted');
  });

  it('checks picks: they must exist and be Korean, active, core tools', () => {
    const why = { ko: '이유', en: 'why' };
    const picking = (id: string) => ({ ...good, picks: [{ id, why }] });
    expect(validateRegistry([picking('wrtn'), korean]).errors).toEqual([]);
    expect(validateRegistry([picking('nope'), korean]).errors.join()).toContain('is not in the registry');
    const closed = { ...korean, status: { state: 'shutdown', date: '2025-01', note: 'closed' } };
    expect(validateRegistry([picking('wrtn'), closed]).errors.join()).toContain('must be a Korean, active');
    expect(validateRegistry([picking('wrtn'), { ...korean, aiRole: 'incidental' }]).errors.join()).toContain('must be a Korean, active');
    expect(validateEntry({ ...korean, picks: [{ id: 'wrtn', why }] }, '#1').join()).toContain('foreign tools only');
  });

  it('requires a fit line on Korean tools', () => {
    const { fit: _fit, ...noFit } = korean;
    expect(validateEntry(noFit, '#1').join()).toContain('fit line');
  });

  it('rejects duplicate ids, a host claimed twice, and unsorted entries', () => {
    expect(validateRegistry([good, good]).errors.join()).toContain('duplicate id');
    expect(validateRegistry([good, { ...korean, hosts: ['chatgpt.com'] }]).errors.join()).toContain('already claimed by chatgpt');
    expect(validateRegistry([korean, good]).errors.join()).toContain('sorted by id');
  });

  it('returns no tools when anything is wrong', () => {
    expect(validateRegistry([good, { ...korean, country: 'XX' }]).tools).toEqual([]);
  });
});
