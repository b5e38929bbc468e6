/**
 * Extension reloaded (as on an update) while an AI tab is open: the tab keeps being counted without a
 * page reload (fresh script injected), the page is still one visit, and the orphaned old script stops
 * without errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beActive, chromiumOrSkip, launchExtension, readStorage, reloadExtension, runningWorkers, useRealFocus, waitFor, type Harness,
} from './support/extension';
import { storedDays } from './support/days';

const run = chromiumOrSkip() ? describe : describe.skip;

run('extension update with AI tabs open', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com', 'example.org']);
  });
  afterAll(async () => h?.close());

  it('keeps counting in an already-open tab after the extension reloads as the same visit, with no errors in the page', async () => {
    const tool = await h.ctx.newPage();
    const elsewhere = await h.ctx.newPage();
    const problems: string[] = [];
    tool.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    tool.on('pageerror', (e) => problems.push(String(e)));
    await elsewhere.goto(h.sites.url('example.org'));
    await tool.goto(h.sites.url('chatgpt.com', '/c/update'));
    await useRealFocus(h, tool);
    await useRealFocus(h, elsewhere);
    const visitsBefore = await waitFor(async () => {
      const all = await readStorage(h);
      const bucket = storedDays(all)[0]?.[1] as Record<string, { visits: number }> | undefined;
      return bucket?.chatgpt?.visits;
    }, 'first visit stored');
    expect(visitsBefore).toBe(1);

    const before = await runningWorkers(h);
    await reloadExtension(h);
    // The fresh worker injects into open registry-host tabs on install/update.
    await waitFor(async () => (await runningWorkers(h)).some((id) => !before.includes(id)), 'fresh worker up');
    const fresh = await h.worker();

    await tool.bringToFront();
    const from = Date.now();
    await beActive(tool, 2_000);
    await elsewhere.bringToFront();
    await waitFor(() => tool.evaluate(() => !document.hasFocus()), 'tool page lost focus');
    const day = await waitFor(async () => {
      const all = await fresh.evaluate(() => chrome.storage.local.get(null));
      const bucket = storedDays(all)[0]?.[1] as Record<string, { activeMs: number; visits: number }> | undefined;
      return (bucket?.chatgpt?.activeMs ?? 0) > 1_000 ? bucket : null;
    }, 'active time counted after the update');
    expect(day!.chatgpt!.activeMs).toBeLessThanOrEqual(Date.now() - from);
    // The re-injected script continues the page the old one already counted: not a second visit.
    expect(day!.chatgpt!.visits).toBe(1);
    expect(problems.filter((p) => /context invalidated|ai-origin/i.test(p))).toEqual([]);
  });
});
