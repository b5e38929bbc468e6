/**
 * First run in Chromium: the welcome page opens once on install, in the UI language, says what the
 * extension does, that nothing leaves the browser, and how to pin the icon.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip, launchExtension, waitFor, type Harness } from './support/extension';

const run = chromiumOrSkip() ? describe : describe.skip;

run('welcome page on install', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com']);
  });
  afterAll(async () => h?.close());

  it('opens once, in Korean, with the privacy promise and how to pin the icon', async () => {
    const url = `chrome-extension://${h.extensionId}/welcome.html`;
    const page = await waitFor(() => h.ctx.pages().find((p) => p.url() === url), 'welcome tab');
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').innerText()).toBe('AI 원산지를 설치했어요');
    const text = await page.locator('main').innerText();
    expect(text).toContain('밖으로 나가지 않아요');
    expect(text).toContain('핀을 눌러요');
    // Chrome's extension-page default (body 75%) must not shrink the text.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px');
    await page.screenshot({ path: 'dist/test-artifacts/welcome-ko.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'dist/test-artifacts/welcome-ko-dark.png', fullPage: true });
    // Only one, however many times the worker starts.
    expect(h.ctx.pages().filter((p) => p.url() === url)).toHaveLength(1);
  });
});
