/** The popup store: one `popup:view` message for the active tab fills it; failures become 'error'. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { popupStore } from '../../src/popup/store';
import { fake } from '../support/fake-browser';
import { viewFor } from './popup-fixtures';

const initialTab = fake.activeTab;
afterEach(() => {
  fake.activeTab = initialTab;
  fake.onSend = null;
  fake.sent.length = 0;
  vi.restoreAllMocks();
});

describe('popup store', () => {
  it('asks the background once, for the active tab, and keeps the view', async () => {
    const view = viewFor('chatgpt');
    fake.activeTab = { id: 7, url: 'https://chatgpt.com/c/1' };
    fake.onSend = async () => ({ ok: true, value: view });
    const loading = popupStore.getState().load();
    expect(popupStore.getState().state).toEqual({ status: 'loading' });
    await loading;
    expect(fake.sent).toEqual([{ type: 'popup:view', payload: { url: 'https://chatgpt.com/c/1' } }]);
    expect(popupStore.getState().state).toEqual({ status: 'ready', view });
  });

  it('sends nulls when there is no active tab or its URL is hidden from us', async () => {
    fake.onSend = async () => ({ ok: true, value: viewFor(null) });
    fake.activeTab = null;
    await popupStore.getState().load();
    fake.activeTab = { id: 3 };
    await popupStore.getState().load();
    expect(fake.sent.map((m) => (m as { payload: unknown }).payload)).toEqual([{ url: null }, { url: null }]);
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
