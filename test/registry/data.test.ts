/** The real registry data: valid, canonically formatted, and sourced. */
import { describe, expect, it } from 'vitest';
import { formatEntry } from '../../src/registry/format';
import { loadRegistry, readRegistryFiles } from '../../src/registry/load';

describe('registry data', () => {
  const { tools, errors } = loadRegistry();

  it('has no validation errors', () => expect(errors).toEqual([]));

  it('every file round-trips through the formatter', () => {
    const off = readRegistryFiles().filter(({ text }) => formatEntry(JSON.parse(text)) !== text).map((f) => f.file);
    expect(off).toEqual([]);
  });

  it('covers at least 400 tools, 130 of them Korean', () => {
    expect(tools.length).toBeGreaterThanOrEqual(400);
    expect(tools.filter((t) => t.country === 'KR').length).toBeGreaterThanOrEqual(130);
  });

  it('includes the everyday tools Korean users named as missing', () => {
    const ids = new Set(tools.map((t) => t.id));
    const named = ['genspark', 'gamma', 'opusclip', 'descript', 'bolt', 'seaart', 'google-antigravity', 'google-stitch', 'google-whisk',
      'talkie', 'you-com', 'copy-ai', 'clipdrop', 'playground', 'mem', 'beautiful-ai', 'happy-scribe'];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every entry a deciding first source with its sentence, and every high entry an official, filing or two-press basis', () => {
    for (const t of tools) expect(t.sources[0]!.quote, t.id).toBeTruthy();
    const official = tools.filter((t) => t.sources.some((s) => s.kind === 'official' || s.kind === 'filing'));
    // Not a target the data can meet by itself (many vendors' legal pages were unreadable), but it must not drop.
    expect(official.length / tools.length).toBeGreaterThan(0.6);
  });

  it('covers the tools our users name, with the right countries', () => {
    const country = Object.fromEntries(tools.map((t) => [t.id, t.country]));
    expect(country).toMatchObject({ chatgpt: 'US', 'kling-ai': 'CN', make: 'CZ', 'clova-x': 'KR', wrtn: 'KR', claude: 'US', midjourney: 'US' });
  });
});
