/**
 * When the popup first renders. A warm worker answers in a few milliseconds: the popup then renders once,
 * with its content. Rendering the spinner first cost that answer a render and a frame it had to wait
 * behind (traced: ~6 ms of a ~26 ms open; issue 19). Only an answer slower than `spinnerAfterMs` (a worker
 * starting cold) shows the spinner first. The language setting is always waited for: nothing renders in
 * the wrong language.
 */
export const SPINNER_AFTER_MS = 120;

export function firstRender(answered: Promise<unknown>, language: Promise<unknown>, render: () => void, spinnerAfterMs = SPINNER_AFTER_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<void>((resolve) => (timer = setTimeout(resolve, spinnerAfterMs)));
  // A failed answer is the store's to show (its error state): it still ends the wait.
  const answeredOrSlow = Promise.race([answered.catch(() => undefined), slow]).finally(() => clearTimeout(timer));
  return Promise.all([language.catch(() => undefined), answeredOrSlow]).then(render);
}
