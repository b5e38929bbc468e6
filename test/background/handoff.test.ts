/** A page that unloads while the worker is stopped hands its segments off through storage; nothing is lost. */
import { afterEach, describe, expect, it } from 'vitest';
import { createDeps } from '../../src/background/deps';
import { drainHandoffs, MAX_DRAINED_SEGMENTS } from '../../src/background/handoff-drain';
import { createHandlers } from '../../src/background/handlers';
import { createActivityTracker } from '../../src/content/activity-tracker';
import { handOff } from '../../src/content/handoff';
import { createFakeStorage } from '../support/fake-storage';

const T0 = new Date(2026, 10, 27, 10).getTime();
const g = globalThis as { chrome?: unknown };
afterEach(() => delete g.chrome);

function page(area: ReturnType<typeof createFakeStorage>, clock: { now: number }, workerUp: () => boolean) {
  g.chrome = { storage: { local: area } };
  const handlers = createHandlers(createDeps(area, () => clock.now));
  let n = 0;
  return createActivityTracker({
    idleMs: 60_000, heartbeatMs: 15_000, now: () => clock.now, newId: () => `seg-${++n}`, url: () => 'https://chatgpt.com/c/1',
    send: async (segments) => {
      if (!workerUp()) throw new Error('worker stopped');
      return (await handlers['activity:segments']({ segments }, { sender: {}, tabId: 1 })).acked;
    },
  }, { visible: true, focused: true, onTool: true, mediaPlaying: false });
}

const counted = (area: ReturnType<typeof createFakeStorage>) =>
  area.day('day:2026-11-27')?.chatgpt?.activeMs ?? 0;

describe('unload after a worker stop', () => {
  it('24 s of input, worker stopped 4 s before the page navigates away: all 24 s counted', async () => {
    const area = createFakeStorage();
    const clock = { now: T0 };
    let up = true;
    const tracker = page(area, clock, () => up);
    for (let s = 0; s < 24; s++) {
      tracker.input();
      if (s === 15) await tracker.tick(); // heartbeat: 15 s acknowledged
      if (s === 20) up = false; // Chrome stops the worker
      clock.now += 1_000;
    }
    handOff(tracker.end(), 'page-1'); // pagehide: the message is lost, the hand-off is not
    await Promise.resolve();
    expect(counted(area)).toBe(15_000);
    await drainHandoffs(createDeps(area, () => clock.now).storage, () => clock.now); // the worker's next start
    expect(counted(area)).toBe(24_000);
    expect([...area.data.keys()].some((k) => k.startsWith('handoff:'))).toBe(false);
  });

  it('a segment delivered both by message and by hand-off counts once', async () => {
    const area = createFakeStorage();
    const clock = { now: T0 };
    const tracker = page(area, clock, () => true);
    tracker.input();
    clock.now += 10_000;
    handOff(tracker.end(), 'page-2');
    await tracker.flush();
    await drainHandoffs(createDeps(area, () => clock.now).storage, () => clock.now);
    expect(counted(area)).toBe(10_000);
  });

  it('a storage full of hand-offs is drained in bounded steps, losing none', async () => {
    const segments = (k: number) => Array.from({ length: 200 }, (_, i) => ({ segmentId: `h${k}-${i}`, url: 'https://chatgpt.com/', start: T0 + (k * 200 + i) * 2_000, end: T0 + (k * 200 + i) * 2_000 + 1_000 }));
    const area = createFakeStorage(Object.fromEntries(Array.from({ length: 15 }, (_, k) => [`handoff:p${k}`, { segments: segments(k) }])));
    const now = T0 + 7_000_000;
    const storage = createDeps(area, () => now).storage;
    let drained = 0;
    for (let rounds = 0; rounds < 5; rounds++) drained += await drainHandoffs(storage, () => now);
    expect(drained).toBe(15);
    expect(MAX_DRAINED_SEGMENTS).toBeLessThan(15 * 200);
    const total = [...area.data.keys()].filter((k) => k.startsWith('day:')).reduce((sum, k) => sum + area.day(k)!.chatgpt!.activeMs, 0);
    expect(total).toBe(15 * 200 * 1_000);
  });
});

describe('a worker stopped in the middle of a drain', () => {
  it('counts a hand-off once even when it stopped after counting and before removing it', async () => {
    const area = createFakeStorage({ 'handoff:p1': { segments: [{ segmentId: 's1', url: 'https://chatgpt.com/', start: T0, end: T0 + 9_000 }] } });
    const now = T0 + 10_000;
    const remove = area.remove;
    area.remove = async () => { throw new Error('worker stopped'); };
    await expect(drainHandoffs(createDeps(area, () => now).storage, () => now)).rejects.toThrow();
    expect(area.data.has('handoff:p1')).toBe(true);
    area.remove = remove;
    await drainHandoffs(createDeps(area, () => now).storage, () => now); // next start
    expect(counted(area)).toBe(9_000);
    expect(area.data.has('handoff:p1')).toBe(false);
  });
});
