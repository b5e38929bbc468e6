/**
 * The on-page origin card in a real Chromium: shown lower right on a foreign tool, counted as shown only
 * once it was really visible, its alternatives open (and count) as switches, and a hostile page can
 * neither read it, click it, hide it, bury it, remove it, nor trick a click into turning cards off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rankAlternatives } from '../../src/registry/alternatives';
import { homeUrl } from '../../src/registry/types';
import tools from '../support/registry-data';
import { chromiumOrSkip, launchExtension, readStorage, waitFor, type Harness } from './support/extension';
import { storedDays } from './support/days';

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

/** Ways a page hides the card without touching its shadow root. */
const HIDERS: Record<string, string> = {
  '/overlay': '<style>ai-origin-card::after{content:"";position:absolute;inset:-20px;background:#fff}</style>',
  '/clip': '<style>html{clip-path:inset(0 0 100% 0)}</style>',
  '/remove': `<script>
    new MutationObserver(() => document.querySelector('ai-origin-card')?.remove())
      .observe(document.documentElement, { childList: true });</script>`,
  '/cover': `<script>addEventListener('DOMContentLoaded', () => {
    const d = document.createElement('div');
    d.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;padding:0;background:#fff;z-index:2147483647';
    d.popover = 'manual'; document.body.append(d);
    setInterval(() => { if (!d.matches(':popover-open')) d.showPopover(); else { d.hidePopover(); d.showPopover(); } }, 50);
  });</script>`,
};

const page = (host: string, path: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${host}</title>${path === '/hostile' ? HOSTILE : HIDERS[path] ?? ''}</head>` +
  `<body><h1>${host}</h1><textarea id="prompt" aria-label="prompt"></textarea></body></html>`;

run('on-page origin card in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com', 'claude.ai', 'midjourney.com', 'gemini.google.com', 'perplexity.ai', 'krea.ai', 'make.com'], { body: page });
  });
  afterAll(async () => h?.close());

  const cardState = async (id: string) => ((await readStorage(h)).cardState as Record<string, Record<string, unknown>> | undefined)?.[id];
  const settings = async () => (await readStorage(h)).settings as Record<string, unknown> | undefined;
  const visits = async (id: string) => {
    const all = await readStorage(h);
    return storedDays(all).reduce((n, [, v]) => n + ((v as Record<string, { visits: number }>)[id]?.visits ?? 0), 0);
  };

  it('survives a hostile page: unreadable, unclickable, not restyled, and settings unchanged', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('chatgpt.com', '/hostile'));
    const results = await waitFor(() => tab.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results.done && (window as unknown as { results: Record<string, unknown> }).results), 'hostile script finished');
    expect(results).toMatchObject({ found: true, shadowRoot: 'null' });
    expect((results as Record<string, unknown>).attempts as number).toBeGreaterThan(10);
    const box = await waitFor(async () => (await tab.locator('ai-origin-card').boundingBox()), 'card box');
    // Lower right, inside the viewport, where sites rarely put their own controls.
    expect(box.x + box.width).toBeGreaterThan(1280 - 60);
    expect(box.y + box.height).toBeGreaterThan(800 - 80);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.width).toBeGreaterThan(150);
    expect(await tab.locator('ai-origin-card').isVisible()).toBe(true);
    await waitFor(async () => (await cardState('chatgpt'))?.lastShown, 'reported as shown once visible');
    await tab.screenshot({ path: 'dist/test-artifacts/card-hostile-page.png' });
    expect(await cardState('chatgpt')).not.toHaveProperty('never');
    expect(await cardState('chatgpt')).not.toHaveProperty('snoozedUntil');
    expect((await settings())?.paused ?? false).toBe(false);
  });

  it('appears at most once a day per tool once it was seen', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('chatgpt.com', '/again'));
    await tab.locator('h1').waitFor();
    await waitFor(async () => (await visits('chatgpt')) === 2, 'second visit');
    expect(await tab.locator('ai-origin-card').count()).toBe(0);
  });

  it.each(Object.keys(HIDERS))('a page that hides it (%s) does not use up the day\'s card', async (path) => {
    const site = { '/overlay': 'gemini.google.com', '/clip': 'perplexity.ai', '/remove': 'krea.ai', '/cover': 'make.com' }[path]!;
    const id = { '/overlay': 'gemini', '/clip': 'perplexity', '/remove': 'krea', '/cover': 'make' }[path]!;
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url(site, path));
    await waitFor(async () => (await visits(id)) >= 1, `visit on ${site}`);
    // Well past the fade-in and several visibility checks.
    await waitFor(() => tab.evaluate(() => new Promise((r) => setTimeout(() => r(true), 1500))), 'time on the page');
    expect((await cardState(id))?.lastShown).toBeUndefined();
    await tab.close();
  });

  /** The card's SVG flag as DevTools sees it (it reads closed shadow roots; the page cannot). */
  async function cardFlag(tab: Page): Promise<{ viewBox: string; fills: string[]; elements: number } | null> {
    const cdp = await h.ctx.newCDPSession(tab);
    type Node = { nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    await cdp.detach();
    const all = (n: Node): Node[] => [n, ...[...(n.children ?? []), ...(n.shadowRoots ?? [])].flatMap(all)];
    const attr = (n: Node, name: string) => { const a = n.attributes ?? []; const i = a.indexOf(name); return i >= 0 && i % 2 === 0 ? a[i + 1]! : null; };
    const host = all(root).find((n) => n.nodeName === 'AI-ORIGIN-CARD');
    const box = host && all(host).find((n) => attr(n, 'class') === 'flag-box');
    const svg = box?.children?.find((n) => n.nodeName === 'svg');
    if (!svg) return null;
    const parts = all(svg);
    return { viewBox: attr(svg, 'viewBox') ?? '', fills: parts.map((n) => attr(n, 'fill')).filter((f): f is string => f !== null), elements: parts.length };
  }

  // The card's shadow root is closed, so tests reach its buttons the way a keyboard user does:
  // from the page's last field, Tab goes × → each alternative → "대안 보기" → "⋯" (→ the menu once open).
  const cardAlternatives = (id: string) => Math.min(3, rankAlternatives(tools.find((t) => t.id === id)!, tools).length);
  async function press(tab: Page, key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await tab.keyboard.press(key);
  }

  it('"snooze" by keyboard: Tab into the card, "⋯", then the choice', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('claude.ai', '/new'));
    await waitFor(async () => (await cardState('claude'))?.lastShown, 'card seen');
    await tab.focus('#prompt');
    await press(tab, 'Tab', 3 + cardAlternatives('claude')); // × , links, 대안 보기, ⋯
    await press(tab, 'Enter'); // opens the menu
    await press(tab, 'Tab'); // 일주일 동안 보지 않기
    await press(tab, 'Enter');
    const state = await waitFor(() => cardState('claude').then((s) => (s?.snoozedUntil ? s : null)), 'snoozed');
    expect(state.snoozedUntil as number).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    expect(await tab.locator('ai-origin-card').count()).toBe(0);
  });

  it('names alternatives as links: "대안 보기" unfolds why, one opens and counts a switch', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('midjourney.com', '/imagine'));
    await waitFor(async () => (await cardState('midjourney'))?.lastShown, 'card seen');
    const n = cardAlternatives('midjourney');
    expect(n).toBeGreaterThan(0);
    const before = (await tab.locator('ai-origin-card').boundingBox())!;
    // The US flag is drawn from our bundled file: stripes and stars, not the emoji (letter pairs on Windows).
    const flag = await cardFlag(tab);
    expect(flag).toMatchObject({ viewBox: '0 0 513 342', fills: expect.arrayContaining(['#D80027', '#2E52B2']) });
    expect(flag!.elements).toBeGreaterThan(4);
    await tab.focus('#prompt');
    await press(tab, 'Tab', 2 + n); // "대안 보기"
    await press(tab, 'Enter');
    // Unfolded: the card grew upwards by the fit lines, still lower right.
    await waitFor(async () => ((await tab.locator('ai-origin-card').boundingBox())?.height ?? 0) > before.height, 'card unfolded');
    await tab.mouse.move(0, 0);
    await tab.screenshot({ path: 'dist/test-artifacts/card-midjourney.png' });
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.screenshot({ path: 'dist/test-artifacts/card-midjourney-dark.png' });
    await tab.emulateMedia({ colorScheme: 'light' });
    await press(tab, 'Shift+Tab', n); // the first alternative's link
    await press(tab, 'Enter');
    const first = rankAlternatives(tools.find((t) => t.id === 'midjourney')!, tools)[0]!.tool;
    const switches = await waitFor(async () => (await readStorage(h)).switches as { from: string; to: string }[] | undefined, 'switch stored');
    expect(switches.at(-1)).toMatchObject({ from: 'midjourney', to: first.id });
    const sw = await h.worker();
    await waitFor(() => sw.evaluate(async (home) => (await chrome.tabs.query({})).some((t) => (t.pendingUrl ?? t.url ?? '').startsWith(home)), homeUrl(first)), 'alternative tab');
  });

  it('turning cards off everywhere is never done on the page: "⋯ → 카드 끄기" opens the settings', async () => {
    await cardReset('chatgpt');
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('chatgpt.com', '/settings-path'));
    await waitFor(async () => (await cardState('chatgpt'))?.lastShown, 'card seen');
    await tab.focus('#prompt');
    await press(tab, 'Tab', 3 + cardAlternatives('chatgpt'));
    await press(tab, 'Enter');
    await press(tab, 'Tab', 3); // snooze, never, settings
    await press(tab, 'Enter');
    const sw = await h.worker();
    await waitFor(() => sw.evaluate(async () => (await chrome.tabs.query({})).some((t) => (t.pendingUrl ?? t.url ?? '').includes('/report.html#settings'))), 'settings tab');
    expect((await settings())?.noticeMode ?? 'card').toBe('card');
  });

  it('works on a page with a 4 000-character URL (only origin and path are sent)', async () => {
    await cardReset('chatgpt');
    const tab = await h.ctx.newPage();
    await tab.goto(h.sites.url('chatgpt.com', `/?q=${'한글'.repeat(700)}`));
    expect(tab.url().length).toBeGreaterThan(4_000);
    await waitFor(async () => (await cardState('chatgpt'))?.lastShown, 'card seen on a long URL');
    await tab.close();
  });

  /** Forgets that the card was shown today, so the next visit gets it again. */
  async function cardReset(id: string): Promise<void> {
    const sw = await h.worker();
    await sw.evaluate(async (tool) => {
      const { cardState = {} } = await chrome.storage.local.get('cardState');
      delete (cardState as Record<string, unknown>)[tool];
      await chrome.storage.local.set({ cardState });
    }, id);
  }
});
