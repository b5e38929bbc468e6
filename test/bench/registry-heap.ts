/**
 * The registry's own size in a V8 heap: what holding the parsed tools costs (after GC), measured in this
 * Node process — the part of the worker's heap no start-up change can avoid.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadRegistry } from '../../src/registry/load';

/** The smallest of a few measurements: a GC that left other garbage behind only adds to it. */
export const registryHeapBytes = (): number => Math.min(...Array.from({ length: 5 }, measureOnce));

function measureOnce(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const json = JSON.stringify(loadRegistry().tools);
  gc();
  const before = process.memoryUsage().heapUsed;
  const tools = JSON.parse(json) as unknown[];
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  if (tools.length === 0) return 0;
  return bytes;
}
