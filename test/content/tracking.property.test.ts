/**
 * Property test of the whole tracking path: content tracker → unreliable transport → worker handler →
 * storage. Random sequences of input, focus, visibility, media, SPA navigation, idleness, sleep, worker
 * outages, worker restarts, duplicated and replayed (reordered) sends. Invariants:
 *   - counted time never exceeds the ground-truth active time;
 *   - nothing is counted twice (replays add nothing; counted == truth once everything is delivered);
 *   - if the browser dies, at most the time since the last acknowledged send is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createDeps } from '../../src/background/deps';
import { createActivityTracker, type Segment } from '../../src/content/activity-tracker';
import { DAY_PREFIX } from '../../src/shared/usage';
import { createFakeStorage } from '../support/fake-storage';

const IDLE = 60_000;
const BEAT = 15_000;
const TOOL_URL = 'https://chatgpt.com/c/1';
const START = new Date(2026, 10, 23, 23, 0).getTime(); // an hour before midnight: runs cross days

type Op =
  | { op: 'wait'; ms: number } | { op: 'input' } | { op: 'focus'; v: boolean } | { op: 'visible'; v: boolean }
  | { op: 'media'; v: boolean } | { op: 'nav'; onTool: boolean } | { op: 'sleep'; ms: number }
  | { op: 'worker'; up: boolean } | { op: 'restart' } | { op: 'replay'; index: number } | { op: 'dup' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1_000, max: 90_000 }).map((ms) => ({ op: 'wait' as const, ms })) },
  { weight: 6, arbitrary: fc.constant({ op: 'input' as const }) },
  { weight: 2, arbitrary: fc.boolean().map((v) => ({ op: 'focus' as const, v })) },
  { weight: 2, arbitrary: fc.boolean().map((v) => ({ op: 'visible' as const, v })) },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ op: 'media' as const, v })) },
  { weight: 1, arbitrary: fc.boolean().map((onTool) => ({ op: 'nav' as const, onTool })) },
  { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 6 * 3600_000 }).map((ms) => ({ op: 'sleep' as const, ms })) },
  { weight: 2, arbitrary: fc.boolean().map((up) => ({ op: 'worker' as const, up })) },
  { weight: 1, arbitrary: fc.constant({ op: 'restart' as const }) },
  { weight: 1, arbitrary: fc.nat(50).map((index) => ({ op: 'replay' as const, index })) },
  { weight: 1, arbitrary: fc.constant({ op: 'dup' as const }) },
);

async function simulate(ops: Op[], browserDies: boolean) {
  let now = START;
  const area = createFakeStorage();
  let handlers = createHandlers(createDeps(area, () => now));
  let workerUp = true;
  let duplicateNext = false;
  const delivered: Segment[][] = [];
  let lastAck = START;

  // Ground truth, integrated from the same signals the user produces.
  const s = { visible: true, focused: true, onTool: true, media: false, interacted: false, lastInput: -Infinity };
  let truth = 0;
  // Media counts only on a page the user has interacted with (a trusted gesture since it loaded).
  const activeUntil = () => (s.visible && s.focused && s.onTool ? (s.media && s.interacted ? Infinity : s.lastInput + IDLE) : -Infinity);
  const passTime = (ms: number) => {
    truth += Math.max(0, Math.min(now + ms, activeUntil()) - now);
    now += ms;
  };

  const deliver = async (batch: Segment[]) => {
    const reply = await handlers['activity:segments']({ segments: batch }, { sender: {}, tabId: 1 });
    return reply.acked;
  };
  const tracker = createActivityTracker({
    idleMs: IDLE, heartbeatMs: BEAT, now: () => now, newId: () => crypto.randomUUID(), url: () => TOOL_URL,
    send: async (batch) => {
      if (!workerUp) throw new Error('down');
      delivered.push(structuredClone(batch));
      const acked = await deliver(batch);
      if (duplicateNext) await deliver(batch), (duplicateNext = false);
      // Each batch carries every unacknowledged segment, so an ack covers all activity up to its latest end.
      lastAck = Math.max(lastAck, ...batch.map((seg) => seg.end));
      return acked;
    },
  }, { visible: true, focused: true, onTool: true, mediaPlaying: false });

  for (const o of ops) {
    switch (o.op) {
      case 'wait':
        for (let left = o.ms; left > 0; left -= BEAT) {
          passTime(Math.min(BEAT, left));
          await tracker.tick();
        }
        break;
      case 'input': s.lastInput = now; s.interacted = true; tracker.input('gesture'); break;
      case 'focus': s.focused = o.v; tracker.update({ focused: o.v }); break;
      case 'visible': s.visible = o.v; tracker.update({ visible: o.v }); break;
      case 'media': s.media = o.v; tracker.update({ mediaPlaying: o.v }); break;
      case 'nav': s.onTool = o.onTool; tracker.navigated(o.onTool); break;
      case 'sleep':
        // Asleep: no timers, no user; waking up is not activity.
        await tracker.tick();
        now += o.ms;
        s.lastInput = -Infinity;
        s.media = false;
        tracker.update({ mediaPlaying: false });
        break;
      case 'worker': workerUp = o.up; break;
      case 'restart': handlers = createHandlers(createDeps(area, () => now)); break;
      case 'replay': if (delivered.length) await deliver(delivered[o.index % delivered.length]!); break;
      case 'dup': duplicateNext = true; break;
    }
  }
  const counted = () => [...area.data.keys()]
    .filter((k) => k.startsWith(DAY_PREFIX))
    .reduce((sum, k) => sum + (area.day(k)?.chatgpt?.activeMs ?? 0), 0);
  if (!browserDies) {
    workerUp = true;
    tracker.end();
    await tracker.flush();
  }
  return { counted: counted(), truth, lossBound: now - lastAck };
}

describe('tracking invariants (fast-check)', () => {
  it('never over-counts and, once delivered, counts exactly the active time', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { maxLength: 60 }), async (ops) => {
      const { counted, truth } = await simulate(ops, false);
      expect(counted).toBeLessThanOrEqual(truth);
      expect(counted).toBe(truth);
    }), { numRuns: 400 });
  });

  it('when the browser dies, loses at most the time since the last acknowledged send', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { maxLength: 60 }), async (ops) => {
      const { counted, truth, lossBound } = await simulate(ops, true);
      expect(counted).toBeLessThanOrEqual(truth);
      expect(truth - counted).toBeLessThanOrEqual(lossBound);
    }), { numRuns: 400 });
  });
});
