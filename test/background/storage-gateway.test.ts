/**
 * The one storage gateway: every key typed, one write queue, migrations before any access, quarantine
 * on the write path, repair of every key — and "delete all data" leaves exactly the kept keys, whatever
 * ran before or alongside it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeps, type Deps } from '../../src/background/deps';
import { drainHandoffs } from '../../src/background/handoff-drain';
import { createHandlers } from '../../src/background/handlers';
import { SCHEMA_VERSION } from '../../src/background/migrations';
import type { Handlers } from '../../src/background/router';
import { repairStorage } from '../../src/background/storage-repair';
import { QUARANTINE_ITEM_CHARS } from '../../src/background/storage-quarantine';
import { checkWeeklySummary } from '../../src/background/weekly-notification';
import { validators } from '../../src/shared/message-rules';
import type { MessageName } from '../../src/shared/messages';
import { createFakeStorage } from '../support/fake-storage';
import { createSlowStorage } from '../support/slow-storage';

const NOW = new Date(2026, 10, 27, 10).getTime();
const TODAY = 'day:2026-11-27';
const ctx = { sender: {}, tabId: 4 };
const otherProfileFile = (switches: unknown[] = []) => ({
  format: 'ai-origin-export', version: 1, exportId: crypto.randomUUID(), profileId: 'other-profile-1', exportedAt: '2026-11-27',
  days: { '2026-11-26': { claude: { activeMs: 60_000, visits: 1 } } }, switches,
});

/** One valid call of every message the worker answers (the test below checks none is missing). */
const CALLS: Record<MessageName, (h: Handlers) => Promise<unknown>> = {
  'page:hello': (h) => h['page:hello']({ url: 'https://chatgpt.com/', visitId: crypto.randomUUID() }, ctx),
  'card:action': async (h) => {
    await h['card:action']({ url: 'https://claude.ai/', action: 'shown' }, ctx);
    await h['card:action']({ url: 'https://chatgpt.com/', action: 'snooze' }, ctx);
  },
  'activity:segments': (h) => h['activity:segments']({ segments: [{ segmentId: crypto.randomUUID(), url: 'https://chatgpt.com/c/1', start: NOW - 30_000, end: NOW }] }, ctx),
  'popup:view': (h) => h['popup:view']({ url: 'https://chatgpt.com/' }, ctx),
  'popup:switch': (h) => h['popup:switch']({ from: 'chatgpt', to: 'wrtn' }, ctx),
  'report:data': (h) => h['report:data']({}, ctx),
  'settings:update': (h) => h['settings:update']({ patch: { idleSeconds: 90 } }, ctx),
  'data:export': (h) => h['data:export']({}, ctx),
  'data:import': (h) => h['data:import']({ file: otherProfileFile([{ at: NOW - 1, from: 'chatgpt', to: 'wrtn' }]), apply: true }, ctx),
  'data:delete': (h) => h['data:delete']({ confirm: true }, ctx),
  // Her own registry (issue 13): kept by "delete all data", like settings.
  'mine:add': (h) => h['mine:add']({ entry: { host: 'my-own-ai.example', name: 'Gamma', vendor: 'Gamma Tech, Inc.', country: 'US', category: 'productivity', jobs: ['presentations'] } }, ctx),
  'mine:remove': (h) => h['mine:remove']({ id: 'mine-nothing-here' }, ctx),
  'mine:correct': (h) => h['mine:correct']({ toolId: 'chatgpt', correction: { country: 'US', vendor: 'OpenAI OpCo, LLC', reason: 'terms page' } }, ctx),
  'mine:not-ai': (h) => h['mine:not-ai']({ toolId: 'claude', notAi: true }, ctx),
  'mine:sync': (h) => h['mine:sync']({}, ctx),
  'registry:list': (h) => h['registry:list']({}, ctx),
};

/** Everything that writes storage besides messages: weekly summary, maintenance, unload hand-offs. */
const otherWriters = (deps: Deps) => [
  () => checkWeeklySummary(deps),
  () => repairStorage(deps.storage, NOW),
  () => drainHandoffs(deps.storage, () => NOW),
];

const KEPT = ['personal', 'profileId', 'schemaVersion', 'settings', 'weeklyNotified'];

describe('delete all data', () => {
  it('the list of calls covers every message of the protocol', () => {
    expect(Object.keys(CALLS).sort()).toEqual(Object.keys(validators).sort());
  });

  it('leaves exactly the kept keys after every writing handler has run', async () => {
    const area = createFakeStorage({ 'not-ours': 1, recent: 'corrupt', 'handoff:x1': { segments: [] } });
    const deps = createDeps(area, () => NOW);
    const h = createHandlers(deps);
    for (const [name, call] of Object.entries(CALLS)) if (name !== 'data:delete') await call(h);
    for (const write of otherWriters(deps)) await write();
    await area.set({ 'handoff:x2': { segments: [{ segmentId: 'p1', url: 'https://chatgpt.com/', start: NOW - 5_000, end: NOW }] } });
    // Every kind of record exists before the delete …
    const before = [...area.data.keys()];
    for (const kind of ['day:', 'recent', 'cardState', 'switches', 'imports', 'quarantine', 'handoff:', ...KEPT]) {
      expect(before.some((k) => k.startsWith(kind)), kind).toBe(true);
    }
    await CALLS['data:delete'](h);
    // … and after it only the kept ones remain.
    expect([...area.data.keys()].sort()).toEqual(KEPT);
  });

  it('leaves no earlier record behind when handlers run alongside it (50 interleavings)', async () => {
    for (let seed = 1; seed <= 50; seed++) {
      const area = createSlowStorage({
        cardState: { gemini: { never: true, facts: 'x' } },
        switches: [{ at: 1, from: 'gemini', to: 'wrtn' }],
        'day:2026-11-20': { gemini: { activeMs: 5, visits: 1 } },
        imports: { 'older-profile-1': { days: {}, exportIds: ['e'] } },
      }, seed);
      const h = createHandlers(createDeps(area, () => NOW));
      const started = Object.entries(CALLS).filter(([n]) => n !== 'data:delete').map(([, call]) => call(h));
      await Promise.all([...started, CALLS['data:delete'](h)]);
      const cards = area.data.get('cardState') as Record<string, unknown> | undefined;
      expect(cards?.gemini, `seed ${seed}: card state came back`).toBeUndefined();
      expect(JSON.stringify(area.data.get('switches') ?? []), `seed ${seed}`).not.toContain('gemini');
      expect(area.data.has('day:2026-11-20'), `seed ${seed}`).toBe(false);
      expect(JSON.stringify(area.data.get('imports') ?? {}), `seed ${seed}`).not.toContain('older-profile-1');
    }
  }, 30_000); // every message runs alongside, on slow storage (and the machine may be busy)
});

describe('one write queue', () => {
  it('keeps a switch recorded while an import runs (50 interleavings)', async () => {
    for (let seed = 1; seed <= 50; seed++) {
      const area = createSlowStorage({}, seed);
      const h = createHandlers(createDeps(area, () => NOW));
      await Promise.all([
        CALLS['data:import'](h),
        h['popup:switch']({ from: 'chatgpt', to: 'wrtn' }, ctx),
        h['popup:switch']({ from: 'gemini', to: 'wrtn' }, ctx),
      ]);
      expect((area.data.get('switches') as unknown[]).length, `seed ${seed}`).toBe(3);
    }
  }, 30_000);

  it('creates one profile id however many exports and imports ask for it at once', async () => {
    const area = createSlowStorage({}, 7);
    const h = createHandlers(createDeps(area, () => NOW));
    const files = await Promise.all([1, 2, 3].map(() => h['data:export']({}, ctx)));
    expect(new Set(files.map(({ file }) => (file as { profileId: string }).profileId)).size).toBe(1);
  });
});

describe('migrations gate every access', () => {
  it('touches nothing at all in storage from a newer version', async () => {
    const area = createFakeStorage({ schemaVersion: SCHEMA_VERSION + 1, 'handoff:x': { segments: [] }, weeklyNotified: '9999-12-31' });
    const deps = createDeps(area, () => NOW);
    const h = createHandlers(deps);
    for (const call of Object.values(CALLS)) await expect(call(h)).rejects.toThrow(/newer version/);
    for (const write of otherWriters(deps)) await expect(write()).rejects.toThrow(/newer version/);
    expect(area.writes).toBe(0);
  });
});

describe('quarantine on the write path', () => {
  it('copies a corrupt day aside before counting overwrites it', async () => {
    const corrupt = { chatgpt: { activeMs: 'lots', visits: 1 }, claude: { activeMs: 5_000, visits: 1 } };
    const area = createFakeStorage({ [TODAY]: corrupt });
    await CALLS['activity:segments'](createHandlers(createDeps(area, () => NOW)));
    expect(area.day(TODAY)).toEqual({ claude: { activeMs: 5_000, visits: 1 }, chatgpt: { activeMs: 30_000, visits: 0 } });
    const items = (area.data.get('quarantine') as { items: Record<string, unknown> }).items;
    expect(Object.entries(items)).toEqual([[expect.stringMatching(/ day:2026-11-27$/), corrupt]]);
  });

  it('keeps only the start of a huge corrupt value', async () => {
    const huge = { covered: 'x'.repeat(5_000_000), visits: {} };
    const area = createFakeStorage({ recent: huge });
    await CALLS['activity:segments'](createHandlers(createDeps(area, () => NOW)));
    const items = (area.data.get('quarantine') as { items: Record<string, { truncated: boolean; chars: number; start: string }> }).items;
    const [copy] = Object.values(items);
    expect(copy).toMatchObject({ truncated: true, chars: JSON.stringify(huge).length });
    expect(copy!.start.length).toBe(QUARANTINE_ITEM_CHARS);
    expect(JSON.stringify(area.data.get('quarantine')).length).toBeLessThan(20_000);
  });
});

describe('repair of every key', () => {
  it('sets aside and fixes every damaged key, including markers in the future and keys not in the format', async () => {
    const area = createFakeStorage({
      weeklyNotified: '9999-12-31', profileId: 'x', cardState: 'garbage', switches: { a: 1 }, imports: [1], 'mystery-key': 5,
      'day:9999-12-31': { chatgpt: { activeMs: 1, visits: 1 } }, settings: { idleSeconds: 'never' }, quarantine: 'junk',
      recent: { covered: [[5, 1], [10, 20]], visits: {}, clock: 0 }, schemaVersion: 1,
    });
    const report = await repairStorage(createDeps(area, () => NOW).storage, NOW);
    expect(report.repaired.sort()).toEqual(['cardState', 'day:9999-12-31', 'imports', 'mystery-key', 'profileId', 'recent', 'settings', 'switches', 'weeklyNotified']);
    expect([...area.data.keys()].sort()).toEqual(['cardState', 'quarantine', 'recent', 'schemaVersion', 'settings']);
    expect(area.data.get('cardState')).toEqual({});
    expect(area.data.get('recent')).toEqual({ covered: [[10, 20]], visits: {}, clock: 0 });
  });

  it('a weekly marker of 9999-12-31 does not switch the weekly summary off for good', async () => {
    const days = { 'day:2026-11-17': { chatgpt: { activeMs: 60_000, visits: 1 } } };
    const area = createFakeStorage({ weeklyNotified: '9999-12-31', ...days });
    let now = new Date(2026, 10, 23, 9, 30).getTime(); // Monday after that week
    const deps = createDeps(area, () => now);
    expect(await checkWeeklySummary(deps)).toBeNull(); // read as "never handled": handled from now on
    expect(area.data.get('weeklyNotified')).toBe('2026-11-23');
    await area.set({ 'day:2026-11-24': { chatgpt: { activeMs: 60_000, visits: 1 } } });
    now += 7 * 86400_000;
    expect(await checkWeeklySummary(deps)).not.toBeNull();
  });
});

describe('the only door', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

  it('nothing but the gateway (and the page hand-off) touches storage.local', () => {
    const allowed = new Set([
      'src/background/storage.ts', 'src/background/migrations.ts', // the gateway and the migrations it runs first
      'src/background/index.ts', // hands browser.storage.local to the gateway; listens for hand-offs
      'src/content/handoff.ts', // a page's unload hand-off: writes only fresh handoff:<id> keys
      'src/shared/language-setting.ts', // extension pages read the language before first paint; read-only, parsed
    ]);
    const offenders = files('src').filter((path) => !allowed.has(path))
      .filter((path) => /browser\.storage|chrome\.storage|\barea\.(get|set|remove)\(/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
