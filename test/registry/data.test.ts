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

  it('covers the tools our users name, with the right countries', () => {
    const country = Object.fromEntries(tools.map((t) => [t.id, t.country]));
    expect(country).toMatchObject({ chatgpt: 'US', 'kling-ai': 'CN', make: 'CZ', 'clova-x': 'KR', wrtn: 'KR', claude: 'US', midjourney: 'US' });
  });
});
