/** Formatters are built once, but always speak the language in use: the report can switch while it is open. */
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../src/_locales/en/messages.json';
import { longDate } from '../../src/popup/format';
import { applyLanguageSetting } from '../../src/shared/i18n';
import { duration } from '../../src/ui/duration';
import { fake } from '../support/fake-browser';

afterEach(() => applyLanguageSetting('auto'));

describe('Intl formatting in the UI language', () => {
  it('follows a language switch after the formatters were built', async () => {
    fake.uiLanguage = 'ko';
    expect(longDate('2026-11-27')).toBe('2026년 11월 27일');
    expect(duration(125 * 60_000)).toContain('2시간');
    await applyLanguageSetting('en', async () => en);
    expect(longDate('2026-11-27')).toBe('Nov 27, 2026');
    expect(duration(125 * 60_000)).toContain('2 hr');
    await applyLanguageSetting('auto');
    expect(longDate('2026-11-27')).toBe('2026년 11월 27일');
  });
});
