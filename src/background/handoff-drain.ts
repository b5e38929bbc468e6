/**
 * Counts the segments pages left in storage when they unloaded (content/handoff.ts) and removes them,
 * in one transaction: counted and removed together, or neither. Runs when such a key appears (the
 * storage change wakes a stopped worker) and on every worker start, so a hand-off written while the
 * worker could not run is counted on its next start. A segment the page also delivered by message
 * counts once: the worker's memory of counted instants makes the second delivery add nothing.
 */
import type { SegmentReport } from '../shared/segment-report';
import { countSegments } from './segment-intake';
import type { Storage } from './storage';

/** Segments counted per drain: a storage full of hand-offs cannot stall the worker (the rest wait). */
export const MAX_DRAINED_SEGMENTS = 2_000;

export function drainHandoffs(storage: Storage, now: () => number): Promise<number> {
  return storage.write(async (tx) => {
    const handoffs = await tx.handoffs();
    const keys: string[] = [];
    const segments: SegmentReport[] = [];
    for (const [key, handoff] of Object.entries(handoffs)) {
      if (keys.length > 0 && segments.length + (handoff?.segments.length ?? 0) > MAX_DRAINED_SEGMENTS) break;
      keys.push(key);
      segments.push(...(handoff?.segments ?? []));
    }
    if (keys.length === 0) return 0;
    await countSegments(tx, segments, now());
    tx.remove(keys);
    return keys.length;
  });
}
