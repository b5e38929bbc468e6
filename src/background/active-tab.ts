/**
 * The address of the tab the popup belongs to, looked up from the worker. The popup opens over the focused
 * window, the last focused one as the worker sees it (the popup itself is no window), so the worker can
 * look it up side by side with its storage reads: the popup asking the browser first held its first render
 * back ~5 ms (issue 19). The popup checks the answer against its own window afterwards (popup/store.ts).
 */
import browser from '../shared/browser';

export async function activeTabUrl(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.url ?? null;
}
