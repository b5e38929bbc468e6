/**
 * Active-time tracking for one page, as a pure state machine (the DOM wiring lives in index.ts).
 *
 * The user is active while the page is visible, its window has focus, the page is an AI tool, and
 * either a trusted input happened within `idleMs` or media is playing. Each stretch of activity is one
 * segment with an id; it is reported cumulatively (same id, growing end) every heartbeat and when it
 * closes. Segments stay in the outbox until the worker acknowledges them, so a stopped worker loses
 * nothing; the worker counts each instant once, so re-sending never double counts.
 */
export interface Segment { segmentId: string; url: string; start: number; end: number }

export interface Signals { visible: boolean; focused: boolean; onTool: boolean; mediaPlaying: boolean }

export interface TrackerDeps {
  idleMs: number;
  heartbeatMs: number;
  now: () => number;
  newId: () => string;
  url: () => string;
  /** Sends segments; resolves with the ids the worker stored, rejects when it could not be reached. */
  send: (segments: Segment[]) => Promise<string[]>;
}

export function createActivityTracker(deps: TrackerDeps, initial: Signals) {
  const signals: Signals = { ...initial };
  let idleMs = deps.idleMs;
  let lastInput = -Infinity; // a page that merely loaded (e.g. restored tabs) is not activity yet
  let lastSeen = deps.now();
  let open: Segment | null = null;
  const outbox = new Map<string, Segment>();
  let inflight: Promise<void> | null = null;

  const idleAt = () => lastInput + idleMs;
  const isActive = (now: number) =>
    signals.visible && signals.focused && signals.onTool && (signals.mediaPlaying || now < idleAt());

  function close(end: number) {
    if (!open) return;
    // Never shrink: time up to open.end was already seen active (and maybe reported).
    open.end = Math.max(open.end, end);
    if (open.end > open.start) outbox.set(open.segmentId, { ...open });
    open = null;
  }

  /** Brings the segment state up to `now`. A long silence means the machine slept: nothing since counts. */
  function reconcile(now: number) {
    if (now - lastSeen > deps.heartbeatMs * 3) {
      close(lastSeen);
      lastInput = -Infinity;
    }
    lastSeen = now;
    if (isActive(now)) {
      if (!open) open = { segmentId: deps.newId(), url: deps.url(), start: now, end: now };
      open.end = now;
    } else if (open) {
      // Gone idle: the activity ended when the idle threshold ran out, not when we noticed.
      const idleEnded = signals.visible && signals.focused && signals.onTool && !signals.mediaPlaying;
      close(idleEnded ? Math.min(now, idleAt()) : now);
    }
  }

  async function flush(): Promise<void> {
    while (inflight) await inflight; // one send at a time; the next one carries whatever is newer
    const batch = [...outbox.values(), ...(open && open.end > open.start ? [{ ...open }] : [])];
    if (batch.length === 0) return;
    let done!: () => void;
    inflight = new Promise((resolve) => (done = resolve));
    try {
      const acked = new Set(await deps.send(batch));
      for (const sent of batch) {
        const waiting = outbox.get(sent.segmentId);
        if (acked.has(sent.segmentId) && waiting && waiting.end <= sent.end) outbox.delete(sent.segmentId);
      }
    } catch {
      // Worker unreachable right now: everything stays in the outbox for the next heartbeat.
    } finally {
      inflight = null;
      done();
    }
  }

  return {
    /** A trusted user input (key, pointer, wheel, touch, scroll). */
    input() {
      const now = deps.now();
      reconcile(now);
      lastInput = now;
      reconcile(now);
    },
    /** Visibility, focus, tool-path or media changed. Closing a segment reports it at once. */
    update(change: Partial<Signals>) {
      const now = deps.now();
      reconcile(now);
      const wasOpen = open;
      Object.assign(signals, change);
      reconcile(now);
      if (wasOpen && !open) void flush();
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
    /** Heartbeat: notice idleness and sleep, and report progress. */
    tick: async () => {
      reconcile(deps.now());
      await flush();
    },
    flush,
    /** The page is going away: close and make a last attempt to report. */
    end: async () => {
      reconcile(deps.now());
      close(deps.now());
      await flush();
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
