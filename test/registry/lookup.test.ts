import { describe, expect, it } from 'vitest';
import { buildIndex, lookupUrl } from '../../src/registry/lookup';
import { parseWebUrl } from '../../src/registry/parse-url';
import type { Tool } from '../../src/registry/types';
import { makeTool } from '../support/make-tool';
import realTools from '../support/registry-data';

const tool = (id: string, hosts: string[]): Tool => makeTool(id, { hosts });
const index = buildIndex([
  tool('chatgpt', ['chat.openai.com', 'chatgpt.com']),
  tool('sora', ['sora.chatgpt.com']),
  tool('grok', ['grok.com', 'x.com/i/grok']),
  tool('copilot', ['github.com/copilot']),
]);
const idOf = (url: unknown) => lookupUrl(index, url)?.id ?? null;

describe('lookupUrl', () => {
  it.each([
    ['https://chatgpt.com/', 'chatgpt'],
    ['https://chatgpt.com/c/abc?x=1#y', 'chatgpt'],
    ['http://CHATGPT.COM:8443/', 'chatgpt'],
    ['https://chatgpt.com./', 'chatgpt'],
    ['https://www.chatgpt.com/', 'chatgpt'],
    ['https://chat.openai.com/', 'chatgpt'],
    ['https://sora.chatgpt.com/explore', 'sora'],
    ['https://deep.sub.chatgpt.com/', 'chatgpt'],
    ['https://x.com/i/grok', 'grok'],
    ['https://x.com/i/grok/', 'grok'],
    ['https://x.com/i/grok?conversation=1', 'grok'],
    ['https://github.com/copilot/c/1', 'copilot'],
  ])('%s → %s', (url, id) => expect(idOf(url)).toBe(id));

  it.each([
    'https://evilchatgpt.com/', 'https://chatgpt.com.evil.net/', 'https://openai.com/', 'https://x.com/home',
    'https://x.com/i/grokking', 'https://github.com/', 'https://github.com/copilotx', 'chrome://extensions',
    'about:blank', 'file:///home/chatgpt.com', 'https://127.0.0.1/', 'http://[::1]/', 'javascript:alert(1)',
    'not a url', '', null, undefined, 42, {}, 'https://' + 'a.'.repeat(3000) + 'com/',
  ])('%s → nothing', (url) => expect(idOf(url)).toBeNull());

  it('punycodes internationalised names before matching', () => {
    const idn = buildIndex([tool('idn', ['xn--hv2bi08b.com'])]);
    expect(lookupUrl(idn, 'https://뤼튼.com/')?.id).toBe('idn');
    expect(parseWebUrl('https://뤼튼.com/')?.host).toBe('xn--hv2bi08b.com');
  });

  it('finds the tools our users name, in the real registry', () => {
    const real = buildIndex(realTools);
    expect(lookupUrl(real, 'https://chatgpt.com/')?.country).toBe('US');
    expect(lookupUrl(real, 'https://clova-x.naver.com/')?.country).toBe('KR');
    expect(lookupUrl(real, 'https://www.naver.com/')).toBeNull();
  });

  it('tells apart several tools on one host by the longest path prefix (labs.google)', () => {
    const real = buildIndex(realTools);
    expect(lookupUrl(real, 'https://labs.google/fx/tools/whisk/project/1')?.id).toBe('google-whisk');
    expect(lookupUrl(real, 'https://labs.google/fx/tools/flow')?.id).toBe('google-flow');
    expect(lookupUrl(real, 'https://labs.google/fx/tools/whiskey')?.id ?? null).not.toBe('google-whisk');
    expect(lookupUrl(real, 'https://chatgpt.com/codex/tasks')?.id).toBe('openai-codex');
    expect(lookupUrl(real, 'https://chatgpt.com/c/1')?.id).toBe('chatgpt');
  });
});
