/**
 * What the page tells us, trusted events only: visibility, focus, a person's input, scrolling right after
 * it, perceivable media, single-page navigation, leaving (hand-off) and back/forward-cache restores.
 */
import type { ActivityTracker } from './activity-tracker';
import { handOff } from './handoff';
import { mediaPerceivable } from './media-state';

/** Trusted presses: input, and proof that a person interacts with the page (media may count after one). */
const GESTURE_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const MEDIA_EVENTS = ['play', 'playing', 'pause', 'ended', 'emptied', 'volumechange'] as const;

export interface PageSignals {
  tracker: ActivityTracker;
  /** Notices a URL change (single-page navigation). */
  checkUrl: () => void;
  /** A back/forward-cache restore on a tool path is a new visit. */
  restored: () => void;
  newId: () => string;
  signal: AbortSignal;
}

export function listenToPage({ tracker, checkUrl, restored, newId, signal }: PageSignals): void {
  const on = (target: EventTarget, type: string, fn: (e: Event) => void) =>
    target.addEventListener(type, (e) => e.isTrusted && fn(e), { capture: true, passive: true, signal });

  on(document, 'visibilitychange', () => tracker.update({ visible: document.visibilityState === 'visible' }));
  on(window, 'focus', () => tracker.update({ focused: document.hasFocus() }));
  on(window, 'blur', () => tracker.update({ focused: document.hasFocus() }));
  // Input also checks the URL: browsers without the Navigation API (Firefox) report pushState nowhere else.
  for (const type of GESTURE_EVENTS) on(window, type, () => (checkUrl(), tracker.input('gesture')));
  on(window, 'pointermove', () => (checkUrl(), tracker.input('move')));
  // Scroll events are trusted even when the page scrolls itself: they count only right after a gesture.
  on(window, 'scroll', () => tracker.scroll());
  for (const type of MEDIA_EVENTS) on(document, type, () => tracker.update({ mediaPlaying: mediaPerceivable() }));
  on(window, 'popstate', checkUrl);
  // The last report must survive the page: hand it off through storage (see handoff.ts).
  on(window, 'pagehide', () => handOff(tracker.end(), newId()));
  // Back/forward cache: a restored page is a new visit; time while it sat in the cache never counts.
  on(window, 'pageshow', (e) => {
    if (!(e as PageTransitionEvent).persisted) return;
    tracker.update({ visible: document.visibilityState === 'visible', focused: document.hasFocus() });
    restored();
  });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) on(navigation, 'navigatesuccess', checkUrl);
}
