import { describe, expect, it } from 'vitest';
import { vendorLabel } from '../../src/registry/vendor-names';

describe('makers as Korean readers know them', () => {
  it('uses the established Korean name in Korean, the legal name in English and for everyone else', () => {
    expect(vendorLabel('Kuaishou Technology', 'ko')).toBe('콰이쇼우(快手)');
    expect(vendorLabel('Kuaishou Technology', 'en')).toBe('Kuaishou Technology');
    expect(vendorLabel('NAVER Cloud', 'ko')).toBe('네이버클라우드');
    expect(vendorLabel('NAVER', 'ko')).toBe('네이버');
    expect(vendorLabel('Google LLC', 'ko')).toBe('구글');
    expect(vendorLabel('Midjourney, Inc.', 'ko')).toBe('Midjourney, Inc.');
    // A prefix must end at a word: "Metaverse Labs" is not Meta, "Googleplex" not Google.
    expect(vendorLabel('Googleplex Ltd', 'ko')).toBe('Googleplex Ltd');
  });
});
