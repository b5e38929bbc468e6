/** Reading settings changes nothing; the handlers that write text apply her language themselves. */
import { afterEach, describe, expect, it } from 'vitest';
import { createDeps } from '../../src/background/deps';
import { createHandlers } from '../../src/background/handlers';
import { applyLanguageSetting, uiLanguage } from '../../src/shared/i18n';
import en from '../../src/_locales/en/messages.json';
import { fake } from '../support/fake-browser';
import { createFakeStorage } from '../support/fake-storage';

afterEach(() => applyLanguageSetting('auto'));

describe('settings and the UI language', () => {
  it('reading settings does not switch the language; the badge and card handler does', async () => {
    fake.uiLanguage = 'ko';
    // The worker loads the other catalogue from the extension's files; here it is served from disk, once.
    await applyLanguageSetting('en', async () => en);
    await applyLanguageSetting('auto');
    const deps = createDeps(createFakeStorage({ schemaVersion: 1, settings: { language: 'en' } }), () => new Date(2026, 10, 27, 10).getTime());
    expect((await deps.settings.read()).language).toBe('en');
    expect(uiLanguage()).toBe('ko');
    const reply = await createHandlers(deps)['page:hello']({ url: 'https://chatgpt.com/', visitId: 'v1' }, { sender: {}, tabId: 5 });
    expect(uiLanguage()).toBe('en');
    expect(reply.card?.country).toBe('United States');
    // The card's buttons too: the page never looks words up itself (it would get the browser's Korean).
    expect(reply.card?.labels).toMatchObject({ showAlternatives: en.cardShowAlternatives.message, close: en.cardClose.message });
    expect(reply.card?.alternatives[0]?.openLabel).toContain(reply.card?.alternatives[0]?.name);
  });
});
