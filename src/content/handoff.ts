/**
 * The last report of a page that is going away. At `pagehide` a message to a stopped worker is lost:
 * Chrome starts the worker, but the page (the message's sender) is gone before it can be delivered —
 * and the page's outbox dies with it. What does survive is a storage write issued during `pagehide`:
 * it completes in the browser process whatever happens to the page. So the page leaves its
 * unacknowledged segments under a fresh `handoff:<id>` key; the change wakes the worker, which counts
 * them and removes the key (background/handoff-drain.ts), or counts them on its next start.
 * (`storage.session` would be the natural place, but content scripts cannot write it unless the worker
 * opens it to them first — which a stopped worker cannot do; `storage.local` they can.)
 * Counted twice? No: the page also sends the same segments by message, and the worker counts each
 * instant once.
 */
import { HANDOFF_PREFIX, MAX_SEGMENTS, type SegmentReport } from '../shared/segment-report';

interface StorageLike { set: (items: Record<string, unknown>) => Promise<void> | void }
const globals = globalThis as unknown as { browser?: { storage?: { local?: StorageLike } }; chrome?: { storage?: { local?: StorageLike } } };

/** At most this many segments per hand-off (the newest; a page's outbox is short in practice). */
export const MAX_HANDOFF = 4 * MAX_SEGMENTS;

export function handOff(segments: readonly SegmentReport[], id: string): void {
  if (segments.length === 0) return;
  try {
    const local = (globals.browser ?? globals.chrome)?.storage?.local;
    void Promise.resolve(local?.set({ [`${HANDOFF_PREFIX}${id}`]: { segments: segments.slice(-MAX_HANDOFF) } })).catch(() => undefined);
  } catch {
    // Extension gone (update, removal): nothing to hand off to.
  }
}
