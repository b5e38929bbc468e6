/** The user-timing mark the popup sets once its content is on screen (read by the bench; shown in DevTools). */
export const POPUP_CONTENT_MARK = 'ai-origin:popup-content';

/**
 * Marks the first render that shows content — the first one, or, when the worker was slow and the spinner
 * came first, the one that replaced it (without the latter a slow open had no mark: the bench waited for it
 * in vain).
 */
export function markContentShown(): void {
  if (performance.getEntriesByName(POPUP_CONTENT_MARK).length === 0) performance.mark(POPUP_CONTENT_MARK);
}
