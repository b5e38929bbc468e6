/**
 * A shared host in a real Chromium: on x.com only /i/grok is an AI tool. Single-page navigation
 * (history.pushState, no reload) into and out of it switches counting; the rest of x.com is never
 * counted and never even messages the worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beActive, chromiumOrSkip, launchExtension, readStorage, tabIdOf, useRealFocus, waitFor, type Harness } from './support/extension';
import { storedDays } from './support/days';

const run = chromiumOrSkip() ? describe : describe.skip;
type Day = Record<string, { activeMs: number; visits: number }>;


run('single-page navigation on a shared host', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['x.com']);
  });
  afterAll(async () => h?.close());

  const today = async () => (storedDays(await readStorage(h))[0]?.[1] ?? {}) as Day;
  const badge = async (tabId: number) => (await h.worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  it('counts x.com/i/grok as Grok and nothing else on x.com', async () => {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url('x.com', '/home'));
    await useRealFocus(h, page);
    await page.bringToFront();
    await beActive(page, 1_000);
    const tabId = await tabIdOf(h, page);
    expect(await badge(tabId)).toBe('');

    await page.evaluate(() => history.pushState({}, '', '/i/grok'));
    await waitFor(async () => (await today()).grok?.visits === 1, 'grok visit after pushState');
    expect(await badge(tabId)).toBe('미국');
    const from = Date.now();
    await beActive(page, 2_000);
    await page.evaluate(() => history.pushState({}, '', '/home'));
    const spent = Date.now() - from;
    const grok = await waitFor(async () => {
      const entry = (await today()).grok;
      return entry && entry.activeMs > 1_000 ? entry : null;
    }, 'grok time');
    expect(grok.activeMs).toBeLessThanOrEqual(spent + 500);
    expect(grok.activeMs).toBeGreaterThan(spent - 1_000);

    await beActive(page, 1_500); // back on /home: must not count
    await page.evaluate(() => history.pushState({}, '', '/i/grok'));
    await waitFor(async () => (await today()).grok?.visits === 2, 'second grok visit');
    expect((await today()).grok!.activeMs).toBe(grok.activeMs);
    expect(Object.keys(await today())).toEqual(['grok']);
  });
});
