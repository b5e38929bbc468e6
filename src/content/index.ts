/**
 * Content script, injected only on registry hosts (top frame). It says hello when the page is an AI
 * tool (badge + one visit) and reports active-time segments. The page is hostile: we listen only to
 * trusted events, keep no state in the page's DOM, and stop quietly when the extension goes away.
 * One AbortSignal ends everything this script started: listeners, the heartbeat and retries.
 */
import type { ToolPaths } from '../registry/tool-paths';
import { isToolLocation } from '../registry/tool-paths';
import { pageAddress } from '../shared/segment-report';
import { createActivityTracker } from './activity-tracker';
import { mediaPerceivable } from './media-state';
import { extensionAlive, send } from './messenger';
import { createHello } from './page-hello';
import { listenToPage } from './page-signals';
import { createRetry, every } from './timers';

declare const __TOOL_PATHS__: ToolPaths;

const HEARTBEAT_MS = 15_000;
const DEFAULT_IDLE_MS = 60_000;
const RETRY_FIRST_MS = 500;

/** crypto.randomUUID exists only in secure contexts; an AI tool served over plain http still needs ids. */
const randomId = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const onToolHere = () => isToolLocation(__TOOL_PATHS__, location.hostname, location.pathname);
/** What we report for this page: origin + path, bounded (a long `?q=` is private and of no use). */
const address = () => pageAddress(location.origin, location.pathname);

function start(): void {
  const life = new AbortController();
  const stop = () => life.abort();

  const tracker = createActivityTracker({
    idleMs: DEFAULT_IDLE_MS,
    heartbeatMs: HEARTBEAT_MS,
    now: () => Date.now(),
    newId: () => randomId(),
    url: address,
    send: async (segments) => (await send('activity:segments', { segments })).acked,
    delivered: (ok) => delivered(ok),
  }, {
    visible: document.visibilityState === 'visible',
    focused: document.hasFocus(),
    onTool: onToolHere(),
    mediaPlaying: false,
  });
  const delivered = createRetry(RETRY_FIRST_MS, HEARTBEAT_MS, () => void tracker.flush(), life.signal);
  const hello = createHello(tracker, address, randomId, stop);

  // SPA navigation changes the URL without a page load; notice it on any of these occasions.
  let url = location.href;
  const checkUrl = () => {
    if (location.href === url) return;
    url = location.href;
    const wasTool = tracker.onTool();
    const nowTool = onToolHere();
    tracker.navigated(nowTool);
    if (nowTool && !wasTool) hello();
  };

  listenToPage({ tracker, checkUrl, restored: () => onToolHere() && hello(), newId: randomId, signal: life.signal });

  every(HEARTBEAT_MS, () => {
    if (!extensionAlive()) return stop(); // orphaned by an update or reload: stop without errors
    checkUrl();
    // A video scrolled out of view (or muted) stops counting without any media event.
    tracker.update({ mediaPlaying: mediaPerceivable() });
    void tracker.tick();
  }, life.signal);

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
