/**
 * The registry's own size in a V8 heap: what the worker holds after a start (after GC), measured in this
 * Node process — the part of its heap no start-up change can avoid. Since the full entries are read only
 * on need (registry.ts), that is the briefs bundled in its script (brief.ts), not the whole registry.
 * Measured as objects — the data's own size, however the worker holds it: it holds them packed in one
 * text (packed-briefs.ts), and a target that shrank whenever the data was held more compactly would
 * count the saving against it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { toBrief } from '../../src/registry/brief';
import { packBriefs } from '../../src/registry/packed-briefs';
import { loadRegistry } from '../../src/registry/load';

const COPIES = 10;

/** The largest of a few measurements: garbage freed by the second GC only makes a reading smaller. */
export function registryHeapBytes(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const json = JSON.stringify(loadRegistry().tools.map(toBrief));
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    // Several copies at once: one copy's size is within the noise of a heap reading.
    let held: unknown[] | null = Array.from({ length: COPIES }, () => JSON.parse(json) as unknown);
    gc();
    readings.push((process.memoryUsage().heapUsed - before) / COPIES);
    held = null; // let go before the next reading, or its GC frees these and the growth reads as 0
    void held;
  }
  return Math.max(...readings);
}

/** The packed text the worker's script holds (one byte a character: packed-briefs.ts). */
export const packedBriefsBytes = (): number => packBriefs(loadRegistry().tools.map(toBrief)).length;
