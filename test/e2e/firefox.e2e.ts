/**
 * The Firefox build in a real Firefox with its Korean UI: the tool is detected, labelled and counted; the
 * toolbar button sits on the toolbar; the real toolbar popup speaks Korean and, with classic scrollbars,
 * a popup taller than its limit does not scroll sideways.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSites, type FakeSites } from './support/fake-sites';
import { waitFor } from './support/extension';
import {
  ACTION_WIDGET_ID, assertKoreanUi, evaluateInBrowserChrome, FIREFOX_DIR, firefoxOrSkip, launchFirefox, openExtensionPage, openToolbarPopup,
} from './support/firefox';
import { storedDays } from './support/days';

type Api = typeof chrome;

const firefox = firefoxOrSkip();
const run = firefox ? describe : describe.skip;

run('Firefox', () => {
  let browser: Browser;
  let sites: FakeSites;
  let tool: Page;
  let other: Page;
  let ext: Page;
  /** Today's usage, read through one of our pages. */
  const today = async (page: Page) => {
    const all = await page.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.get(null));
    return storedDays(all)[0]?.[1] as Record<string, { activeMs: number; visits: number }> | undefined;
  };
  beforeAll(async () => {
    sites = await startFakeSites(['chatgpt.com', 'example.org']);
    browser = await launchFirefox(firefox!);
  });
  afterAll(async () => {
    await browser?.close();
    await sites?.close();
  });

  it('detects chatgpt.com, counts the visit and active time, and leaves other sites alone', async () => {
    tool = await browser.newPage();
    await tool.goto(sites.url('chatgpt.com', '/c/firefox'));
    other = await browser.newPage();
    await other.goto(sites.url('example.org'));
    await tool.bringToFront();
    const start = Date.now();
    while (Date.now() - start < 2_000) {
      await tool.keyboard.press('Shift');
      await tool.mouse.move(40 + ((Date.now() / 10) % 100), 50);
    }
    await other.bringToFront(); // focus leaves the tool: its segment is closed and reported

    ext = await openExtensionPage(browser, 'popup.html');
    const day = await waitFor(async () => {
      const all = (await ext.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get: (k: null) => Promise<Record<string, unknown>> } } } }).browser.storage.local.get(null)));
      const bucket = storedDays(all)[0]?.[1] as Record<string, { activeMs: number; visits: number }> | undefined;
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
    expect(badge).toBe('미국'); // the Korean badge: before the language pack this test saw English and 'US'
  });

  it('the button is on the toolbar (default_area "navbar"), not in the Extensions menu', async () => {
    const area = await evaluateInBrowserChrome(browser, `CustomizableUI.getPlacementOfWidget('${ACTION_WIDGET_ID}')?.area`);
    expect(area).toBe('nav-bar');
    const onNavBar = await evaluateInBrowserChrome(browser,
      `document.getElementById('nav-bar').contains(document.getElementById('${ACTION_WIDGET_ID}'))`);
    expect(onNavBar).toBe('true');
  });

  it('the real toolbar popup speaks Korean and does not scroll sideways with classic scrollbars', async () => {
    await assertKoreanUi(ext);
    await tool.bringToFront(); // the popup is about the tab in front; `ext` stays in the background
    await openToolbarPopup(ext, '.tally');
    const shown = await ext.evaluate(() => {
      const doc = (globalThis as unknown as { browser: Api }).browser.extension.getViews({ type: 'popup' })[0]!.document;
      const flag = doc.querySelector('.origin-line .flag')!.getBoundingClientRect();
      const win = doc.defaultView!;
      return {
        title: doc.querySelector('h1')?.textContent, text: (doc.querySelector('main') as HTMLElement).innerText,
        // The stylesheet inside the page holds in Firefox too (allowed by its hash): the foreign colour, the flag's box.
        style: [win.getComputedStyle(doc.querySelector('.origin-country')!).color, flag.width, flag.height],
      };
    });
    expect(shown.style).toEqual(['rgb(179, 63, 0)', 30, 20]);
    expect(shown.title).toBe('챗GPT');
    expect(shown.text).toContain('미국');
    expect(shown.text).toContain('이번 주 AI 사용');
    expect(shown.text).toContain('자세한 리포트');

    // Taller than the popup's limit: the sources open and every alternative shown.
    await ext.evaluate(() => {
      const doc = (globalThis as unknown as { browser: Api }).browser.extension.getViews({ type: 'popup' })[0]!.document;
      for (const details of doc.querySelectorAll('details')) details.open = true;
      doc.querySelector<HTMLElement>('.alternatives button[aria-expanded="false"]')?.click();
    });
    let lastHeight = 0;
    const m = await waitFor(async () => {
      const now = await ext.evaluate(() => {
        const win = (globalThis as unknown as { browser: Api }).browser.extension.getViews({ type: 'popup' })[0]!;
        const root = win.document.documentElement;
        win.scrollTo(100, 0); // a sideways scroll, if there is anything to scroll
        // The browser draws classic scrollbars (whatever the popup's own CSS does with its own): a probe box.
        const probe = Object.assign(win.document.createElement('div'), { style: 'position:absolute;width:99px;height:99px;overflow:scroll' });
        win.document.body.append(probe);
        const classicScrollbar = probe.offsetWidth - probe.clientWidth;
        probe.remove();
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, scrollHeight: root.scrollHeight,
          clientHeight: root.clientHeight, innerWidth: win.innerWidth, innerHeight: win.innerHeight, scrollX: win.scrollX, classicScrollbar };
      });
      // Done growing (Firefox resizes the popup after the content changes) and taller than the limit.
      const settled = now.innerHeight === lastHeight && now.scrollHeight > now.clientHeight;
      lastHeight = now.innerHeight;
      return settled ? now : null;
    }, 'popup taller than its limit');
    console.log(`[e2e] firefox popup with classic scrollbars: ${JSON.stringify(m)}`);
    expect(m.classicScrollbar).toBeGreaterThan(0); // classic scrollbars take room in this browser
    expect(m.scrollWidth).toBeLessThanOrEqual(m.clientWidth);
    expect(m.scrollX).toBe(0);
    expect(m.clientWidth).toBeGreaterThanOrEqual(360); // the content keeps its full width
  });

  it('an update with the tool tab open keeps counting it as the same visit', async () => {
    const before = (await today(ext))!.chatgpt!;
    expect(before.visits).toBe(1);
    await browser.installExtension(FIREFOX_DIR); // installing the same add-on again is an update (same id)
    const page = await openExtensionPage(browser, 'report.html');
    // Until the fresh content script runs in the tab, activity there is not counted: repeat short bursts.
    const after = await waitFor(async () => {
      await tool.bringToFront();
      const start = Date.now();
      while (Date.now() - start < 300) await tool.keyboard.press('Shift');
      await other.bringToFront();
      const bucket = await today(page);
      return (bucket?.chatgpt?.activeMs ?? 0) > before.activeMs ? bucket!.chatgpt! : null;
    }, 'active time counted after the update', 15_000);
    console.log(`[e2e] firefox update: visits ${before.visits} → ${after.visits}, active ${before.activeMs} → ${after.activeMs} ms`);
    expect(after.visits).toBe(1);
  });
});
