/** Timers that end with the content script's life (the same AbortSignal as its listeners). */
export function every(ms: number, fn: () => void, signal: AbortSignal): void {
  const id = window.setInterval(fn, ms);
  signal.addEventListener('abort', () => clearInterval(id), { once: true });
}

/**
 * A failed report (the worker stopped while handling it) is retried soon, backing off to `maxMs`: a
 * stretch must not wait a whole heartbeat — or for the page to unload — to be counted.
 */
export function createRetry(firstMs: number, maxMs: number, retry: () => void, signal: AbortSignal) {
  let timer = 0;
  let wait = firstMs;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return (ok: boolean): void => {
    if (ok) return void (wait = firstMs);
    if (timer || signal.aborted) return;
    timer = window.setTimeout(() => ((timer = 0), retry()), wait);
    wait = Math.min(wait * 2, maxMs);
  };
}
