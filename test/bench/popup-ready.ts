/**
 * Time from opening popup.html to the tool card and the week tally being in the DOM, in the real
 * Chromium (median of RUNS), beside a blank extension page opened the same way (icons/icon-16.png, a
 * static resource with no script) as the floor. Both are opened by the worker in a background tab next
 * to an active chatgpt.com tab, so the popup answers for that tool, and timed from the navigation's
 * own time origin (an init script stamps the moment both parts exist).
 */
import type { Page } from 'playwright-core';
import { chromiumOrSkip, launchExtension, type Harness } from '../e2e/support/extension';
import { median } from './median';

// 15 opens: the blank page alone swings ±5 ms between opens, and the figure is a difference of two medians.
const RUNS = Number(process.env.BENCH_POPUP_RUNS ?? 15);
const MIN = 60_000;

const ms = (x: number) => `${x.toFixed(1)} ms`;
const summary = (xs: number[]) => `median ${ms(median(xs))} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}, n=${xs.length})`;

declare global { interface Window { __popupReadyAt?: number } }

/**
 * Runs in every page before its scripts: stamps when the card and a tally row are both in the DOM.
 * A string, not a function: tsx adds `__name()` helpers to functions, which do not exist in the page.
 */
const STAMP_READY = `
  new MutationObserver(() => {
    if (window.__popupReadyAt === undefined && document.querySelector('.card') && document.querySelector('.tally .share-parts')) {
      window.__popupReadyAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** Opens `path` of the extension in a background tab (from the worker) and returns the new page. */
async function openInBackground(h: Harness, path: string): Promise<Page> {
  const url = `chrome-extension://${h.extensionId}/${path}`;
  const opened = h.ctx.waitForEvent('page', { predicate: (p) => p.url() === url || p.url() === 'about:blank', timeout: 15_000 });
  const sw = await h.worker();
  await sw.evaluate((u) => chrome.tabs.create({ url: u, active: false }).then(() => undefined), url);
  const page = await opened;
  await page.waitForURL(url);
  return page;
}

async function loadEnd(page: Page): Promise<number> {
  await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd);
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
}

/** `first`: the first open after the page visit (the worker has not read registry.json yet; caches cold). */
export interface PopupTimes { blank: number[]; load: number[]; ready: number[]; first: number }

export async function popupReady(): Promise<[string, string][]> {
  const t = await popupTimes();
  if (!t) return [['popup ready time', 'skipped: no Chromium']];
  return [
    ['blank page (icon-16.png), load end', summary(t.blank)],
    ['popup.html, load end', summary(t.load)],
    ['popup.html, card + tally rendered', summary(t.ready)],
    ['popup ready minus blank page', ms(median(t.ready) - median(t.blank))],
    // Against the median blank page: the first blank page of a fresh browser is itself slow.
    ['first open after a page visit, minus blank page', `${ms(t.first - median(t.blank))} (reads registry.json; one sample)`],
  ];
}

/**
 * Ready minus blank page, measured in BENCH_POPUP_BROWSERS fresh browsers (default 3) one after the other.
 * One browser's 15 opens already take a median, but whole browsers differ more than opens do: the same
 * build gave 10.8–21.4 ms from one browser to the next on this machine (session 7). The figure is the
 * median browser; every browser's value is reported beside it.
 */
export async function popupOverBlank(extensionDir?: string): Promise<{ ready: number; blank: number }[] | null> {
  const browsers = Number(process.env.BENCH_POPUP_BROWSERS ?? 3);
  const each: { ready: number; blank: number }[] = [];
  for (let i = 0; i < browsers; i++) {
    const t = await popupTimes(extensionDir);
    if (!t) return null;
    each.push({ ready: median(t.ready), blank: median(t.blank) });
  }
  return each;
}

/** `extensionDir`: another build than dist/chrome (a before/after comparison, e.g. test/bench/popup-ab.ts). */
export async function popupTimes(extensionDir?: string): Promise<PopupTimes | null> {
  if (!chromiumOrSkip()) return null;
  const h = await launchExtension(['chatgpt.com'], extensionDir ? { extensionDir } : {});
  try {
    await h.ctx.addInitScript({ content: STAMP_READY });
    const sw = await h.worker();
    // A week with data, so the tally renders its rows (not the first-run welcome).
    await sw.evaluate(async (min) => {
      const d = new Date();
      const key = `day:${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      await chrome.storage.local.set({ schemaVersion: 1, [key]: { chatgpt: { activeMs: 40 * min, visits: 4 }, 'clova-x': { activeMs: 20 * min, visits: 2 } } });
    }, MIN);
    const tool = await h.ctx.newPage();
    await tool.goto(h.sites.url('chatgpt.com'));
    await tool.bringToFront();

    const blank: number[] = [];
    const popupLoad: number[] = [];
    const ready: number[] = [];
    let first = NaN;
    for (let i = 0; i <= RUNS; i++) {
      const icon = await openInBackground(h, 'icons/icon-16.png');
      const iconMs = await loadEnd(icon);
      await icon.close();
      const popup = await openInBackground(h, 'popup.html');
      const readyMs = await (await popup.waitForFunction(() => window.__popupReadyAt)).jsonValue();
      const heading = await popup.locator('#tool-name').innerText();
      if (heading !== '챗GPT') throw new Error(`popup showed "${heading}", not the chatgpt.com tab's tool`);
      const loadMs = await loadEnd(popup);
      await popup.close();
      if (i === 0) {
        first = readyMs as number; // warm-up: first use of the worker's full registry and caches
        continue;
      }
      blank.push(iconMs);
      popupLoad.push(loadMs);
      ready.push(readyMs as number);
    }
    return { blank, load: popupLoad, ready, first };
  } finally {
    await h.close();
  }
}
