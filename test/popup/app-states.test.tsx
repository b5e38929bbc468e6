/** Every popup state has a designed, friendly face: never an empty box, never a raw error. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { POPUP_CONTENT_MARK } from '../../src/popup/content-mark';
import { fake, fakeTabsCreated } from '../support/fake-browser';
import { button, cleanup, click, MIN, renderPopup, renderView, textOf, viewFor } from './popup-fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup states', () => {
  it('loading: a status message, not an empty box', () => {
    const root = renderPopup({ status: 'loading' });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('불러오는 중이에요…');
  });

  it('error: a friendly sentence and a retry that loads again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = renderPopup({ status: 'error' });
    expect(textOf(root.querySelector('[role="alert"] h1')!)).toBe('정보를 불러오지 못했어요. 잠시 후 다시 열어 주세요.');
    fake.onSend = async () => ({ ok: true, value: viewFor('chatgpt') });
    await click(button(root, '다시 시도'));
    expect(root.querySelector('h1')!.textContent).toBe('챗GPT');
    // ONE message fills the whole popup, her own-registry controls included (no second request).
    expect(fake.sent).toEqual([{ type: 'popup:view', payload: { tab: 'active' } }]);
  });

  it('marks when its content is on screen, also when the spinner or an error came first (the bench reads the mark)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    performance.clearMarks(POPUP_CONTENT_MARK);
    const root = renderPopup({ status: 'error' });
    expect(performance.getEntriesByName(POPUP_CONTENT_MARK)).toHaveLength(0);
    fake.onSend = async () => ({ ok: true, value: viewFor('chatgpt') });
    await click(button(root, '다시 시도'));
    expect(performance.getEntriesByName(POPUP_CONTENT_MARK)).toHaveLength(1);
  });

  it('error after retry fails again: still the friendly message, no error text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake.onSend = async () => ({ ok: false, error: 'TypeError: boom at handler.js:12' });
    const root = renderPopup({ status: 'error' });
    await click(button(root, '다시 시도'));
    expect(root.textContent).toContain('정보를 불러오지 못했어요');
    expect(root.textContent).not.toContain('boom');
  });

  it('web page: says it is not a listed AI tool, and still shows the week and the report link', () => {
    const root = renderView(viewFor(null, { kind: 'web' }));
    expect(textOf(root.querySelector('h1')!)).toBe('등록된 AI 도구가 아니에요');
    expect(root.textContent).toContain('이 페이지는 기록하지 않아요');
    expect(root.querySelector('.card, .alternatives')).toBeNull();
    expect(root.querySelector('.tally')!.textContent).toContain('국산 25%');
    expect(root.querySelector('a.report-link')!.textContent).toContain('자세한 리포트');
  });

  it('browser page: its own message', () => {
    const root = renderView(viewFor(null, { kind: 'browser' }));
    expect(textOf(root.querySelector('h1')!)).toBe('브라우저 페이지예요');
    expect(root.textContent).toContain('새 탭이나 설정 같은 브라우저 페이지에서는 작동하지 않아요.');
  });

  it('tracking paused: a banner above the label with "다시 켜기" right on it', async () => {
    const root = renderView(viewFor('chatgpt', { paused: true }));
    const banner = root.querySelector('.banner')!;
    expect(root.firstElementChild).toBe(banner);
    expect(banner.textContent).toContain('기록을 멈춰 두었어요.');
    expect(root.querySelector('h1')!.textContent).toBe('챗GPT');
    fake.onSend = async () => ({ ok: true, value: {} });
    await click(button(banner, '다시 켜기'));
    expect(fake.sent).toContainEqual({ type: 'settings:update', payload: { patch: { paused: false } } });
  });

  it('tool excluded from counting: says so, with "다시 기록하기" on the banner', async () => {
    const root = renderView(viewFor('chatgpt', { excluded: true }));
    const banner = root.querySelector('.banner')!;
    expect(banner.textContent).toContain('이 도구는 기록하지 않아요.');
    fake.onSend = async () => ({ ok: true, value: {} });
    await click(button(banner, '다시 기록하기'));
    expect(fake.sent).toContainEqual({ type: 'settings:update', payload: { patch: { excluded: [] } } });
    expect(renderView(viewFor('chatgpt')).querySelector('.banner')).toBeNull();
  });

  it('the "⋯" menu pauses, excludes this tool, corrects its label, marks it not AI, or opens the settings', async () => {
    const root = renderView(viewFor('chatgpt'));
    expect(root.querySelector('#tool-menu')).toBeNull();
    await click(button(root, '메뉴'));
    expect([...root.querySelectorAll('#tool-menu button')].map(textOf)).toEqual(['일시 중지', '이 도구 제외', '정보가 틀렸나요?', 'AI 도구가 아니에요', '설정']);
    fake.onSend = async () => ({ ok: true, value: {} });
    await click(button(root, '이 도구 제외'));
    expect(fake.sent).toContainEqual({ type: 'settings:update', payload: { patch: { excluded: ['chatgpt'] } } });
    const again = renderView(viewFor('chatgpt'));
    await click(button(again, '메뉴'));
    await click(button(again, '설정'));
    expect(fakeTabsCreated).toEqual([{ url: 'chrome-extension://fake-extension-id/report.html#settings' }]);
  });

  it('first run, no data yet: a welcome that explains what will appear, no empty chart', () => {
    const root = renderView(viewFor('chatgpt', { days: {} }));
    const tally = root.querySelector('.tally')!;
    expect(textOf(tally.querySelector('#first-run strong')!)).toBe('아직 기록이 없어요');
    expect(textOf(tally.querySelector('#first-run p')!)).toBe('AI 도구 사이트를 쓰면 이번 주 국산·해외 비율이 여기에 보여요. 기록은 이 브라우저에만 남아요.');
    expect(tally.querySelector('.share-row, .countries, .top-tools')).toBeNull();
  });

  it('a new week with nothing yet: last week is remembered, not a welcome', () => {
    const root = renderView(viewFor(null, { days: { '2026-11-17': { chatgpt: { activeMs: 30 * MIN, visits: 1 }, 'clova-x': { activeMs: 10 * MIN, visits: 1 } } } }));
    const tally = textOf(root.querySelector('.tally')!);
    expect(tally).toContain('이번 주엔 아직 기록이 없어요.');
    expect(tally).toContain('지난주 국산 비율은 25%였어요.');
    expect(root.querySelector('#first-run')).toBeNull();
  });

  it('the report link opens report.html in a new tab', async () => {
    const root = renderView(viewFor(null));
    const link = root.querySelector('a.report-link') as HTMLAnchorElement;
    expect(link.href).toBe('chrome-extension://fake-extension-id/report.html');
    await click(link);
    expect(fakeTabsCreated).toEqual([{ url: 'chrome-extension://fake-extension-id/report.html' }]);
  });

  it('in English, every state speaks English', () => {
    fake.uiLanguage = 'en';
    expect(renderPopup({ status: 'loading' }).textContent).toBe('Loading…');
    expect(textOf(renderView(viewFor(null, { kind: 'web', paused: true })))).toMatch(/^⏸ Counting is paused\.Resume counting.*Not a listed AI tool/);
    expect(textOf(renderView(viewFor(null, { days: {} })).querySelector('#first-run')!)).toMatch(/^Nothing recorded yet/);
  });

  it('has one h1 and labelled sections in every ready state', () => {
    for (const view of [viewFor('chatgpt'), viewFor('liner'), viewFor(null, { kind: 'web' }), viewFor(null, { kind: 'browser', days: {} })]) {
      const root = renderView(view);
      expect(root.querySelectorAll('h1')).toHaveLength(1);
      for (const section of root.querySelectorAll('section, article')) {
        const id = section.getAttribute('aria-labelledby');
        expect(id && root.querySelector(`#${id}`)?.textContent).toBeTruthy();
      }
    }
  });
});
