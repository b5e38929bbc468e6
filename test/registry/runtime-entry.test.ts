/** registry.json holds entries as the extension uses them: every fact and link, not the reviewers' quotes and notes. */
import { describe, expect, it } from 'vitest';
import { toBrief } from '../../src/registry/brief';
import { runtimeEntry } from '../../src/registry/runtime-entry';
import { BUNDLED_SOURCE, cameByUpdate, toolById } from '../../src/registry/registry';
import { useRegistryUpdate } from '../../src/registry/registry-update-use';
import realTools from '../support/registry-data';

describe('runtime entries', () => {
  it('drop quotes and notes, keep every source link, title and kind, and every fact', () => {
    const full = realTools.find((t) => t.id === 'kanana')!;
    const entry = runtimeEntry(full);
    const text = JSON.stringify(entry);
    expect(text).not.toContain('"quote"');
    expect(entry.note).toBeUndefined();
    expect(entry.sources.map((s) => s.url)).toEqual(full.sources.map((s) => s.url));
    expect(entry.dataCountries?.map((d) => [d.country, d.recipient, d.source.url])).toEqual(full.dataCountries?.map((d) => [d.country, d.recipient, d.source.url]));
    expect(toBrief(entry)).toEqual(toBrief(full));
    const all = JSON.stringify(realTools.map(runtimeEntry)).length;
    expect(all).toBeLessThan(JSON.stringify(realTools).length * 0.75);
  });

  it('an update that changes only a quote or a note changes nothing shown', async () => {
    const tools = realTools.map((t) => (t.id === 'chatgpt' ? { ...t, note: 'reworded', sources: t.sources.map((s) => ({ ...s, quote: 'another sentence' })) } : t.id === 'claude' ? { ...t, vendor: 'Anthropic PBC (updated)' } : t));
    await useRegistryUpdate({ tools, sequence: BUNDLED_SOURCE.sequence + 1, date: '2026-12-01' });
    expect(cameByUpdate(toolById('chatgpt')!)).toBe(false);
    expect(cameByUpdate(toolById('claude')!)).toBe(true);
    await useRegistryUpdate(null);
  });
});
