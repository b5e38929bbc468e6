import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/background/storage';
import { readQuarantine, repairStorage as repair, RETENTION_DAYS } from '../../src/background/storage-repair';
import { SCHEMA_VERSION } from '../../src/background/migrations';
import { createFakeStorage } from '../support/fake-storage';

const QUARANTINE_KEY = 'quarantine';
type Area = ReturnType<typeof createFakeStorage>;
const repairStorage = (area: Area, now: number) => repair(createStorage(area, () => now), now);
const readQuarantineOf = (area: Area) => readQuarantine(createStorage(area));

const NOW = new Date(2026, 10, 27, 12).getTime();

describe('storage repair', () => {
  it('keeps valid usage, recovers what it can from a corrupt day, and sets the original aside', async () => {
    const corrupt = { chatgpt: { activeMs: 60_000, visits: 2 }, claude: { activeMs: 'lots', visits: 1 }, __proto__x: 5 };
    const area = createFakeStorage({
      'day:2026-11-26': { wrtn: { activeMs: 1000, visits: 1 } },
      'day:2026-11-27': corrupt,
      'day:2026-02-31': { chatgpt: { activeMs: 1, visits: 1 } },
      settings: { paused: 'yes', idleSeconds: 90 },
    });
    const report = await repairStorage(area, NOW);
    expect(area.day('day:2026-11-26')).toEqual({ wrtn: { activeMs: 1000, visits: 1 } });
    expect(area.day('day:2026-11-27')).toEqual({ chatgpt: { activeMs: 60_000, visits: 2 } });
    expect(area.data.has('day:2026-02-31')).toBe(false);
    expect(area.data.get('settings')).toMatchObject({ paused: false, idleSeconds: 90 });
    expect(report.repaired.sort()).toEqual(['day:2026-02-31', 'day:2026-11-27', 'settings']);
    const quarantine = await readQuarantineOf(area);
    expect(quarantine?.keys.some((k) => k.endsWith('day:2026-11-27'))).toBe(true);
    const saved = (area.data.get(QUARANTINE_KEY) as { items: Record<string, unknown> }).items;
    expect(Object.values(saved)).toContainEqual(corrupt);
  });

  it('changes nothing in healthy storage', async () => {
    const area = createFakeStorage({ 'day:2026-11-27': { chatgpt: [5, 1] }, 'day:2026-11-26': { chatgpt: { activeMs: 5, visits: 1 } }, schemaVersion: SCHEMA_VERSION });
    const before = area.writes;
    expect(await repairStorage(area, NOW)).toEqual({ repaired: [], removed: [], expired: 0 });
    expect(area.writes).toBe(before);
    expect(await readQuarantineOf(area)).toBeNull();
  });

  it(`drops days older than ${RETENTION_DAYS} days and keeps the last 400`, async () => {
    const area = createFakeStorage({
      'day:2024-11-01': { chatgpt: { activeMs: 5, visits: 1 } },
      'day:2025-10-20': { chatgpt: { activeMs: 5, visits: 1 } },
    });
    const report = await repairStorage(area, NOW);
    expect(report.expired).toBe(1);
    expect([...area.data.keys()].filter((k) => k !== 'schemaVersion')).toEqual(['day:2025-10-20']);
  });

  it('survives garbage of every type without throwing', async () => {
    const area = createFakeStorage({ 'day:2026-11-27': 'x', recent: [1, 2], settings: null, 'day:garbage': 7 });
    await expect(repairStorage(area, NOW)).resolves.toBeTruthy();
    // Nothing usable in it: removed (a copy set aside), and counting starts a fresh memory.
    expect(area.data.has('recent')).toBe(false);
    expect((await readQuarantineOf(area))?.keys.some((k) => k.endsWith(' recent'))).toBe(true);
  });
});

describe('settings repair', () => {
  it('fills in missing settings without calling them damaged', async () => {
    const area = createFakeStorage({ settings: { goalPercent: 30 } });
    const report = await repairStorage(area, NOW);
    expect(report.repaired).toEqual([]);
    expect(area.data.get('settings')).toMatchObject({ goalPercent: 30, idleSeconds: 60 });
    expect(await readQuarantineOf(area)).toBeNull();
  });
});
