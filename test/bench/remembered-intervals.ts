/**
 * The worker's memory of counted instants (`recent.covered`) under a hostile or hand-edited storage:
 * reading 100 000 shuffled intervals (was 18.8 s before it became one sort and one pass), and a segment
 * counted while 30 000 are stored (a page visit took 1.9 s before the memory was capped). Unit tests
 * check what these produce; their time is a figure here, not a timed test (a busy CI machine once read
 * 376 ms against a 300 ms bound).
 */
import { MIGRATIONS } from '../../src/background/migration-steps';
import { createStorage } from '../../src/background/storage';
import { readRecent } from '../../src/background/usage-parse';
import { addRanges } from '../../src/background/usage-update';
import { createFakeStorage } from '../support/fake-storage';
import { median } from './median';

const RUNS = 5;

async function timed(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function rememberedIntervals(): Promise<[string, string][]> {
  const shuffled = Array.from({ length: 100_000 }, (_, i) => [i * 10_000, i * 10_000 + 5_000]).sort(() => Math.random() - 0.5);
  const read = await timed(() => readRecent({ covered: shuffled, visits: {} }));

  const now = new Date(2026, 10, 27, 10).getTime();
  const covered = Array.from({ length: 30_000 }, (_, i) => [now - 40 * 3600_000 + i * 4_000, now - 40 * 3600_000 + i * 4_000 + 1_000]);
  const segment = await timed(() => {
    const storage = createStorage(createFakeStorage({ schemaVersion: 2, recent: { covered, visits: {}, clock: now } }), () => now, MIGRATIONS);
    return storage.write((tx) => addRanges(tx, [{ toolId: 'chatgpt', start: now - 15_000, end: now }], now));
  });
  return [
    ['read 100 000 stored intervals, shuffled', `${read.toFixed(1)} ms (median of ${RUNS}; target ≤ 500 ms, was 18.8 s)`],
    ['count a segment with 30 000 stored', `${segment.toFixed(1)} ms (median of ${RUNS}; target ≤ 300 ms, was 1.9 s)`],
  ];
}
