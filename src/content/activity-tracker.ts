/**
 * Active-time tracking for one page, as a pure state machine (the DOM wiring lives in index.ts).
 *
 * The user is active while the page is visible, its window has focus, the page is an AI tool, and
 * either a trusted input happened within `idleMs`, or media the user can perceive (audible or visible)
 * plays on a page the user has interacted with. Scrolling counts only shortly after a trusted gesture
 * (a page can scroll itself; it cannot make a trusted key, wheel, touch or pointer press). Each stretch
 * of activity is one segment with an id, reported cumulatively (same id, growing end) every heartbeat
 * and when it closes. Segments stay in the outbox until the worker acknowledges them; at unload the
 * outbox is handed off through storage (handoff.ts), so a stopped worker loses nothing.
 */
import { MAX_SEGMENTS, type SegmentReport } from '../shared/segment-report';

export type Segment = SegmentReport;

export interface Signals { visible: boolean; focused: boolean; onTool: boolean; mediaPlaying: boolean }

/** A trusted press (key, pointer button, wheel, touch): input, and proof a person interacts with the page. */
export type InputKind = 'gesture' | 'move';

/** Scrolling within this long after a gesture is that gesture's scroll (momentum, held keys, dragging). */
export const SCROLL_GRACE_MS = 3_000;
/** Segments the worker would not count any more (older than its 24 h window) leave the outbox. */
export const OUTBOX_MAX_AGE_MS = 24 * 3600_000;
export const OUTBOX_MAX = 1_000;
/** A stretch that ends sends at once, but at most once a second (a page flipping media cannot flood). */
export const MIN_CLOSE_FLUSH_GAP_MS = 1_000;

export interface TrackerDeps {
  idleMs: number;
  heartbeatMs: number;
  now: () => number;
  newId: () => string;
  /** The page's address as reported: origin + path, bounded (see segment-report.ts). */
  url: () => string;
  /** Sends segments; resolves with the ids the worker handled, rejects when it could not be reached. */
  send: (segments: Segment[]) => Promise<string[]>;
  /**
   * Told after each attempt whether everything went through. A message can fail when the worker is
   * stopped while handling it; the caller then retries soon rather than at the next heartbeat.
   */
  delivered?: (ok: boolean) => void;
}

export function createActivityTracker(deps: TrackerDeps, initial: Signals) {
  const signals: Signals = { ...initial };
  let idleMs = deps.idleMs;
  let lastInput = -Infinity; // a page that merely loaded (e.g. restored tabs) is not activity yet
  let lastGesture = -Infinity;
  let interacted = false;
  let lastSeen = deps.now();
  let lastFlush = -Infinity;
  let open: Segment | null = null;
  const outbox = new Map<string, Segment>();
  let inflight: Promise<void> | null = null;

  const idleAt = () => lastInput + idleMs;
  const mediaCounts = () => signals.mediaPlaying && interacted;
  const isActive = (now: number) =>
    signals.visible && signals.focused && signals.onTool && (mediaCounts() || now < idleAt());

  function close(end: number) {
    if (!open) return;
    // Never shrink: time up to open.end was already seen active (and maybe reported).
    open.end = Math.max(open.end, end);
    if (open.end > open.start) outbox.set(open.segmentId, { ...open });
    open = null;
  }

  function trimOutbox(now: number) {
    for (const [id, s] of outbox) if (s.end < now - OUTBOX_MAX_AGE_MS) outbox.delete(id);
    for (const id of outbox.keys()) {
      if (outbox.size <= OUTBOX_MAX) break;
      outbox.delete(id);
    }
  }

  /** Brings the segment state up to `now`; true when the clock went back (report at once). */
  function reconcile(now: number): boolean {
    let clockBack = false;
    if (now < lastSeen) {
      // The clock was set back: what was open ended when we last saw it; a new stretch starts now, so
      // no segment spans the jump (the worker then counts the hour lived twice; see tally.ts).
      close(lastSeen);
      lastInput = Math.min(lastInput, now);
      lastGesture = Math.min(lastGesture, now);
      clockBack = true;
    } else if (now - lastSeen > deps.heartbeatMs * 3) {
      // A long silence means the machine slept: nothing since counts.
      close(lastSeen);
      lastInput = -Infinity;
    }
    lastSeen = now;
    if (isActive(now)) {
      if (!open) open = { segmentId: deps.newId(), url: deps.url(), start: now, end: now };
      open.end = now;
    } else if (open) {
      // Gone idle: the activity ended when the idle threshold ran out, not when we noticed.
      const idleEnded = signals.visible && signals.focused && signals.onTool && !mediaCounts();
      close(idleEnded ? Math.min(now, idleAt()) : now);
    }
    return clockBack;
  }

  /** Everything not yet acknowledged, the open stretch included (a copy). */
  const pending = (): Segment[] => [...outbox.values(), ...(open && open.end > open.start ? [{ ...open }] : [])];

  async function flush(): Promise<void> {
    while (inflight) await inflight; // one send at a time; the next one carries whatever is newer
    trimOutbox(deps.now());
    const all = pending();
    if (all.length === 0) return;
    lastFlush = deps.now();
    let done!: () => void;
    inflight = new Promise((resolve) => (done = resolve));
    try {
      // In bounded batches: a long outbox (after an outage) goes in several messages, never one too big.
      for (let i = 0; i < all.length; i += MAX_SEGMENTS) {
        const batch = all.slice(i, i + MAX_SEGMENTS);
        const acked = new Set(await deps.send(batch));
        for (const sent of batch) {
          const waiting = outbox.get(sent.segmentId);
          if (acked.has(sent.segmentId) && waiting && waiting.end <= sent.end) outbox.delete(sent.segmentId);
        }
      }
      deps.delivered?.(true);
    } catch {
      // Worker unreachable right now: everything stays in the outbox for the next attempt.
      deps.delivered?.(false);
    } finally {
      inflight = null;
      done();
    }
  }

  /** A stretch just closed: report it now, unless a report went out less than a second ago. */
  function closedFlush(now: number) {
    if (now - lastFlush >= MIN_CLOSE_FLUSH_GAP_MS) void flush();
  }

  function input(kind: InputKind) {
    const now = deps.now();
    if (reconcile(now)) void flush();
    lastInput = now;
    if (kind === 'gesture') (lastGesture = now), (interacted = true);
    reconcile(now);
  }

  return {
    /** A trusted input. A gesture (key, pointer press, wheel, touch) also marks the page as interacted with. */
    input: (kind: InputKind = 'gesture') => input(kind),
    /** A scroll event: the user's only shortly after a gesture; otherwise the page scrolled itself. */
    scroll() {
      if (deps.now() - lastGesture <= SCROLL_GRACE_MS) input('move');
    },
    /** Visibility, focus, tool-path or media changed. Closing a segment reports it at once. */
    update(change: Partial<Signals>) {
      const now = deps.now();
      const clockBack = reconcile(now);
      const wasOpen = open;
      Object.assign(signals, change);
      reconcile(now);
      if (clockBack) void flush();
      else if (wasOpen && !open) closedFlush(now);
    },
    /** The URL changed within the page (SPA navigation): end the segment so each carries one URL. */
    navigated(onTool: boolean) {
      const now = deps.now();
      reconcile(now);
      close(now);
      signals.onTool = onTool;
      reconcile(now);
      void flush();
    },
    /** Heartbeat: notice idleness, sleep and clock changes, and report progress. */
    tick: async () => {
      reconcile(deps.now());
      await flush();
    },
    flush,
    /**
     * The page is going away: close the stretch and return, synchronously, everything not yet
     * acknowledged (to hand off through storage before the page is gone), then try to send it too.
     */
    end(): Segment[] {
      const now = deps.now();
      reconcile(now);
      close(now);
      trimOutbox(now);
      const left = pending();
      void flush();
      return left;
    },
    /** The user's idle threshold arrived from settings. */
    setIdleMs(ms: number) {
      reconcile(deps.now());
      idleMs = ms;
    },
    onTool: () => signals.onTool,
    pending: () => outbox.size + (open ? 1 : 0),
    isActive: () => isActive(deps.now()),
  };
}

export type ActivityTracker = ReturnType<typeof createActivityTracker>;
