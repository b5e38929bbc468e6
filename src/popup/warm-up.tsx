/**
 * Renders a made-up view (warm-view.ts) into a detached element and unmounts it, while the worker's answer
 * is on its way (issue 19). The popup's first render of its view took ~6.8 ms, the same view rendered again
 * ~3.1 ms: the rest is first-time work — compiling each component, V8's inline caches, the first reads of the
 * message catalogue. The answer takes ~10 ms after popup.js starts (the browser's round trips), time the
 * page spent idle; now that work is done in it, and the real render is a second render.
 * `popup-ab`, 12 interleaved rounds: content 26.4 → 19.0 ms over a blank page (10 of 12 better); the render
 * step in `npm run bench` 7.6 → 2.1 ms.
 *
 * Off-page, so nothing is drawn, laid out or fetched (a flag's background is never resolved); App is not
 * used, so neither the store nor the content mark is touched. A failure here is only a missed head start.
 */
import { render } from 'preact';
import { ViewContent } from './components/app';
import { WARM_VIEW } from './warm-view';

export function warmUp(): void {
  const box = document.createElement('main');
  try {
    render(<ViewContent view={WARM_VIEW} panel={null} />, box);
    render(null, box);
  } catch (error) {
    console.warn('[ai-origin] popup warm-up failed', error);
  }
}
