import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguageSetting, countryName, t, uiLanguage } from '../../src/shared/i18n';
import { fake } from '../support/fake-browser';

afterEach(() => {
  applyLanguageSetting('auto');
  fake.uiLanguage = 'ko';
});

describe('language setting', () => {
  it('follows the browser by default', () => {
    expect(t('extName')).toBe('AI 원산지');
    expect(countryName('CZ')).toBe('체코');
  });

  it('serves the chosen language even when the browser speaks another', () => {
    applyLanguageSetting('en');
    expect(uiLanguage()).toBe('en');
    expect(t('extName')).toBe('AI Origin');
    expect(t('ownedBy', ['Canva', 'Australia'])).toBe('Owned by Canva · Australia');
    expect(countryName('CN')).toBe('China');
    fake.uiLanguage = 'en-US';
    applyLanguageSetting('ko');
    expect(t('extName')).toBe('AI 원산지');
    expect(countryName('US')).toBe('미국');
  });

  it('has the same keys in both catalogues', async () => {
    const ko = (await import('../../src/_locales/ko/messages.json')).default as Record<string, unknown>;
    const en = (await import('../../src/_locales/en/messages.json')).default as Record<string, unknown>;
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });
});
