import { describe, expect, it } from 'vitest';
import { countryNames, registryCountries } from '../../src/build/country-names';
import { makeTool } from '../support/make-tool';

describe('build-time country names', () => {
  it('names every country the registry mentions (HQ, legal, parent, models, data), in both languages', () => {
    const tools = [
      makeTool('a', { country: 'CN', legalCountry: 'KY', parent: { name: 'P', country: 'SG' }, models: [{ name: 'M', vendor: 'V', country: 'FR' }] }),
      makeTool('b', { country: 'US', dataCountries: [{ country: 'JP', recipient: 'R', source: { url: 'https://b.example/p', title: 'P', kind: 'official' } }] }),
    ];
    expect(registryCountries(tools)).toEqual(['CN', 'FR', 'JP', 'KR', 'KY', 'SG', 'US']);
    const names = countryNames(tools);
    expect(names.ko.CN).toBe('중국');
    expect(names.en.US).toBe('United States');
    expect(Object.keys(names.ko)).toHaveLength(7);
  });
});
