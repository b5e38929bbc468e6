/**
 * The on-page origin card in a real Chromium: shown once a day on a foreign tool, its controls work by
 * keyboard and mouse, and a hostile page can neither read it, click it, restyle it, nor message the
 * extension into changing settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip, launchExtension, readStorage, waitFor, type Harness } from './support/extension';

const run = chromiumOrSkip() ? describe : describe.skip;

const HOSTILE = `
<style>
  * { font-family: serif !important; color: red !important; background: yellow !important; }
  ai-origin-card, html > :last-child { display: none !important; top: 900px !important; opacity: 0 !important; }
</style>
<script>
  // Globals overridden before anything else runs on the page.
  const realAttach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function () { return realAttach.call(this, { mode: 'open' }); };
  window.chrome = { runtime: { sendMessage: () => 'hijacked' } };
  document.hasFocus = () => true;
  window.results = { attempts: 0 };
  const attack = () => {
    const host = document.querySelector('ai-origin-card');
    if (!host) return requestAnimationFrame(attack);
    window.results.found = true;
    window.results.shadowRoot = host.shadowRoot === null ? 'null' : 'readable';
    const rect = host.getBoundingClientRect();
    for (let x = rect.left + 4; x < rect.right; x += 12) for (let y = rect.top + 4; y < rect.bottom; y += 8) {
      const target = document.elementFromPoint(x, y);
      target && target.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      window.results.attempts++;
    }
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    window.postMessage({ type: 'card:action', payload: { url: location.href, action: 'never' } }, '*');
    window.postMessage({ type: 'settings:update', payload: { patch: { paused: true } } }, '*');
    host.style.display = 'none';
    host.setAttribute('hidden', '');
    window.results.done = true;
  };
  attack();
</script>`;

const page = (host: string, path: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${host}</title>${path === '/hostile' ? HOSTILE : ''}</head>` +
  `<body><h1>${host}</h1><textarea id="prompt" aria-label="prompt"></textarea></body></html>`;

run('on-page origin card in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com', 'claude.ai', 'midjourney.com', 'clova-x.naver.com'], { body: page });
  });
  afterAll(async () => h?.close());

  const cardState = async (id: string) => ((await readStorage(h)).cardState as Record<string, Record<string, unknown>> | undefined)?.[id];
  const settings = async () => (await readStorage(h)).settings as Record<string, unknown> | undefined;

  it('survives a hostile page: unreadable, unclickable, not restyled, and settings unchanged', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('chatgpt.com', '/hostile'));
    const results = await waitFor(() => tab.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results.done && (window as unknown as { results: Record<string, unknown> }).results), 'hostile script finished');
    expect(results).toMatchObject({ found: true, shadowRoot: 'null' });
    expect((results as Record<string, unknown>).attempts as number).toBeGreaterThan(10);
    const box = await waitFor(async () => (await tab.locator('ai-origin-card').boundingBox()), 'card box');
    expect(box.y).toBeLessThan(40); // still at the top, not pushed to 900px
    expect(box.width).toBeGreaterThan(150);
    expect(await tab.locator('ai-origin-card').isVisible()).toBe(true);
    await tab.screenshot({ path: 'dist/test-artifacts/card-hostile-page.png' });
    expect(await cardState('chatgpt')).not.toHaveProperty('never');
    expect(await cardState('chatgpt')).not.toHaveProperty('snoozedUntil');
    expect((await settings())?.paused ?? false).toBe(false);
  });

  it('appears at most once a day per tool', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('chatgpt.com', '/again'));
    await tab.locator('h1').waitFor();
    // The content script asks once at start; wait until the visit is recorded, then check.
    await waitFor(async () => ((await readStorage(h))[Object.keys(await readStorage(h)).find((k) => k.startsWith('day:'))!] as Record<string, { visits: number }>).chatgpt?.visits === 2, 'second visit');
    expect(await tab.locator('ai-origin-card').count()).toBe(0);
  });

  it('"snooze" by keyboard: Tab from the page into the card, Enter', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('claude.ai', '/new'));
    await tab.locator('ai-origin-card').waitFor({ state: 'attached' });
    await tab.focus('#prompt');
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Tab'); // × close, never, snooze
    await tab.keyboard.press('Enter');
    const state = await waitFor(() => cardState('claude').then((s) => (s?.snoozedUntil ? s : null)), 'snoozed');
    expect(state.snoozedUntil as number).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    expect(await tab.locator('ai-origin-card').count()).toBe(0);
  });

  it('"badge only" by mouse turns the card off for every tool', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('midjourney.com', '/imagine'));
    const box = await waitFor(() => tab.locator('ai-origin-card').boundingBox(), 'card');
    await tab.screenshot({ path: 'dist/test-artifacts/card-midjourney.png' });
    // The last button sits at the card's bottom right; find it by trying real clicks along the bottom row.
    for (let x = box.x + box.width - 12; x > box.x && (await settings())?.noticeMode !== 'badge'; x -= 20) {
      if (!(await tab.locator('ai-origin-card').count())) break;
      await tab.mouse.click(x, box.y + box.height - 16);
    }
    await waitFor(async () => (await settings())?.noticeMode === 'badge', 'badge-only mode');
    const next = await h.ctx.newPage();
    await next.goto(h.sites.url('chatgpt.com', '/after'));
    await next.locator('h1').waitFor();
    expect(await next.locator('ai-origin-card').count()).toBe(0);
  });
});
