/** The language setting beats the browser's: a Korean Chromium shows English when the user chose it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip, launchExtension, openToolbarPopup, tabIdOf, waitFor, type Harness } from './support/extension';

const run = chromiumOrSkip() ? describe : describe.skip;

run('language setting in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com'], { devtools: true, locale: 'ko-KR' });
  });
  afterAll(async () => h?.close());

  it('shows the popup and the badge title in English when English is chosen', async () => {
    const sw = await h.worker();
    // The browser speaks Korean ('ko' or 'ko-KR', depending on how the context's locale is emulated).
    expect(await sw.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^ko/);
    await sw.evaluate(() => chrome.storage.local.set({ settings: { language: 'en' } }));
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url('chatgpt.com', '/c/lang'));
    const tabId = await tabIdOf(h, page);
    const title = await waitFor(async () => {
      const text = await (await h.worker()).evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
      return text.includes('OpenAI') ? text : null;
    }, 'badge title');
    expect(title).toContain('United States');
    const { popup, close } = await openToolbarPopup(h, page);
    await popup.getByRole('heading', { name: 'ChatGPT' }).waitFor();
    const text = await popup.locator('main').innerText();
    expect(text).toContain('Korean alternatives');
    expect(text).toContain('United States');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await close();
  });
});
