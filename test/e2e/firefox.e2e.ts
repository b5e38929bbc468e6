/** The Firefox build in a real Firefox: the tool is detected, labelled and counted. */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSites, type FakeSites } from './support/fake-sites';
import { waitFor } from './support/extension';
import { firefoxOrSkip, launchFirefox, openExtensionPage } from './support/firefox';

const firefox = firefoxOrSkip();
const run = firefox ? describe : describe.skip;

run('Firefox', () => {
  let browser: Browser;
  let sites: FakeSites;
  beforeAll(async () => {
    sites = await startFakeSites(['chatgpt.com', 'example.org']);
    browser = await launchFirefox(firefox!);
  });
  afterAll(async () => {
    await browser?.close();
    await sites?.close();
  });

  it('detects chatgpt.com, counts the visit and active time, and leaves other sites alone', async () => {
    const tool = await browser.newPage();
    await tool.goto(sites.url('chatgpt.com', '/c/firefox'));
    const other = await browser.newPage();
    await other.goto(sites.url('example.org'));
    await tool.bringToFront();
    const start = Date.now();
    while (Date.now() - start < 2_000) {
      await tool.keyboard.press('Shift');
      await tool.mouse.move(40 + ((Date.now() / 10) % 100), 50);
    }
    await other.bringToFront(); // focus leaves the tool: its segment is closed and reported

    const ext = await openExtensionPage(browser, 'popup.html');
    const day = await waitFor(async () => {
      const all = (await ext.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get: (k: null) => Promise<Record<string, unknown>> } } } }).browser.storage.local.get(null)));
      const bucket = Object.entries(all).find(([k]) => k.startsWith('day:'))?.[1] as Record<string, { activeMs: number; visits: number }> | undefined;
      return bucket?.chatgpt?.activeMs ? bucket : null;
    }, 'chatgpt counted in Firefox', 15_000);
    console.log(`[e2e] firefox: chatgpt visits ${day.chatgpt!.visits}, active ${day.chatgpt!.activeMs} ms of ~2000 ms`);
    expect(day.chatgpt!.visits).toBe(1);
    expect(day.chatgpt!.activeMs).toBeGreaterThan(500);
    expect(Object.keys(day)).toEqual(['chatgpt']);
    const badge = await ext.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [tab] = await api.tabs.query({ url: '*://chatgpt.com/*' });
      return api.action.getBadgeText({ tabId: tab!.id! });
    });
    expect(badge).toBe('US');
  });
});
