/**
 * The Firefox build: a page that navigates away right after use loses nothing (its last report goes by
 * message and by the storage hand-off; issue 15). Truth is measured in the page by its own clock.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSites, type FakeSites } from './support/fake-sites';
import { waitFor } from './support/extension';
import { firefoxOrSkip, launchFirefox, openExtensionPage } from './support/firefox';
import { storedDays } from './support/days';

const firefox = firefoxOrSkip();
const run = firefox ? describe : describe.skip;
const TOLERANCE_MS = 50;

run('Firefox: unload', () => {
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

  it('counts a stretch that ends with the page navigating away, to within 50 ms of the page\'s own clock', async () => {
    const tool = await browser.newPage();
    await tool.goto(sites.url('chatgpt.com', '/c/unload'));
    await tool.bringToFront();
    // Marks in the page's localStorage, written synchronously by the page's own listeners.
    await tool.evaluate(() => {
      localStorage.clear();
      const mark = (kind: string) => localStorage.setItem(kind, String(Date.now()));
      addEventListener('keydown', (e) => e.isTrusted && !localStorage.getItem('start') && mark('start'), true);
      addEventListener('pagehide', (e) => e.isTrusted && mark('end'), true);
    });
    const started = Date.now();
    while (Date.now() - started < 3_000) await tool.keyboard.press('Shift');
    await tool.goto(sites.url('example.org', '/elsewhere'));
    await tool.goto(sites.url('chatgpt.com', '/c/read-marks'));
    const marks = await tool.evaluate(() => [Number(localStorage.getItem('start')), Number(localStorage.getItem('end'))]);
    const truth = marks[1]! - marks[0]!;
    expect(truth).toBeGreaterThan(2_500);
    const ext = await openExtensionPage(browser, 'popup.html');
    const counted = await waitFor(async () => {
      const all = await ext.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get(null));
      const ms = storedDays(all)
        .reduce((sum, [, b]) => sum + ((b as Record<string, { activeMs: number }>).chatgpt?.activeMs ?? 0), 0);
      return Math.abs(ms - truth) <= TOLERANCE_MS ? ms : null;
    }, `about ${truth} ms counted in Firefox`, 15_000);
    console.log(`[e2e] firefox unload: truth ${truth} ms, counted ${counted} ms`);
  });
});
