/**
 * The REAL toolbar popup in Chromium, over seeded usage: a foreign tool (origin, sources, ranked Korean
 * alternatives that open and count as a switch), a Korean tool, a Korean service on a foreign model, and
 * a non-AI page; each with this week's tally. Screenshots go to dist/test-artifacts/popup-e2e-*.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOWN_FIRST } from '../../src/popup/components/alternative-list';
import { rankAlternatives } from '../../src/registry/alternatives';
import { vendorLabel } from '../../src/registry/vendor-names';
import tools from '../support/registry-data';
import { chromiumOrSkip, openToolbarPopup, readStorage, waitFor, type Harness } from './support/extension';
import { HER_SITE, launchGranted, OTHER_SITE, siteOrigins } from './support/her-site';

// chat.mistral.ai: the most "where input goes" rows of any entry (seven, in three countries).
const HOSTS = ['chatgpt.com', 'clova-x.naver.com', 'liner.com', 'chat.mistral.ai', 'example.org', HER_SITE, OTHER_SITE];
const ARTIFACTS = 'dist/test-artifacts';
const MIN = 60_000;
const tool = (id: string) => tools.find((t) => t.id === id)!;
const run = chromiumOrSkip() ? describe : describe.skip;

interface Fit { width: number; contentHeight: number; scrollWidth: number; marginLeft: number; marginRight: number }
/** The popup's content size and how its content sits between the window's edges. */
const measureFit = (popup: import('playwright-core').Page): Promise<Fit> => popup.evaluate(() => {
  const root = document.documentElement;
  const main = document.querySelector('main')!.getBoundingClientRect();
  const content = [...document.querySelectorAll('main > *')].map((e) => e.getBoundingClientRect());
  // Against the window's edges: a popup that widened for a scrollbar has a wider right margin.
  const left = Math.min(...content.map((r) => r.left));
  const right = root.clientWidth - Math.max(...content.map((r) => r.right));
  void main;
  return { width: root.clientWidth, contentHeight: root.scrollHeight, scrollWidth: root.scrollWidth, marginLeft: left, marginRight: right };
});

run('toolbar popup in Chromium', () => {
  let h: Harness;
  /** The alternative's site the test opens on purpose (not served here: that request is expected). */
  let openedHome = '';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // Her two made-up sites pre-granted (as after her "허용"; see support/pre-grant.ts), so the popup sees them.
    h = await launchGranted(HOSTS, [...siteOrigins(HER_SITE), ...siteOrigins(OTHER_SITE)], { devtools: true });
    // This week 45 min foreign + 15 min Korean (25 % domestic); last week 30 + 30 (50 %): change −25 %p.
    // Day keys come from the worker's own clock and time zone, as the popup's week does.
    const sw = await h.worker();
    await sw.evaluate(async (min) => {
      const key = (d: Date) => `day:${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const now = new Date();
      const weekAgo = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 7, 12);
      await chrome.storage.local.set({
        schemaVersion: 1,
        [key(now)]: { chatgpt: { activeMs: 45 * min, visits: 6 }, 'clova-x': { activeMs: 15 * min, visits: 2 } },
        [key(weekAgo)]: { chatgpt: { activeMs: 30 * min, visits: 3 }, 'clova-x': { activeMs: 30 * min, visits: 3 } },
      });
    }, MIN);
  });
  afterAll(async () => h?.close());

  /** Opens `host` in a tab, then the toolbar popup for it, and waits for its heading. */
  async function popupFor(host: string, heading: string) {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url(host, '/popup-test'));
    const opened = await openToolbarPopup(h, page);
    await opened.popup.getByRole('heading', { name: heading, level: 1 }).waitFor({ timeout: 10_000 }).catch(async (e) => {
      throw new Error(`${host}: no heading "${heading}" in: ${await opened.popup.locator('body').innerText().catch(() => '?')}`, { cause: e });
    });
    await opened.popup.locator('.tally').waitFor();
    const fit = await measureFit(opened.popup);
    fits.push({ host, ...fit });
    return { ...opened, fit, text: await opened.popup.locator('main').innerText() };
  }

  /** Every popup opened: its real window size and content size (Chrome caps a popup at 800×600). */
  const fits: ({ host: string } & Fit)[] = [];

  /** The week tally as seeded (a page visit adds seconds at most: rounding keeps these figures). */
  function expectSeededWeek(text: string) {
    expect(text).toContain('이번 주 AI 사용');
    expect(text).toMatch(/국산 25%\s+해외 75%/);
    expect(text).toContain('지난주보다 국내 서비스 −25%p');
    expect(text).toContain('AI 사용 1시간');
    expect(text).toMatch(/미국\s+75%/);
    expect(text).toMatch(/한국\s+25%/);
    expect(text).toMatch(/챗GPT\s+45분/);
    expect(text).toMatch(/클로바X\s+15분/);
  }

  it('foreign tool: origin, sources one click away, ranked Korean alternatives, the week', async () => {
    const { popup, close, text } = await popupFor('chatgpt.com', '챗GPT');
    // The label leads with the country, in the foreign colour.
    expect(text).toMatch(/^미국\s+해외/);
    expect(await popup.locator('.origin-country').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(179, 63, 0)');
    // Its flag: a 30 × 20 box drawing the bundled US flag (the stylesheet inside the page and the flag's own style both hold).
    expect(await popup.locator('.origin-line .flag').evaluate((e) => {
      const r = e.getBoundingClientRect();
      return [r.width, r.height, getComputedStyle(e).backgroundImage.endsWith('/flags/US.svg")')];
    })).toEqual([30, 20, true]);
    expect(text).toContain(vendorLabel(tool('chatgpt').vendor, 'ko')); // the maker as Korean readers know it
    expect(text).toContain('AI 모델');
    const facts = tool('chatgpt');
    const [y, m, d] = facts.verified.split('-').map(Number);
    expect(text).toContain(`신뢰도 ${facts.confidence === 'high' ? '높음' : '보통'} · 출처 ${facts.sources.length}개 · ${y}년 ${m}월 ${d}일 확인`);
    expectSeededWeek(text);

    // Same ranking as the registry's rule, names and fit notes shown in that order.
    const expected = rankAlternatives(tool('chatgpt'), tools).map((a) => a.tool.name.ko);
    expect(expected.length).toBeGreaterThan(1);
    const names = () => popup.locator('.alternatives li strong').allInnerTexts();
    expect(await names()).toEqual(expected.slice(0, SHOWN_FIRST));
    await popup.screenshot({ path: `${ARTIFACTS}/popup-e2e-foreign.png`, fullPage: true });

    // Sources are folded; one click shows the links (which open in a new tab).
    const firstSource = popup.locator('.sources a').first();
    expect(await firstSource.isVisible()).toBe(false);
    await popup.locator('.sources summary').click();
    await firstSource.waitFor({ state: 'visible' });
    expect(await firstSource.getAttribute('target')).toBe('_blank');
    const rank = { official: 0, filing: 1, press: 2, other: 3 };
    expect(await firstSource.getAttribute('href')).toBe([...tool('chatgpt').sources].sort((a, b) => rank[a.kind] - rank[b.kind])[0]!.url);
    // The rest of the ranking is one click away.
    await popup.getByRole('button', { name: `대안 ${expected.length - SHOWN_FIRST}개 더 보기` }).click();
    expect(await names()).toEqual(expected);
    await popup.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await popup.screenshot({ path: `${ARTIFACTS}/popup-e2e-foreign-dark-sources.png`, fullPage: true });

    // "열기" on the first alternative, by keyboard: a new tab with its site, and a switch recorded.
    const first = rankAlternatives(tool('chatgpt'), tools)[0]!.tool;
    openedHome = `https://${first.hosts[0]}/`;
    await popup.getByRole('button', { name: `${first.name.ko} 새 탭에서 열기` }).focus();
    // Opening the tab closes the popup, possibly before the key is released.
    await popup.keyboard.press('Enter').catch(() => undefined);
    // The site is not served here (the tab shows an error page), so look for the tab, not a loaded page.
    const sw = await h.worker();
    await waitFor(() => sw.evaluate(async (home) =>
      (await chrome.tabs.query({})).some((t) => (t.pendingUrl ?? t.url ?? '').startsWith(home)), openedHome), `tab for ${openedHome}`);
    const switches = await waitFor(async () => (await readStorage(h)).switches as { from: string; to: string }[] | undefined, 'switch stored');
    expect(switches.map(({ from, to }) => ({ from, to }))).toEqual([{ from: 'chatgpt', to: first.id }]);
    await close();
  });

  it('Korean tool: a clear domestic label and no alternatives', async () => {
    const { popup, close, text } = await popupFor('clova-x.naver.com', '클로바X');
    expect(text).toContain('국산');
    expect(text).toContain('국내 기업이 만든 AI예요');
    expect(text).toMatch(/^한국\s+국산/);
    expect(text).toContain(vendorLabel(tool('clova-x').vendor, 'ko'));
    expect(text).not.toContain('국내 서비스 · 해외 모델 (');
    expect(await popup.locator('.alternatives').count()).toBe(0);
    expectSeededWeek(text);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-e2e-domestic.png`, fullPage: true });
    await close();
  });

  it('Korean service on a foreign model: says so honestly', async () => {
    const { popup, close, text } = await popupFor('liner.com', '라이너');
    expect(text).toContain('국산');
    expect(text).toContain('국내 서비스 · 해외 모델 (');
    expect(text).not.toContain('국내 기업이 만든 AI예요');
    expect(text).toContain(tool('liner').confidence === 'high' ? '신뢰도 높음' : '신뢰도 보통');
    expect(await popup.locator('.alternatives').count()).toBe(0);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-e2e-domestic-foreign-model.png`, fullPage: true });
    await close();
  });

  it('non-AI page: a friendly notice, the week, and the report link', async () => {
    const { popup, close, text } = await popupFor('example.org', '등록된 AI 도구가 아니에요');
    expect(text).toContain('이 페이지는 기록하지 않아요');
    expect(await popup.locator('.card').count()).toBe(0);
    expectSeededWeek(text);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-e2e-non-ai.png`, fullPage: true });

    const report = h.ctx.waitForEvent('page', (p) => p.url() === `chrome-extension://${h.extensionId}/report.html`);
    await popup.getByRole('link', { name: '자세한 리포트' }).click();
    await report;
    await close();
  });

  it('fits Chrome\'s 600 px popup in every state, in Korean and English, with even side margins', async () => {
    for (const language of ['en', 'ko'] as const) {
      const sw = await h.worker();
      await sw.evaluate(async (lang) => {
        const { settings = {} } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings as object), language: lang } });
      }, language);
      for (const [host, heading] of [['chatgpt.com', language === 'ko' ? '챗GPT' : 'ChatGPT'], ['clova-x.naver.com', language === 'ko' ? '클로바X' : 'CLOVA X'], ['liner.com', language === 'ko' ? '라이너' : 'Liner'], ['chat.mistral.ai', 'Mistral Le Chat'], ['example.org', language === 'ko' ? '등록된 AI 도구가 아니에요' : 'Not a listed AI tool']] as const) {
        const { popup, close } = await popupFor(host, heading);
        await popup.screenshot({ path: `${ARTIFACTS}/popup-fit-${language}-${host}.png`, fullPage: true });
        await close();
      }
    }
    // Her own registry (issue 13): her entry and a corrected label, each marked as hers; then the registry's
    // version shown, the correction form and the add form (evidence found) open — the tallest states.
    // Added and corrected through the real messages, from our own page, as the popup's forms send them.
    await (await h.worker()).evaluate(() => chrome.storage.local.set({ settings: { language: 'ko' } }));
    const ours = await h.ctx.newPage();
    await ours.goto(`chrome-extension://${h.extensionId}/report.html`);
    const replies = await ours.evaluate(async (site) => [
      await chrome.runtime.sendMessage({ type: 'mine:add', payload: { entry: { host: site, name: '언리스티드 AI', vendor: '(주)언리스티드', country: 'KR', category: 'writing', jobs: ['chat-assistant'], models: [], evidence: [], url: `https://${site}/` } } }),
      await chrome.runtime.sendMessage({ type: 'mine:correct', payload: { toolId: 'chatgpt', correction: { country: 'KR', vendor: 'OpenAI Korea 유한회사', reason: '국내 법인이 운영한다는 약관 문구를 봤어요' } } }),
    ], HER_SITE);
    expect(replies.map((r) => r.ok)).toEqual([true, true]);
    await ours.close();
    const mine = async (label: string, popup: import('playwright-core').Page) => {
      fits.push({ host: label, ...(await measureFit(popup)) });
      await popup.screenshot({ path: `${ARTIFACTS}/popup-fit-ko-${label}.png`, fullPage: true });
      await popup.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await popup.screenshot({ path: `${ARTIFACTS}/popup-fit-ko-${label}-dark.png`, fullPage: true });
      await popup.emulateMedia({ colorScheme: 'light' });
    };
    {
      const { popup, close } = await popupFor(HER_SITE, '언리스티드 AI');
      expect(await popup.locator('.card #mine-mark').innerText()).toBe('내가 추가함');
      await mine('her-entry', popup);
      await close();
    }
    {
      const { popup, close } = await popupFor('chatgpt.com', '챗GPT');
      expect(await popup.locator('.card #mine-mark').innerText()).toContain('내가 고친 정보');
      await popup.getByRole('button', { name: '원래 정보 보기' }).click();
      await mine('corrected', popup);
      await popup.getByRole('button', { name: '메뉴' }).click();
      await popup.getByRole('menuitem', { name: '정보가 틀렸나요?' }).click();
      await popup.locator('#mine-correct').waitFor();
      await mine('correction-form', popup);
      await close();
    }
    {
      const { popup, close } = await popupFor(OTHER_SITE, '등록된 AI 도구가 아니에요');
      await popup.locator('#mine-add').click();
      await popup.locator('#mine-add-form .evidence').first().waitFor();
      await mine('add-form', popup);
      await close();
    }
    // Paused and excluded add a banner on top: the tallest ordinary states.
    const sw = await h.worker();
    await sw.evaluate(async () => chrome.storage.local.set({ settings: { paused: true, excluded: ['chatgpt'] } }));
    const { close } = await popupFor('chatgpt.com', '챗GPT');
    await close();
    console.log(`popup sizes: ${fits.map((f) => `${f.host} ${f.width}×${f.contentHeight}`).join(', ')}`);
    for (const f of fits) {
      expect(f.contentHeight, `${f.host} content height`).toBeLessThanOrEqual(600);
      expect(f.scrollWidth, `${f.host} sideways scroll`).toBeLessThanOrEqual(f.width);
      expect(Math.abs(f.marginLeft - f.marginRight), `${f.host} side margins`).toBeLessThanOrEqual(1);
    }
  });

  it('made no network requests of its own', () => {
    expect(openedHome).not.toBe('');
    expect(h.strayRequests.filter((u) => u !== openedHome)).toEqual([]);
  });
});
