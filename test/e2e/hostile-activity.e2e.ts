/**
 * A page cannot make time count without anyone there (issue 15, item 3). Two pages, each of which the
 * previous code counted in full in this Chromium: one scrolls itself 1 px a second (scroll events are
 * trusted even then), one loops a muted 1 × 1 video.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCROLL_GRACE_MS } from '../../src/content/activity-tracker';
import { chromiumOrSkip, launchExtension, readStorage, useRealFocus, waitFor, type Harness } from './support/extension';
import { storedDays } from './support/days';

const run = chromiumOrSkip() ? describe : describe.skip;
const IDLE_S = 15;

const PAGES = (_host: string, path: string) => `<!doctype html><html><head><meta charset="utf-8"></head>
<body style="height:20000px"><h1>${path}</h1><video id="v" width="1" height="1" muted loop playsinline></video>
<script>
  if (location.pathname === '/c/scrolls') setInterval(() => scrollBy(0, 1), 1000);
  if (location.pathname === '/c/video') {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 2;
    const g = canvas.getContext('2d');
    setInterval(() => { g.fillStyle = '#' + Math.floor(Math.random() * 4095).toString(16); g.fillRect(0, 0, 2, 2); }, 100);
    const v = document.getElementById('v');
    v.srcObject = canvas.captureStream(10);
    v.play();
  }
</script></body></html>`;

run('pages that keep themselves busy', () => {
  let h: Harness;
  beforeAll(async () => {
    // Each test on a tool of its own: a page a test leaves open reports its last stretch later, and
    // must not land in the next test's count (it did, 3 s of it, on a slower machine).
    h = await launchExtension(['chatgpt.com', 'claude.ai', 'example.org'], { body: PAGES });
    const sw = await h.worker();
    await sw.evaluate((idleSeconds) => chrome.storage.local.set({ settings: { idleSeconds } }), IDLE_S);
  });
  afterAll(async () => h?.close());

  const counted = async (toolId: string) => {
    const all = await readStorage(h);
    return storedDays(all)
      .reduce((sum, [, b]) => sum + ((b as Record<string, { activeMs: number }>)[toolId]?.activeMs ?? 0), 0);
  };

  /** Opens `path` in front with real focus, runs `during` for `ms`, then moves focus away (reports). */
  async function visit(host: string, toolId: string, path: string, ms: number, during: (page: import('playwright-core').Page) => Promise<void>) {
    const before = await counted(toolId);
    const elsewhere = await h.ctx.newPage();
    await elsewhere.goto(h.sites.url('example.org'));
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url(host, path));
    await useRealFocus(h, page);
    await page.bringToFront();
    const opened = Date.now();
    await during(page);
    await waitFor(() => Date.now() - opened > ms, `${ms} ms on the page`, ms + 5_000);
    await elsewhere.bringToFront();
    await waitFor(() => page.evaluate(() => !document.hasFocus()), 'focus moved away');
    // The report goes out at once; wait until the worker had it (or it is clear nothing came).
    await waitFor(async () => (await counted(toolId)) > before || Date.now() - opened > ms + 2_000, 'report handled', 10_000);
    return { counted: (await counted(toolId)) - before, page };
  }

  it('a page scrolling itself counts only the idle threshold after the one real key press', async () => {
    const { counted: ms, page } = await visit('chatgpt.com', 'chatgpt', '/c/scrolls', (IDLE_S + 6) * 1_000, async (p) => {
      await p.keyboard.press('Shift');
    });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(10); // it did scroll itself, trusted events and all
    console.log(`[e2e] self-scrolling page: ${(IDLE_S + 6) * 1_000} ms open after one key press, ${ms} ms counted`);
    expect(ms).toBeGreaterThanOrEqual(IDLE_S * 1_000 - 500);
    expect(ms).toBeLessThanOrEqual(IDLE_S * 1_000 + SCROLL_GRACE_MS);
  });

  it('a muted 1×1 looping video on a page nobody touched counts nothing', async () => {
    const { counted: ms } = await visit('claude.ai', 'claude', '/c/video', 6_000, async (p) => {
      await waitFor(() => p.evaluate(() => !(document.getElementById('v') as HTMLVideoElement).paused), 'the video plays');
    });
    console.log(`[e2e] muted 1×1 video: 6000 ms open, ${ms} ms counted`);
    expect(ms).toBe(0);
  });
});
