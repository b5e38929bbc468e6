import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/background/migration-steps';
import { migrateStorage, NewerStorageError, SCHEMA_VERSION, type Migration } from '../../src/background/migrations';
import { createFakeStorage } from '../support/fake-storage';

describe('storage migrations', () => {
  it('stamps fresh storage with the current version', async () => {
    const area = createFakeStorage();
    await migrateStorage(area);
    expect(area.data.get('schemaVersion')).toBe(SCHEMA_VERSION);
  });

  it('migration 1 keeps 0.1 data as it is', async () => {
    const day = { chatgpt: { activeMs: 5, visits: 1 } };
    const area = createFakeStorage({ 'day:2026-11-20': day });
    await migrateStorage(area, MIGRATIONS.slice(0, 1));
    expect(area.data.get('day:2026-11-20')).toEqual(day);
  });

  it('migration 2 writes days compact, loses nothing, and leaves what is not a whole day to the repair', async () => {
    const named = { chatgpt: { activeMs: 5_000, visits: 1 }, 'clova-x': { activeMs: 60_000, visits: 3 } };
    const odd = { chatgpt: { activeMs: 'lots', visits: 1 } };
    const area = createFakeStorage({ schemaVersion: 1, 'day:2026-11-20': named, 'day:2026-11-21': odd, settings: { paused: false } });
    expect(await migrateStorage(area)).toBe(2);
    expect(area.data.get('day:2026-11-20')).toEqual({ chatgpt: [5_000, 1], 'clova-x': [60_000, 3] });
    expect(area.day('day:2026-11-20')).toEqual(named);
    expect(area.data.get('day:2026-11-21')).toEqual(odd);
    expect(area.data.get('settings')).toEqual({ paused: false });
    expect(JSON.stringify(area.data.get('day:2026-11-20')).length).toBeLessThan(JSON.stringify(named).length * 0.6);
  });

  it('runs only the steps after the stored version, in order', async () => {
    const ran: number[] = [];
    const steps: Migration[] = [1, 2, 3].map((version) => ({ version, why: 'test', up: () => (ran.push(version), { set: { [`v${version}`]: true } }) }));
    const area = createFakeStorage({ schemaVersion: 1 });
    expect(await migrateStorage(area, steps)).toBe(3);
    expect(ran).toEqual([2, 3]);
    expect(area.data.get('schemaVersion')).toBe(3);
  });

  it('refuses storage from a newer version and leaves it untouched', async () => {
    const area = createFakeStorage({ schemaVersion: SCHEMA_VERSION + 1, 'day:2026-11-20': { future: 'format' } });
    await expect(migrateStorage(area)).rejects.toBeInstanceOf(NewerStorageError);
    expect(area.data.get('day:2026-11-20')).toEqual({ future: 'format' });
    expect(area.writes).toBe(0);
  });

  it('has strictly increasing versions, the last one the version every start checks against', () => {
    expect(MIGRATIONS.every((m, i) => i === 0 || MIGRATIONS[i - 1]!.version < m.version)).toBe(true);
    expect(MIGRATIONS.at(-1)!.version).toBe(SCHEMA_VERSION);
  });

  it('reads no steps on a start whose storage is current', async () => {
    const area = createFakeStorage({ schemaVersion: SCHEMA_VERSION });
    let read = 0;
    expect(await migrateStorage(area, async () => (read++, MIGRATIONS))).toBe(SCHEMA_VERSION);
    expect(read).toBe(0);
    expect(area.writes).toBe(0);
  });
});
