/**
 * A page cannot make time count without anyone there (issue 15, item 3): it scrolls itself 1 px every
 * 2 s (scroll events are trusted even then) and loops a muted 1×1 video. After one real key press,
 * only the idle threshold (15 s here) counts, not the whole time the page keeps "busy".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCROLL_GRACE_MS } from '../../src/content/activity-tracker';
import { chromiumOrSkip, launchExtension, readStorage, useRealFocus, waitFor, type Harness } from './support/extension';

const run = chromiumOrSkip() ? describe : describe.skip;
const IDLE_S = 15;

const BUSY_PAGE = (_host: string, path: string) => `<!doctype html><html><head><meta charset="utf-8"></head>
<body style="height:20000px"><h1>${path}</h1><video id="v" width="1" height="1" muted loop playsinline></video>
<script>
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 2;
  const g = canvas.getContext('2d');
  setInterval(() => { g.fillStyle = '#' + Math.floor(Math.random() * 4095).toString(16); g.fillRect(0, 0, 2, 2); }, 100);
  const v = document.getElementById('v');
  v.srcObject = canvas.captureStream(10);
  v.play();
  setInterval(() => scrollBy(0, 1), 2000);
</script></body></html>`;

run('a page that keeps itself busy', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com', 'example.org'], { body: BUSY_PAGE });
    const sw = await h.worker();
    await sw.evaluate((idleSeconds) => chrome.storage.local.set({ settings: { idleSeconds } }), IDLE_S);
  });
  afterAll(async () => h?.close());

  it(`counts only the idle threshold after the last real input, not the page's own scrolling and muted video`, async () => {
    const page = await h.ctx.newPage();
    const elsewhere = await h.ctx.newPage();
    await elsewhere.goto(h.sites.url('example.org'));
    await page.goto(h.sites.url('chatgpt.com', '/c/busy'));
    await useRealFocus(h, page);
    await page.bringToFront();
    await waitFor(() => page.evaluate(() => !(document.getElementById('v') as HTMLVideoElement).paused), 'the video plays');
    // The pointer rests over the page (so any synthetic pointer event would reach it); one key press.
    await page.mouse.move(300, 300);
    const pressed = Date.now();
    await page.keyboard.press('Shift');
    const scrolled = await page.evaluate(() => scrollY);
    await waitFor(() => Date.now() - pressed > (IDLE_S + 8) * 1_000, 'the page kept busy for a while', (IDLE_S + 10) * 1_000);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 5); // it did scroll itself
    await elsewhere.bringToFront(); // ends the stretch, reports it
    const counted = await waitFor(async () => {
      const day = Object.entries(await readStorage(h)).find(([k]) => k.startsWith('day:'))?.[1] as Record<string, { activeMs: number }> | undefined;
      return day?.chatgpt?.activeMs;
    }, 'time counted');
    console.log(`[e2e] busy page: ${Date.now() - pressed} ms open after one key press, ${counted} ms counted`);
    expect(counted).toBeGreaterThanOrEqual(IDLE_S * 1_000 - 500);
    expect(counted).toBeLessThanOrEqual(IDLE_S * 1_000 + SCROLL_GRACE_MS);
  });
});
