/** The popup's numbers and dates, written out without Intl (format.ts): they must read as Intl's did. */
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../src/_locales/en/messages.json';
import { count, duration, longDate, percentText } from '../../src/popup/format';
import { applyLanguageSetting } from '../../src/shared/i18n';
import { fake } from '../support/fake-browser';

afterEach(() => applyLanguageSetting('auto'));

describe('popup numbers and dates', () => {
  it('groups thousands with a comma and keeps up to three decimals, in both languages', () => {
    fake.uiLanguage = 'ko';
    for (const n of [0, 7, 999, 1000, 12345, 1234567, -4321, 2.5, 1.23456]) expect(count(n)).toBe(new Intl.NumberFormat('ko').format(n));
    expect(percentText(40)).toBe('40%');
    expect(percentText(100)).toBe(new Intl.NumberFormat('ko', { style: 'percent' }).format(1));
  });

  it('says hours and minutes as Intl does, even past a thousand hours', async () => {
    fake.uiLanguage = 'ko';
    const ko = (value: number, unit: string) => new Intl.NumberFormat('ko', { style: 'unit', unit, unitDisplay: 'long' }).format(value);
    expect(duration(1_234 * 3_600_000 + 5 * 60_000)).toBe(`${ko(1234, 'hour')} ${ko(5, 'minute')}`);
    await applyLanguageSetting('en', async () => en);
    const enUnit = (value: number, unit: string) => new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'short' }).format(value);
    expect(duration(45 * 60_000)).toBe(enUnit(45, 'minute'));
    expect(duration(2 * 3_600_000)).toBe(enUnit(2, 'hour'));
  });

  it('dates every month as Intl would, and shows a malformed registry date as written', async () => {
    fake.uiLanguage = 'ko';
    for (let m = 1; m <= 12; m++) {
      const day = `2026-${String(m).padStart(2, '0')}-0${m % 9 + 1}`;
      expect(longDate(day)).toBe(new Intl.DateTimeFormat('ko', { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(2026, m - 1, m % 9 + 1)));
    }
    await applyLanguageSetting('en', async () => en);
    for (let m = 1; m <= 12; m++) {
      expect(longDate(`2025-${String(m).padStart(2, '0')}-15`)).toBe(new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(2025, m - 1, 15)));
    }
    expect(longDate('2026-13-01')).toBe('2026-13-01');
    expect(longDate('someday')).toBe('someday');
  });
});
