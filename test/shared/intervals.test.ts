/** The memory of counted instants stays small and fast whatever a page does. */
import { describe, expect, it } from 'vitest';
import { cover, JOIN_GAP_MS, MAX_INTERVALS, normalize, uncovered, type Interval } from '../../src/shared/intervals';
import { readRecent } from '../../src/background/usage-parse';
import { createDeps } from '../../src/background/deps';
import { createHandlers } from '../../src/background/handlers';
import { createFakeStorage } from '../support/fake-storage';
import { dayKey } from '../../src/shared/dates';

const NOW = new Date(2026, 10, 27, 10).getTime();

describe('remembered intervals', () => {
  it('a video flipping play/pause 50 times a second for 10 minutes leaves one interval', () => {
    let covered: Interval[] = [];
    for (let t = 0; t < 600_000; t += 20) covered = cover(covered, NOW + t, NOW + t + 10);
    expect(covered).toEqual([[NOW, NOW + 599_990]]);
  });

  it(`joins gaps up to ${JOIN_GAP_MS} ms, keeps longer ones`, () => {
    expect(normalize([[0, 10], [10 + JOIN_GAP_MS, 20_000], [30_000, 40_000]])).toEqual([[0, 20_000], [30_000, 40_000]]);
  });

  it(`is capped at ${MAX_INTERVALS} intervals, joining the oldest`, () => {
    const many: Interval[] = Array.from({ length: 30_000 }, (_, i) => [i * 10_000, i * 10_000 + 5_000]);
    const capped = normalize(many);
    expect(capped.length).toBe(MAX_INTERVALS);
    expect(capped[capped.length - 1]).toEqual(many[many.length - 1]);
    // Newer time is still told apart exactly.
    expect(uncovered(capped, 299_985_000, 300_020_000)).toEqual([[299_985_000, 299_990_000], [299_995_000, 300_020_000]]);
  });

  // How long these take is a benchmark figure (`npm run bench`, "Remembered intervals"), not a timed test.
  it('reads 100 000 stored intervals, shuffled, into the capped, sorted, disjoint memory', () => {
    const ordered = Array.from({ length: 100_000 }, (_, i) => [i * 10_000, i * 10_000 + 5_000] as Interval);
    const recent = readRecent({ covered: [...ordered].sort(() => Math.random() - 0.5), visits: {} });
    const covered = recent!.covered;
    expect(covered.length).toBe(MAX_INTERVALS);
    for (let i = 1; i < covered.length; i++) expect(covered[i]![0]).toBeGreaterThan(covered[i - 1]![1]);
    expect(covered.slice(1)).toEqual(ordered.slice(-(MAX_INTERVALS - 1))); // the newest kept exactly
    expect(covered[0]).toEqual([0, ordered[ordered.length - MAX_INTERVALS]![1]]); // the oldest joined into one
  });

  it('a page visit with 30 000 remembered intervals counts, and leaves the memory capped for the next one', async () => {
    const covered = Array.from({ length: 30_000 }, (_, i) => [NOW - 40 * 3600_000 + i * 4_000, NOW - 40 * 3600_000 + i * 4_000 + 1_000]);
    const area = createFakeStorage({ recent: { covered, visits: {}, clock: NOW } });
    const handlers = createHandlers(createDeps(area, () => NOW));
    await handlers['page:hello']({ url: 'https://chatgpt.com/', visitId: 'v1' }, { sender: {}, tabId: 1 });
    expect(area.day(`day:${dayKey(NOW)}`)?.chatgpt?.visits).toBe(1);
    const stored = area.data.get('recent') as { covered: Interval[]; visits: Record<string, number> };
    expect(stored.visits.v1).toBeDefined();
    expect(stored.covered.length).toBeLessThanOrEqual(MAX_INTERVALS);
  });
});
