/** The user-timing mark the popup sets once its content is on screen (read by the bench; shown in DevTools). */
export const POPUP_CONTENT_MARK = 'ai-origin:popup-content';

/**
 * The steps on the way there, marked once each, so the bench can tell the browser's round trips (the
 * answer, the language setting) from the popup's own work (its script, its render) — issue 19.
 */
export const POPUP_STEP_MARKS = {
  script: 'ai-origin:popup-script',
  language: 'ai-origin:popup-language',
  answer: 'ai-origin:popup-answer',
  render: 'ai-origin:popup-render',
} as const;

/** Sets `name` unless it is already set: only the first time counts (a retry or a re-render does not). */
export function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

/**
 * Marks the first render that shows content — the first one, or, when the worker was slow and the spinner
 * came first, the one that replaced it (without the latter a slow open had no mark: the bench waited for it
 * in vain).
 */
export const markContentShown = (): void => markOnce(POPUP_CONTENT_MARK);
