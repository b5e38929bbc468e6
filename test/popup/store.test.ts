/**
 * The popup store: one `popup:view` message for the active tab fills it (the worker looks the tab up); its own
 * window's tab is checked after, and asked for only if it differs; failures become 'error'.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from '../../src/shared/browser';
import { popupStore } from '../../src/popup/store';
import { fake } from '../support/fake-browser';
import { viewFor } from './popup-fixtures';

const initialTab = fake.activeTab;
let query: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  query = vi.spyOn(browser.tabs, 'query');
});
afterEach(() => {
  fake.activeTab = initialTab;
  fake.onSend = null;
  fake.sent.length = 0;
  vi.restoreAllMocks();
});

describe('popup store', () => {
  it('asks the background once, for the active tab it looks up itself, and keeps the view', async () => {
    const view = viewFor('chatgpt', { url: 'https://chatgpt.com/c/1' });
    fake.activeTab = { id: 7, url: 'https://chatgpt.com/c/1' };
    fake.onSend = async () => ({ ok: true, value: view });
    const loading = popupStore.getState().load();
    expect(popupStore.getState().state).toEqual({ status: 'loading' });
    await loading;
    expect(popupStore.getState().state).toEqual({ status: 'ready', view });
    // Its own window's tab is the one the worker described: nothing is asked again.
    await vi.waitFor(() => expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true }));
    await Promise.resolve();
    expect(fake.sent).toEqual([{ type: 'popup:view', payload: { tab: 'active' } }]);
    expect(popupStore.getState().state).toEqual({ status: 'ready', view });
  });

  it("asks again for its own window's tab when the worker described another one", async () => {
    fake.activeTab = { id: 7, url: 'https://chatgpt.com/c/1' };
    const elsewhere = viewFor('claude'); // the worker's focused window showed claude.ai
    const mine = viewFor('chatgpt', { url: 'https://chatgpt.com/c/1' });
    fake.onSend = async (m) => ({ ok: true, value: 'tab' in (m as { payload: object }).payload ? elsewhere : mine });
    await popupStore.getState().load();
    await vi.waitFor(() => expect(popupStore.getState().state).toEqual({ status: 'ready', view: mine }));
    expect(fake.sent).toEqual([
      { type: 'popup:view', payload: { tab: 'active' } },
      { type: 'popup:view', payload: { url: 'https://chatgpt.com/c/1' } },
    ]);
  });

  it('asks nothing more when neither sees an address (no active tab, or its URL hidden from us)', async () => {
    fake.onSend = async () => ({ ok: true, value: viewFor(null, { kind: 'browser' }) });
    for (const tab of [null, { id: 3 }]) {
      fake.activeTab = tab;
      await popupStore.getState().load();
      await vi.waitFor(() => expect(query).toHaveBeenCalled());
      query.mockClear();
    }
    await Promise.resolve();
    expect(fake.sent.map((m) => (m as { payload: unknown }).payload)).toEqual([{ tab: 'active' }, { tab: 'active' }]);
  });

  it('becomes an error state when the background fails or does not answer', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake.onSend = async () => ({ ok: false, error: 'bad' });
    await popupStore.getState().load();
    expect(popupStore.getState().state).toEqual({ status: 'error' });
    fake.onSend = null; // sendMessage resolves undefined: no listener answered
    await popupStore.getState().load();
    expect(popupStore.getState().state).toEqual({ status: 'error' });
    expect(log).toHaveBeenCalledTimes(2);
  });
});
