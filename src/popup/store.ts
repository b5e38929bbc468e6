/** Popup view state: one message to the background fills it. */
import { create } from 'zustand';
import browser from '../shared/browser';
import type { PopupView } from '../shared/popup-view';
import { send } from '../shared/send';

export type PopupState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; view: PopupView };

interface PopupStore { state: PopupState; load: () => Promise<void> }

export const usePopupStore = create<PopupStore>((set) => ({
  state: { status: 'loading' },
  async load() {
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const view = await send('popup:view', { tabId: tab?.id ?? null, url: tab?.url ?? null });
      set({ state: { status: 'ready', view } });
    } catch (error) {
      console.error('[ai-origin] popup load failed', error);
      set({ state: { status: 'error' } });
    }
  },
}));
