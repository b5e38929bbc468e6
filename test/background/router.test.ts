import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../src/background/router';
import type { PopupView } from '../../src/shared/popup-view';
import { validators } from '../../src/shared/message-rules';
import { pageRules } from '../../src/shared/messages';
import { MAX_SEGMENTS } from '../../src/shared/segment-report';

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const fromPage = { id: 'ext-id', url: 'https://chatgpt.com/c/1', tab: { id: 7 }, frameId: 0 };
const fromPopup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

function setup() {
  const handlers = {
    'page:hello': vi.fn(async () => ({ tool: null, idleMs: 60_000 })),
    'activity:segments': vi.fn(async () => ({ acked: [] as string[] })),
    'popup:view': vi.fn(async () => ({ kind: 'web' }) as PopupView),
  };
  // Only the handlers these tests reach; the router never calls the others.
  return { handlers, route: createRouter(handlers as unknown as Handlers, self, validators) };
}

describe('message router', () => {
  it('passes a valid message from our content script to its handler, with the tab', async () => {
    const { handlers, route } = setup();
    const reply = await route({ type: 'page:hello', payload: { url: 'https://chatgpt.com/c/1', visitId: 'v1' } }, fromPage);
    expect(reply).toEqual({ ok: true, value: { tool: null, idleMs: 60_000 } });
    expect(handlers['page:hello']).toHaveBeenCalledWith({ url: 'https://chatgpt.com/c/1', visitId: 'v1' }, expect.objectContaining({ tabId: 7 }));
  });

  it.each([
    ['another extension', { ...fromPage, id: 'other' }],
    ['a sub-frame', { ...fromPage, frameId: 3 }],
    ['an extension page posing as content', fromPopup],
    ['no sender url', { id: 'ext-id', tab: { id: 1 } }],
  ])('refuses page messages from %s', async (_who, sender) => {
    const { handlers, route } = setup();
    const reply = await route({ type: 'page:hello', payload: { url: 'https://chatgpt.com/', visitId: 'v' } }, sender);
    expect(reply).toEqual({ ok: false, error: 'sender not allowed' });
    expect(handlers['page:hello']).not.toHaveBeenCalled();
  });

  it('answers only the page\'s own messages with the page rules (a worker start\'s first script), others as unknown', async () => {
    const { handlers } = setup();
    const route = createRouter(handlers as unknown as Handlers, self, pageRules);
    expect(await route({ type: 'page:hello', payload: { url: 'https://chatgpt.com/', visitId: 'v' } }, fromPage)).toMatchObject({ ok: true });
    expect(await route({ type: 'popup:view', payload: { url: null } }, fromPopup)).toEqual({ ok: false, error: 'unknown message' });
    expect(await route({ type: 'toString', payload: {} }, fromPopup)).toEqual({ ok: false, error: 'unknown message' });
    expect(handlers['popup:view']).not.toHaveBeenCalled();
  });

  it('refuses popup messages from a web page', async () => {
    const { handlers, route } = setup();
    const reply = await route({ type: 'popup:view', payload: { url: null } }, fromPage);
    expect(reply.ok).toBe(false);
    expect(handlers['popup:view']).not.toHaveBeenCalled();
  });

  it('refuses a content script speaking for another site', async () => {
    const { route } = setup();
    const reply = await route({ type: 'page:hello', payload: { url: 'https://clova-x.naver.com/', visitId: 'v' } }, fromPage);
    expect(reply).toEqual({ ok: false, error: 'url does not match sender' });
  });

  it.each([
    null, 'hello', { type: 'nope' }, { type: '__proto__' }, { type: 'page:hello' },
    { type: 'page:hello', payload: { url: 42, visitId: 'v' } },
    { type: 'page:hello', payload: { url: 'https://chatgpt.com/', visitId: 'x'.repeat(65) } },
  ])('answers malformed input %j with an error, never a throw', async (message) => {
    const { route } = setup();
    const reply = await route(message, fromPage);
    expect(reply.ok).toBe(false);
  });

  it('drops a segment that speaks for another site than the sender, and keeps the others', async () => {
    const { handlers, route } = setup();
    const segment = (segmentId: string, url: string) => ({ segmentId, url, start: 1_000, end: 2_000 });
    const reply = await route({ type: 'activity:segments', payload: { segments: [segment('a', 'https://chatgpt.com/'), segment('b', 'https://claude.ai/')] } }, fromPage);
    expect(reply.ok).toBe(true);
    expect(handlers['activity:segments']).toHaveBeenCalledWith({ segments: [segment('a', 'https://chatgpt.com/')], dropped: ['b'] }, expect.anything());
  });

  it.each([
    ['end before start', { segmentId: 's', url: 'https://chatgpt.com/', start: 2_000, end: 1_000 }],
    ['a non-number time', { segmentId: 's', url: 'https://chatgpt.com/', start: '1', end: 2_000 }],
    ['a fractional time', { segmentId: 's', url: 'https://chatgpt.com/', start: 1.5, end: 2_000 }],
    ['a 4 178-character URL', { segmentId: 's', url: `https://chatgpt.com/?q=${'가'.repeat(4_155)}`, start: 1_000, end: 2_000 }],
  ])('drops (and so acknowledges) a segment with %s, keeping a good one in the same batch', async (_what, segment) => {
    const { handlers, route } = setup();
    const good = { segmentId: 'good', url: 'https://chatgpt.com/c/1', start: 1_000, end: 2_000 };
    expect((await route({ type: 'activity:segments', payload: { segments: [segment, good] } }, fromPage)).ok).toBe(true);
    expect(handlers['activity:segments']).toHaveBeenCalledWith({ segments: [good], dropped: ['s'] }, expect.anything());
  });

  it('looks at most MAX_SEGMENTS segments per message (the page sends the rest later)', async () => {
    const { handlers, route } = setup();
    const segments = Array.from({ length: 206 }, (_, i) => ({ segmentId: `s${i}`, url: 'https://chatgpt.com/', start: 1_000, end: 2_000 }));
    await route({ type: 'activity:segments', payload: { segments } }, fromPage);
    expect(handlers['activity:segments']).toHaveBeenCalledWith({ segments: segments.slice(0, MAX_SEGMENTS), dropped: [] }, expect.anything());
  });

  it('drops extra payload keys before the handler sees them', async () => {
    const { handlers, route } = setup();
    await route({ type: 'popup:view', payload: { url: null, tabId: 2, evil: true } }, fromPopup);
    expect(handlers['popup:view']).toHaveBeenCalledWith({ url: null }, expect.anything());
    await route({ type: 'popup:view', payload: { tab: 'active', url: 'https://evil.example/' } }, fromPopup);
    expect(handlers['popup:view']).toHaveBeenLastCalledWith({ tab: 'active' }, expect.anything());
  });

  it('refuses a popup:view that names neither the active tab nor an address', async () => {
    const { handlers, route } = setup();
    for (const payload of [{ tab: 'any' }, {}, { url: 42 }, { url: 'x'.repeat(5_000) }]) {
      expect(await route({ type: 'popup:view', payload }, fromPopup)).toMatchObject({ ok: false });
    }
    expect(handlers['popup:view']).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error reply', async () => {
    const { handlers, route } = setup();
    handlers['popup:view'].mockRejectedValueOnce(new Error('boom'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await route({ type: 'popup:view', payload: { url: null } }, fromPopup)).toEqual({ ok: false, error: 'popup:view failed' });
  });
});
