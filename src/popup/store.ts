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

interface PopupStore {
  state: PopupState;
  panel: Panel;
  setPanel: (panel: Panel) => void;
  /** Asks for the active tab's view (or takes one already asked for: the popup's first, first-requests.ts). */
  load: (asked?: Promise<PopupView>) => Promise<void>;
}

export const popupStore = createStore<PopupStore>((set) => ({
  state: { status: 'loading' },
  panel: null,
  setPanel: (panel) => set({ panel }),
  async load(asked) {
    set({ state: { status: 'loading' }, panel: null });
    try {
      // The worker looks up the active tab itself, alongside its storage reads (issue 19: ~5 ms sooner).
      const view = await (asked ?? send('popup:view', { tab: 'active' }));
      set({ state: { status: 'ready', view } });
      // A task later: the first render runs in this task's microtasks, and the check must not delay it.
      setTimeout(() => void confirmTab(view));
    } catch (error) {
      // Logged for us; the user gets a friendly message and a retry button, never the raw error.
      console.error('[ai-origin] popup load failed', error);
      set({ state: { status: 'error' } });
    }
  },
}));

/**
 * The popup belongs to the active tab of its own window (activeTab lets us see its URL). The worker looked
 * up the focused window's, which is the same tab whenever the popup was opened with a click or a shortcut;
 * should they ever differ, the view is asked again for this window's tab.
 */
async function confirmTab(shown: PopupView): Promise<void> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const url = tab?.url ?? null;
    if (url === shown.url) return;
    const view = await send('popup:view', { url });
    // Only if nothing else replaced the view meanwhile (her action reloads it).
    const { state } = popupStore.getState();
    if (state.status === 'ready' && state.view === shown) popupStore.setState({ state: { status: 'ready', view } });
  } catch {
    // The view shown stays: it is the focused window's tab.
  }
}

export const usePopupStore = <T>(select: (s: PopupStore) => T): T => useStore(popupStore, select);
