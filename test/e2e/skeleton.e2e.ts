/**
 * The walking skeleton in a real Chromium: the badge and popup label a foreign and a domestic tool,
 * the content script never runs on other sites, and the extension makes no network requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tools from '../support/registry-data';
import { chromiumOrSkip, launchExtension, openToolbarPopup, tabIdOf, waitFor, watchContentScripts, type Harness } from './support/extension';
import { storedDays } from './support/days';

const HOSTS = ['chatgpt.com', 'clova-x.naver.com', 'example.org'];
const koName = (id: string) => tools.find((t) => t.id === id)!.name.ko;
const run = chromiumOrSkip() ? describe : describe.skip;

run('walking skeleton in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(HOSTS, { devtools: true });
  });
  afterAll(async () => h?.close());

  const badge = async (tabId: number) => {
    const sw = await h.worker();
    return sw.evaluate(async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }), tabId);
  };

  it('labels chatgpt.com as a US tool on the toolbar badge, in Korean ("미국", not "US")', async () => {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url('chatgpt.com'));
    const tabId = await tabIdOf(h, page);
    const shown = await waitFor(async () => ((await badge(tabId)).text === '미국' ? badge(tabId) : null), '미국 badge');
    expect(shown.title).toContain('오픈AI'); // the maker as Korean readers know it
    expect(shown.title).toContain('미국');
  });

  it('labels clova-x.naver.com as Korean, in the domestic colour', async () => {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url('clova-x.naver.com'));
    const tabId = await tabIdOf(h, page);
    const shown = await waitFor(async () => ((await badge(tabId)).text === '한국' ? badge(tabId) : null), '한국 badge');
    expect(shown.color).toEqual([0, 0x47, 0xa0, 255]);
    expect(shown.title).toContain('한국');
  });

  it('does not run at all on a site that is not an AI tool', async () => {
    const page = await h.ctx.newPage();
    const scripts = await watchContentScripts(h, page);
    await page.goto(h.sites.url('example.org'));
    // Positive control in the same way of looking: the same watcher sees our script on an AI site.
    const control = await h.ctx.newPage();
    const controlScripts = await watchContentScripts(h, control);
    await control.goto(h.sites.url('chatgpt.com', '/c/1'));
    await waitFor(() => controlScripts() > 0, 'content script on chatgpt.com');
    expect(scripts()).toBe(0);
    // No host permission there: the extension cannot even see that tab's URL.
    const sw = await h.worker();
    const urls = await sw.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? ''));
    expect(urls.some((u) => u.includes('chatgpt.com'))).toBe(true);
    expect(urls.some((u) => u.includes('example.org'))).toBe(false);
  });

  it('records visits only for AI tools', async () => {
    const sw = await h.worker();
    const stored = await waitFor(async () => {
      const all = await sw.evaluate(() => chrome.storage.local.get(null));
      const today = storedDays(all)[0]?.[1];
      return today?.chatgpt?.visits === 2 && today?.['clova-x']?.visits === 1 ? today : null;
    }, 'visits stored');
    expect(Object.keys(stored).sort()).toEqual(['chatgpt', 'clova-x']);
  });

  it('popup names the tool, its maker and its country, with Korean alternatives for a foreign tool', async () => {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url('chatgpt.com', '/c/2'));
    const { popup, close } = await openToolbarPopup(h, page);
    await popup.getByRole('heading', { name: koName('chatgpt') }).waitFor();
    const text = await popup.locator('main').innerText();
    expect(text).toContain('오픈AI');
    expect(text).toContain('미국');
    expect(text).toContain('해외');
    expect(text).toContain('국산 대안');
    await popup.screenshot({ path: 'dist/test-artifacts/popup-chatgpt.png' });
    await close();
  });

  it('popup shows a Korean tool as domestic, and says so plainly on a non-AI site', async () => {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url('clova-x.naver.com', '/x'));
    let opened = await openToolbarPopup(h, page);
    await opened.popup.getByRole('heading', { name: koName('clova-x') }).waitFor();
    expect(await opened.popup.locator('main').innerText()).toContain('국산');
    expect(await opened.popup.locator('.alternatives').count()).toBe(0);
    await opened.popup.screenshot({ path: 'dist/test-artifacts/popup-clova-x.png' });
    await opened.close();

    const other = await h.ctx.newPage();
    await other.goto(h.sites.url('example.org', '/about'));
    opened = await openToolbarPopup(h, other);
    await opened.popup.getByText('등록된 AI 도구가 아니에요').waitFor();
    await opened.popup.screenshot({ path: 'dist/test-artifacts/popup-non-ai.png' });
    await opened.close();
  });

  it('made no network requests of its own', async () => {
    const pages = h.sites.requests.filter((r) => r.path !== '/favicon.ico');
    expect(pages.map((r) => `${r.host}${r.path}`).sort()).toEqual(
      ['chatgpt.com/', 'chatgpt.com/c/1', 'chatgpt.com/c/2', 'clova-x.naver.com/', 'clova-x.naver.com/x', 'example.org/', 'example.org/about'].sort(),
    );
    expect(h.strayRequests).toEqual([]);
  });
});
