import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguageSetting, countryName, t, uiLanguage } from '../../src/shared/i18n';
import { fake } from '../support/fake-browser';
import en from '../../src/_locales/en/messages.json';
import ko from '../../src/_locales/ko/messages.json';

const load = async (lang: 'ko' | 'en') => (lang === 'ko' ? ko : en);

afterEach(async () => {
  await applyLanguageSetting('auto');
  fake.uiLanguage = 'ko';
});

describe('language setting', () => {
  // First: catalogues are cached once loaded, and the later tests load both.
  it('keeps the browser language when the chosen catalogue cannot be read', async () => {
    await applyLanguageSetting('en', async () => {
      throw new Error('unreadable');
    });
    expect(t('extName')).toBe('AI 원산지');
  });

  it('follows the browser by default', () => {
    expect(t('extName')).toBe('AI 원산지');
    expect(countryName('CZ')).toBe('체코');
  });

  it('serves the chosen language even when the browser speaks another', async () => {
    await applyLanguageSetting('en', load);
    expect(uiLanguage()).toBe('en');
    expect(t('extName')).toBe('AI Origin');
    expect(t('ownedBy', ['Canva', 'Australia'])).toBe('Owned by Canva · Australia');
    expect(countryName('CN')).toBe('China');
    fake.uiLanguage = 'en-US';
    await applyLanguageSetting('ko', load);
    expect(t('extName')).toBe('AI 원산지');
    expect(countryName('US')).toBe('미국');
  });

  it('speaks one language in a browser we have no catalogue for: the default, Korean', () => {
    // The browser serves default_locale's strings there; names and country names must not switch to English.
    fake.uiLanguage = 'ja-JP';
    expect(uiLanguage()).toBe('ko');
    expect(t('ownedBy', ['Canva', countryName('AU')])).toBe('Canva 소유 · 호주');
    expect(countryName('CZ')).toBe('체코');
  });

  it('uses everyday Korean country names', () => {
    expect(countryName('AU', 'ko')).toBe('호주');
    expect(countryName('AU', 'en')).toBe('Australia');
  });

  it('has the same keys in both catalogues', async () => {
    const ko = (await import('../../src/_locales/ko/messages.json')).default as Record<string, unknown>;
    const en = (await import('../../src/_locales/en/messages.json')).default as Record<string, unknown>;
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('has the same placeholders for each key in both catalogues, and uses every one it declares', () => {
    type Entry = { message: string; placeholders?: Record<string, { content: string }> };
    const shape = (e: Entry) => Object.keys(e.placeholders ?? {}).map((k) => k.toLowerCase()).sort().join(',');
    // Plural forms (`_one`, `_other`…, picked with Intl.PluralRules) may spell their number out ("1 week").
    const plural = (key: string) => /_(zero|one|two|few|many|other)$/.test(key);
    const mismatched = Object.keys(ko).filter((key) => !plural(key)).filter((key) => shape((ko as Record<string, Entry>)[key]!) !== shape((en as Record<string, Entry>)[key]!));
    expect(mismatched).toEqual([]);
    const unused = Object.entries({ ...ko, ...en } as Record<string, Entry>).flatMap(([key, e]) =>
      Object.keys(e.placeholders ?? {}).filter((p) => !e.message.toLowerCase().includes(`$${p.toLowerCase()}$`)).map((p) => `${key}.${p}`));
    expect(unused).toEqual([]);
  });
});
