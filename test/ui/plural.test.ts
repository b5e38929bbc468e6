/** Counts with real plural forms: "1 week" / "4 weeks" in English, one form in Korean. */
import { afterEach, describe, expect, it } from 'vitest';
import { plural } from '../../src/ui/plural';
import { applyLanguageSetting } from '../../src/shared/i18n';
import { fake } from '../support/fake-browser';
import en from '../../src/_locales/en/messages.json';
import ko from '../../src/_locales/ko/messages.json';

afterEach(async () => {
  await applyLanguageSetting('auto');
  fake.uiLanguage = 'ko';
});

describe('plurals', () => {
  it('English: one and other', async () => {
    fake.uiLanguage = 'en-US';
    expect(plural('reportStreak', 1)).toBe('Goal met 1 week in a row.');
    expect(plural('reportStreak', 4)).toBe('Goal met 4 weeks in a row.');
    expect(plural('reportWeeksAgo', 1)).toBe('1 week ago');
    expect(plural('reportWeeksAgo', 3)).toBe('3 weeks ago');
    expect(plural('countVisits', 1)).toBe('1 visit');
    expect(plural('countVisits', 0)).toBe('0 visits');
    expect(plural('reportDeleted', 1)).toBe('Deleted 1 stored item.');
    expect(plural('reportQuarantine', 2)).toBe('2 damaged stored items were set aside.');
  });

  it('Korean: one form, the number in it', () => {
    expect(plural('reportStreak', 1)).toBe('1주 연속 목표를 달성했어요.');
    expect(plural('reportStreak', 4)).toBe('4주 연속 목표를 달성했어요.');
    expect(plural('countVisits', 1)).toBe('1회');
  });

  it('follows the language setting, not only the browser', async () => {
    await applyLanguageSetting('en', async (lang) => (lang === 'ko' ? ko : en));
    expect(plural('reportStreakAtLeast', 1)).toBe('Goal met 1 week or more in a row.');
    expect(plural('reportStreakAtLeast', 11)).toBe('Goal met 11 weeks or more in a row.');
  });

  it('every plural message has its "other" form in both catalogues', () => {
    for (const catalogue of [ko, en] as Record<string, unknown>[]) {
      for (const key of Object.keys(catalogue).filter((k) => k.endsWith('_one'))) {
        expect(catalogue[key.replace(/_one$/, '_other')], key).toBeDefined();
      }
    }
  });

  it('every plural message has its "one" form in both catalogues (plural() asks for it by the count alone)', () => {
    for (const catalogue of [ko, en] as Record<string, unknown>[]) {
      for (const key of Object.keys(catalogue).filter((k) => k.endsWith('_other'))) {
        expect(catalogue[key.replace(/_other$/, '_one')], key).toBeDefined();
      }
    }
  });

  it('counts visits in the popup as people say them', async () => {
    expect(plural('popupVisits', 1)).toBe('방문 1회');
    await applyLanguageSetting('en', async () => en);
    expect(plural('popupVisits', 1)).toBe('1 visit');
    expect(plural('popupVisits', 12)).toBe('12 visits');
  });
});
