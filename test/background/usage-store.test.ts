import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/background/storage';
import { createUsageStore as createStore } from '../../src/background/usage-store';
import { createFakeStorage } from '../support/fake-storage';

const createUsageStore = (area: ReturnType<typeof createFakeStorage>, clock: () => number) => createStore(createStorage(area, clock), clock);

const T = new Date(2026, 10, 27, 10).getTime();

describe('usage store', () => {
  it('loses no update when many messages arrive at once', async () => {
    const area = createFakeStorage();
    const store = createUsageStore(area, () => T + 3600_000);
    await Promise.all(Array.from({ length: 50 }, (_, i) =>
      store.recordActive([{ toolId: 'chatgpt', start: T + i * 1000, end: T + i * 1000 + 1000 }])));
    expect((await store.readDays(['2026-11-27']))['2026-11-27']).toEqual({ chatgpt: { activeMs: 50_000, visits: 0 } });
  });

  it('writes the tally and its memory of counted time together, in one set()', async () => {
    const area = createFakeStorage();
    const storage = createStorage(area, () => T + 60_000);
    await storage.ready; // the migration stamps the schema version first
    const before = area.writes;
    await createStore(storage, () => T + 60_000).recordActive([{ toolId: 'wrtn', start: T, end: T + 60_000 }]);
    expect(area.writes - before).toBe(1);
    expect([...area.data.keys()].sort()).toEqual(['day:2026-11-27', 'recent', 'schemaVersion']);
  });

  it('reads corrupt storage without throwing and keeps counting', async () => {
    const area = createFakeStorage({ 'day:2026-11-27': 'garbage', recent: { covered: 'x' } });
    const store = createUsageStore(area, () => T + 60_000);
    await store.recordActive([{ toolId: 'wrtn', start: T, end: T + 30_000 }]);
    expect((await store.readDays(['2026-11-27']))['2026-11-27']).toEqual({ wrtn: { activeMs: 30_000, visits: 0 } });
  });
});
