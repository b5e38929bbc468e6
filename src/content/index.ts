/**
 * Content script, injected only on registry hosts (top frame). It says hello when the page is an AI
 * tool (badge + one visit) and reports active-time segments. The page is hostile: we listen only to
 * trusted events, keep no state in the page's DOM, and stop quietly when the extension goes away.
 */
import type { ToolPaths } from '../registry/tool-paths';
import { isToolLocation } from '../registry/tool-paths';
import { pageAddress } from '../shared/segment-report';
import { createActivityTracker, type ActivityTracker } from './activity-tracker';
import { handOff } from './handoff';
import { mediaPerceivable } from './media-state';
import { extensionAlive, send } from './messenger';
import { showOriginCard } from './origin-card';
import { documentVisitId } from './visit-id';

declare const __TOOL_PATHS__: ToolPaths;

const HEARTBEAT_MS = 15_000;
const DEFAULT_IDLE_MS = 60_000;
const RETRY_FIRST_MS = 500;
/** Trusted presses: input, and proof that a person interacts with the page (media may count after one). */
const GESTURE_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const MEDIA_EVENTS = ['play', 'playing', 'pause', 'ended', 'emptied', 'volumechange'] as const;

/** crypto.randomUUID exists only in secure contexts; an AI tool served over plain http still needs ids. */
const randomId = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const onToolHere = () => isToolLocation(__TOOL_PATHS__, location.hostname, location.pathname);
/** What we report for this page: origin + path, bounded (a long `?q=` is private and of no use). */
const address = () => pageAddress(location.origin, location.pathname);

function start(): void {
  const life = new AbortController();
  const on = (target: EventTarget, type: string, fn: (e: Event) => void) =>
    target.addEventListener(type, (e) => e.isTrusted && fn(e), { capture: true, passive: true, signal: life.signal });

  let tracker: ActivityTracker;
  let url = location.href;
  let timer = 0;
  // The page's first visit has the document's own id: a copy re-injected by an update continues it.
  let firstVisit = true;
  // A report the worker could not take (stopped while handling it) is retried soon, backing off to the
  // heartbeat: a stretch must not wait 15 s — or for the page to unload — to be counted.
  let retryTimer = 0;
  let retryMs = RETRY_FIRST_MS;
  const delivered = (ok: boolean) => {
    if (ok) return void (retryMs = RETRY_FIRST_MS);
    if (retryTimer) return;
    retryTimer = window.setTimeout(() => ((retryTimer = 0), void tracker.flush()), retryMs);
    retryMs = Math.min(retryMs * 2, HEARTBEAT_MS);
  };

  const stop = () => {
    life.abort();
    clearInterval(timer);
    clearTimeout(retryTimer);
  };
  const hello = () => {
    const visitId = firstVisit ? documentVisitId() : randomId();
    firstVisit = false;
    send('page:hello', { url: address(), visitId })
      .then((reply) => {
        tracker.setIdleMs(reply.idleMs);
        if (reply.card) {
          const card = reply.card;
          const show = () => showOriginCard(card, (action, to) => void send('card:action', { url: address(), action, ...(to ? { to } : {}) }).catch(() => undefined));
          // At document_start there is no <html> yet to attach to.
          if (document.documentElement) show();
          else document.addEventListener('DOMContentLoaded', show, { once: true });
        }
      })
      .catch(() => extensionAlive() || stop());
  };

  tracker = createActivityTracker({
    idleMs: DEFAULT_IDLE_MS,
    heartbeatMs: HEARTBEAT_MS,
    now: () => Date.now(),
    newId: () => randomId(),
    url: address,
    send: async (segments) => (await send('activity:segments', { segments })).acked,
    delivered,
  }, {
    visible: document.visibilityState === 'visible',
    focused: document.hasFocus(),
    onTool: onToolHere(),
    mediaPlaying: false,
  });

  // SPA navigation changes the URL without a page load; notice it on any of these occasions.
  const checkUrl = () => {
    if (location.href === url) return;
    url = location.href;
    const wasTool = tracker.onTool();
    const nowTool = onToolHere();
    tracker.navigated(nowTool);
    if (nowTool && !wasTool) hello();
  };

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
  on(window, 'pagehide', () => handOff(tracker.end(), randomId()));
  // Back/forward cache: a restored page is a new visit; time while it sat in the cache never counts.
  on(window, 'pageshow', (e) => {
    if (!(e as PageTransitionEvent).persisted) return;
    tracker.update({ visible: document.visibilityState === 'visible', focused: document.hasFocus() });
    if (onToolHere()) hello();
  });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) on(navigation, 'navigatesuccess', checkUrl);

  timer = window.setInterval(() => {
    if (!extensionAlive()) return stop(); // orphaned by an update or reload: stop without errors
    checkUrl();
    // A video scrolled out of view (or muted) stops counting without any media event.
    tracker.update({ mediaPlaying: mediaPerceivable() });
    void tracker.tick();
  }, HEARTBEAT_MS);

  if (onToolHere()) hello();
}

// An install/update injects this script into open tabs; never run twice in one page.
// The marker holds the running copy's own liveness check, so an orphan left by an update does not
// stop the fresh copy from starting.
const marker = Symbol.for('ai-origin.content');
const world = globalThis as Record<symbol, (() => boolean) | undefined>;
if (!world[marker]?.()) {
  world[marker] = extensionAlive;
  start();
}
