/** Her own registry as a layer over the registry: entries found, corrections applied, "not AI" hidden. */
import { afterEach, describe, expect, it } from 'vitest';
import { findTool, registryToolById, toolById, useRegistryLayer } from '../../src/registry/registry';
import { parsePersonal, type Personal } from '../../src/shared/personal';
import { toolMeta } from '../../src/background/tool-meta';
import { mergePersonal, personalLayer } from '../../src/background/user-registry';

const entry = { host: 'my-own-ai.example', name: 'My AI', vendor: 'Example Co.', country: 'FR', category: 'chat', jobs: ['chat-assistant'], added: '2026-11-27' };
const personal = (p: unknown): Personal => parsePersonal(p)!;

afterEach(() => useRegistryLayer(null));

describe('the personal layer', () => {
  it('finds her entry by host (subdomains too), marked as hers', () => {
    useRegistryLayer(personalLayer(personal({ entries: [entry] })));
    const tool = findTool('https://app.my-own-ai.example/chat') as ReturnType<typeof findTool> & { personal?: unknown };
    expect(tool).toMatchObject({ id: 'mine-my-own-ai-example', country: 'FR', personal: { kind: 'entry' } });
    expect(toolById('mine-my-own-ai-example')?.name.ko).toBe('My AI');
    expect(findTool('https://evilmy-own-ai.example/')).toBeNull();
  });

  it('applies her correction to lookups and tallies, keeping the registry version', () => {
    const before = registryToolById('chatgpt')!;
    useRegistryLayer(personalLayer(personal({ corrections: { chatgpt: { country: 'KR', reason: 'test', at: '2026-11-27' } } })));
    const tool = findTool('https://chatgpt.com/') as NonNullable<ReturnType<typeof findTool>> & { personal?: { kind: string; registry: { country: string } } };
    expect(tool.country).toBe('KR');
    expect(tool.personal).toMatchObject({ kind: 'correction', registry: { country: before.country } });
    expect(toolMeta('chatgpt')).toMatchObject({ country: 'KR', domestic: true });
    expect(registryToolById('chatgpt')!.country).toBe(before.country);
  });

  it('a tool she marked "not AI" is neither found nor tallied', () => {
    useRegistryLayer(personalLayer(personal({ notAi: ['chatgpt'] })));
    expect(findTool('https://chatgpt.com/')).toBeNull();
    expect(toolMeta('chatgpt')).toBeNull();
    expect(registryToolById('chatgpt')).not.toBeNull();
  });

  it('parses defensively and merges an import with her own values winning', () => {
    expect(parsePersonal({ entries: [{ host: 'Bad Host' }, entry], corrections: { __proto__: { reason: 'x', country: 'US' }, chatgpt: { reason: '' } }, notAi: ['ok', 5] }))
      .toMatchObject({ entries: [{ host: 'my-own-ai.example' }], corrections: {}, notAi: ['ok'] });
    const mine = personal({ entries: [entry], corrections: { chatgpt: { country: 'US', reason: 'mine', at: '2026-11-27' } } });
    const imported = personal({ entries: [{ ...entry, name: 'Other' }, { ...entry, host: 'second.example' }], corrections: { chatgpt: { country: 'CN', reason: 'theirs' } }, notAi: ['claude'] });
    const merged = mergePersonal(mine, imported);
    expect(merged.entries.map((e) => [e.host, e.name])).toEqual([['my-own-ai.example', 'My AI'], ['second.example', 'My AI']]);
    expect(merged.corrections.chatgpt!.reason).toBe('mine');
    expect(merged.notAi).toEqual(['claude']);
  });
});
