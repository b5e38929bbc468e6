import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtMessages } from '../../src/build/built-messages';
import ko from '../../src/_locales/ko/messages.json';
import en from '../../src/_locales/en/messages.json';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** i18n.ts and the browser stand-in, fresh, as a build with the built strings runs them. */
async function builtI18n() {
  vi.stubGlobal('__BUILT_MESSAGES__', builtMessages({ ko, en }));
  vi.resetModules();
  const { fake, default: browser } = await import('../support/fake-browser');
  const i18n = await import('../../src/shared/i18n');
  return { fake, browser, getMessage: vi.spyOn(browser.i18n, 'getMessage'), i18n };
}

describe('the badge title without the catalogue', () => {
  it('says what getMessage says, in Korean and in English, without asking the browser for the catalogue', async () => {
    const { fake, browser, getMessage, i18n } = await builtI18n();
    const subs = ['클링 AI', '콰이쇼우', '중국'];
    const names: string[] = [];
    for (const ui of ['ko', 'en-US']) {
      fake.uiLanguage = ui;
      const built = [i18n.t('badgeTitle', subs), i18n.t('extName')];
      expect(getMessage).not.toHaveBeenCalled();
      expect(built).toEqual([browser.i18n.getMessage('badgeTitle', subs), browser.i18n.getMessage('extName')]);
      getMessage.mockClear();
      names.push(built[1]!);
    }
    expect(names).toEqual(['AI 원산지', 'AI Origin']);
    fake.uiLanguage = 'ko';
  });

  it('still asks the browser for every other string', async () => {
    const { getMessage, i18n } = await builtI18n();
    expect(i18n.t('extDescription')).toBe(ko.extDescription.message);
    expect(getMessage).toHaveBeenCalledWith('extDescription', undefined);
  });

  it('refuses to build when a catalogue lacks one of its strings', () => {
    const { badgeTitle: _dropped, ...rest } = en;
    expect(() => builtMessages({ ko, en: rest })).toThrow(/badgeTitle/);
  });
});
