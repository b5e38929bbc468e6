/**
 * Tracking in a real Chromium: active time on the fake chatgpt.com matches the ground truth while the
 * service worker is stopped on purpose several times; ordinary browsing never starts the worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beActive, chromiumOrSkip, launchExtension, readStorage, runningWorkers, stopWorker, useRealFocus, waitFor, type Harness,
} from './support/extension';
import { readTruth, totalMs, watchTruth } from './support/truth';
import { storedDays } from './support/days';

const run = chromiumOrSkip() ? describe : describe.skip;
type Day = Record<string, { activeMs: number; visits: number }>;
/** Page and extension see the same trusted events; only the order of two listeners separates them. */
const TOLERANCE_MS = 50;

const todayBucket = async (h: Harness): Promise<Day> => {
  const all = await readStorage(h);
  return (storedDays(all).pop()?.[1] ?? {}) as Day;
};


run('usage tracking in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com', 'example.org']);
  });
  afterAll(async () => h?.close());

  it('counts active time to the millisecond across worker stops, and each visit exactly once', async () => {
    const tool = await h.ctx.newPage();
    await watchTruth(tool);
    const elsewhere = await h.ctx.newPage();
    await elsewhere.goto(h.sites.url('example.org'));
    await tool.goto(h.sites.url('chatgpt.com', '/c/track'));
    // After navigation: the emulation override does not survive a new document.
    await useRealFocus(h, tool);
    await useRealFocus(h, elsewhere);
    await waitFor(async () => (await todayBucket(h)).chatgpt?.visits === 1, 'visit counted');

    const STOPS = 3;
    let outside = 0; // the old way of measuring: from the test process, latencies included
    for (let i = 0; i < STOPS; i++) {
      await stopWorker(h);
      // The first trusted input starts the segment; focus moving away ends it (and reports it).
      await tool.bringToFront();
      const from = Date.now();
      await beActive(tool, 2_500);
      await elsewhere.bringToFront();
      await waitFor(() => tool.evaluate(() => !document.hasFocus()), 'tool page lost focus');
      outside += Date.now() - from;
    }
    const stretches = await waitFor(async () => {
      const recorded = await readTruth(h.ctx, tool.url(), tool);
      return recorded.length === STOPS ? recorded : null;
    }, 'the page recorded every stretch');
    const expected = totalMs(stretches);
    const counted = await waitFor(async () => {
      const ms = (await todayBucket(h)).chatgpt?.activeMs ?? 0;
      return Math.abs(ms - expected) <= TOLERANCE_MS ? ms : null;
    }, `active time near ${expected} ms`);
    console.log(`[e2e] tracking: truth in the page ${expected} ms, counted ${counted} ms (${counted - expected} ms), ${STOPS} worker stops; measured from outside ${outside} ms`);
    expect((await todayBucket(h)).chatgpt?.visits).toBe(1);
  });

  it('a ChatGPT URL with a 4 178-character ?q= still counts its time and its visit', async () => {
    const before = await todayBucket(h);
    const page = await h.ctx.newPage();
    const url = h.sites.url('chatgpt.com', `/?q=${encodeURIComponent('가'.repeat(460))}`);
    expect(url.length).toBeGreaterThan(4_096); // past the old per-message limit: it stalled the tab
    await page.goto(url);
    await useRealFocus(h, page);
    await page.bringToFront();
    await beActive(page, 1_500);
    const other = await h.ctx.newPage();
    await other.goto(h.sites.url('example.org', '/'));
    await other.bringToFront();
    await waitFor(async () => {
      const now = (await todayBucket(h)).chatgpt;
      return now && now.visits === (before.chatgpt?.visits ?? 0) + 1 && now.activeMs >= (before.chatgpt?.activeMs ?? 0) + 1_400;
    }, 'time and visit counted');
  });

  it('browsing 20 ordinary pages starts the worker zero times', async () => {
    await stopWorker(h);
    const page = await h.ctx.newPage();
    for (let i = 0; i < 20; i++) await page.goto(h.sites.url('example.org', `/page/${i}`));
    expect(await runningWorkers(h)).toEqual([]);
    // Positive control: an AI page does start it.
    await page.goto(h.sites.url('chatgpt.com', '/c/wake'));
    await waitFor(async () => (await runningWorkers(h)).length > 0, 'worker started by an AI page');
  });
});
