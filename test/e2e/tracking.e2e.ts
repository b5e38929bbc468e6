/**
 * Tracking in a real Chromium: active time on the fake chatgpt.com matches the ground truth while the
 * service worker is stopped on purpose several times; ordinary browsing never starts the worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beActive, chromiumOrSkip, launchExtension, readStorage, runningWorkers, stopWorker, useRealFocus, waitFor, type Harness,
} from './support/extension';

const run = chromiumOrSkip() ? describe : describe.skip;
type Day = Record<string, { activeMs: number; visits: number }>;

const todayBucket = async (h: Harness): Promise<Day> => {
  const all = await readStorage(h);
  return (Object.entries(all).filter(([k]) => k.startsWith('day:')).sort().pop()?.[1] ?? {}) as Day;
};


run('usage tracking in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com', 'example.org']);
  });
  afterAll(async () => h?.close());

  it('counts active time within 1 s per worker stop, and each visit exactly once', async () => {
    const tool = await h.ctx.newPage();
    const elsewhere = await h.ctx.newPage();
    await elsewhere.goto(h.sites.url('example.org'));
    await tool.goto(h.sites.url('chatgpt.com', '/c/track'));
    // After navigation: the emulation override does not survive a new document.
    await useRealFocus(h, tool);
    await useRealFocus(h, elsewhere);
    await waitFor(async () => (await todayBucket(h)).chatgpt?.visits === 1, 'visit counted');

    const STOPS = 3;
    let truth = 0;
    for (let i = 0; i < STOPS; i++) {
      await stopWorker(h);
      // The first trusted input starts the segment; focus moving away ends it (and reports it).
      await tool.bringToFront();
      const from = Date.now();
      await beActive(tool, 2_500);
      await elsewhere.bringToFront();
      await waitFor(() => tool.evaluate(() => !document.hasFocus()), 'tool page lost focus');
      truth += Date.now() - from;
    }
    const counted = await waitFor(async () => {
      const ms = (await todayBucket(h)).chatgpt?.activeMs ?? 0;
      return Math.abs(ms - truth) <= 1_000 * STOPS ? ms : null;
    }, `active time near ${truth} ms`);
    console.log(`[e2e] tracking: truth ${truth} ms, counted ${counted} ms, ${STOPS} worker stops, error ${counted - truth} ms`);
    expect((await todayBucket(h)).chatgpt?.visits).toBe(1);
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
