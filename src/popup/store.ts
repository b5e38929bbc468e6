/** Popup view state: one message to the background (`popup:view`) fills it; `panel` is which of her forms is open. */
import { createStore } from 'zustand/vanilla';
import browser from '../shared/browser';
import type { PopupView } from '../shared/popup-view';
import { send } from '../shared/send';
import { useStore } from '../ui/use-store';

export type PopupState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; view: PopupView };

/** Her forms: add this site, or correct this label (opened from the "⋯" menu, shown under the label). */
export type Panel = 'add' | 'correct' | null;

interface PopupStore { state: PopupState; panel: Panel; setPanel: (panel: Panel) => void; load: () => Promise<void> }

export const popupStore = createStore<PopupStore>((set) => ({
  state: { status: 'loading' },
  panel: null,
  setPanel: (panel) => set({ panel }),
  async load() {
    set({ state: { status: 'loading' }, panel: null });
    try {
      // The popup belongs to the active tab of its window; activeTab lets us see that tab's URL.
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const view = await send('popup:view', { url: tab?.url ?? null });
      set({ state: { status: 'ready', view } });
    } catch (error) {
      // Logged for us; the user gets a friendly message and a retry button, never the raw error.
      console.error('[ai-origin] popup load failed', error);
      set({ state: { status: 'error' } });
    }
  },
}));

export const usePopupStore = <T>(select: (s: PopupStore) => T): T => useStore(popupStore, select);
