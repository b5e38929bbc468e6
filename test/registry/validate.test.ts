import { describe, expect, it } from 'vitest';
import { validateEntry, validateRegistry } from '../../src/registry/validate';

const good = {
  id: 'chatgpt', name: { ko: '챗GPT', en: 'ChatGPT' }, vendor: 'OpenAI', country: 'US', category: 'chat',
  hosts: ['chat.openai.com', 'chatgpt.com'], sources: ['https://openai.com/about'], verified: '2026-11-27', confidence: 'high',
};
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
  ])('rejects %s', (_what, patch, message) => {
    expect(validateEntry({ ...good, ...patch }, '#1').join('\n')).toContain(message);
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
