/**
 * A page that goes away after the worker stopped loses nothing (issue 15, item 2). The worker is killed
 * the way Chrome stops it (CDP Target.closeTarget) while the user is active; then the page navigates
 * away, or its tab is closed. The final report to the stopped worker is lost with the page; the page's
 * hand-off through storage is not. Truth is measured in the page, by its own clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beActive, chromiumOrSkip, launchExtension, readStorage, runningWorkers, stopWorker, useRealFocus, waitFor, type Harness } from './support/extension';
import { readTruth, totalMs, watchTruth } from './support/truth';
import { storedDays } from './support/days';

const run = chromiumOrSkip() ? describe : describe.skip;
/** Both clocks are the same machine's; the page's listener and ours run in the same event dispatch. */
const TOLERANCE_MS = 50;

run('unload after a worker stop', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com', 'example.org']);
  });
  afterAll(async () => h?.close());

  const counted = async () => {
    const days = storedDays(await readStorage(h));
    return days.reduce((sum, [, bucket]) => sum + ((bucket as Record<string, { activeMs: number }>).chatgpt?.activeMs ?? 0), 0);
  };

  for (const leave of ['navigates away', 'is closed'] as const) {
    it(`counts every millisecond when the worker is stopped and then the page ${leave}`, async () => {
      const before = await counted();
      const reset = await h.ctx.newPage(); // each case starts with no marks on the origin
      await reset.goto(h.sites.url('chatgpt.com', '/reset'));
      await reset.evaluate(() => localStorage.clear());
      await reset.close();
      const page = await h.ctx.newPage();
      await watchTruth(page);
      await page.goto(h.sites.url('chatgpt.com', `/c/${leave.replace(' ', '-')}`));
      await useRealFocus(h, page);
      await page.bringToFront();
      await beActive(page, 6_000);
      await stopWorker(h); // as Chrome does on updates and under memory pressure
      await beActive(page, 2_000);
      if (leave === 'navigates away') await page.goto(h.sites.url('example.org', '/elsewhere'));
      else await page.close();
      // Nothing else wakes the stopped worker here: the hand-off's storage change does.
      await waitFor(async () => (await runningWorkers(h)).length > 0, 'the hand-off woke the worker');
      const stretches = await readTruth(h.ctx, h.sites.url('chatgpt.com', '/truth'));
      expect(stretches).toHaveLength(1);
      const expected = totalMs(stretches);
      const got = await waitFor(async () => {
        const ms = (await counted()) - before;
        return Math.abs(ms - expected) <= TOLERANCE_MS ? ms : null;
      }, `about ${expected} ms counted`);
      console.log(`[e2e] unload (${leave}): truth ${expected} ms, counted ${got} ms, lost ${expected - got} ms`);
      expect(Object.keys(await readStorage(h)).filter((k) => k.startsWith('handoff:'))).toEqual([]);
    });
  }
});
