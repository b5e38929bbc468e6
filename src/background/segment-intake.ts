/**
 * Counting reported segments: from a page's message, or from a hand-off a page left in storage when it
 * unloaded. Both go through here, inside one storage transaction, so the settings that decide (pause,
 * exclusions) and the tally are read and written together.
 */
import { findBrief } from '../registry/registry';
import type { SegmentReport } from '../shared/segment-report';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { countableRange } from './segment-window';
import { counts } from './settings-store';
import type { Tx } from './storage';
import { addRanges, type ActiveRange } from './usage-update';

/** Adds what may be counted of `segments` (the rest is ignored: not a tool, paused, excluded, too old). */
export async function countSegments(tx: Tx, segments: readonly SegmentReport[], now: number): Promise<number> {
  const settings = (await tx.get('settings')) ?? DEFAULT_SETTINGS;
  const ranges: ActiveRange[] = [];
  for (const segment of segments) {
    const tool = findBrief(segment.url); // the id is all it needs: no full registry read to count time
    const range = countableRange(segment.start, segment.end, now);
    if (tool && range && counts(settings, tool.id)) ranges.push({ toolId: tool.id, ...range });
  }
  if (ranges.length > 0) await addRanges(tx, ranges, now);
  return ranges.length;
}
