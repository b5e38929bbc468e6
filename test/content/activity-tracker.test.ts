import { describe, expect, it } from 'vitest';
import { createActivityTracker, type Segment } from '../../src/content/activity-tracker';

const IDLE = 60_000;
const BEAT = 15_000;

function setup(signals = { visible: true, focused: true, onTool: true, mediaPlaying: false }) {
  let now = 1_000_000;
  let n = 0;
  const sent: Segment[][] = [];
  let up = true;
  const tracker = createActivityTracker({
    idleMs: IDLE, heartbeatMs: BEAT, now: () => now, newId: () => `s${++n}`, url: () => 'https://chatgpt.com/',
    send: async (batch) => {
      if (!up) throw new Error('worker unreachable');
      sent.push(batch);
      return batch.map((s) => s.segmentId);
    },
  }, signals);
  const advance = async (ms: number) => {
    for (let left = ms; left > 0; left -= BEAT) {
      now += Math.min(BEAT, left);
      await tracker.tick();
    }
  };
  const total = () => {
    const last = new Map<string, Segment>();
    for (const batch of sent) for (const s of batch) last.set(s.segmentId, s);
    return [...last.values()].reduce((sum, s) => sum + s.end - s.start, 0);
  };
  return { tracker, advance, total, sent, setUp: (v: boolean) => (up = v), at: () => now, jump: (ms: number) => (now += ms) };
}

describe('activity tracker', () => {
  it('counts focused, visible time with recent input, and stops at the idle threshold', async () => {
    const t = setup();
    t.tracker.input();
    await t.advance(5 * 60_000);
    expect(t.total()).toBe(IDLE); // active only until a minute after the last input
  });

  it('keeps counting while media plays without input', async () => {
    const t = setup();
    t.tracker.input();
    t.tracker.update({ mediaPlaying: true });
    await t.advance(3 * 60_000);
    t.tracker.update({ mediaPlaying: false });
    await t.advance(BEAT);
    expect(t.total()).toBe(3 * 60_000);
  });

  it('stops the moment the window loses focus or the tab is hidden', async () => {
    const t = setup();
    t.tracker.input();
    await t.advance(30_000);
    t.tracker.update({ focused: false });
    await t.advance(30_000);
    t.tracker.update({ focused: true });
    t.tracker.input();
    await t.advance(BEAT);
    t.tracker.update({ visible: false });
    await t.advance(60_000);
    expect(t.total()).toBe(45_000);
  });

  it('does not count a laptop sleep as activity', async () => {
    const t = setup();
    t.tracker.input();
    await t.advance(BEAT);
    t.jump(8 * 3600_000); // no heartbeats while asleep
    await t.tracker.tick();
    await t.advance(60_000);
    expect(t.total()).toBe(BEAT);
  });

  it('keeps unacknowledged segments and sends them when the worker is back', async () => {
    const t = setup();
    t.tracker.input();
    t.setUp(false);
    await t.advance(30_000);
    t.tracker.update({ visible: false });
    expect(t.tracker.pending()).toBe(1);
    t.setUp(true);
    await t.tracker.tick();
    expect(t.tracker.pending()).toBe(0);
    expect(t.total()).toBe(30_000);
  });

  it('splits the segment when a single-page app leaves the tool and starts again on return', async () => {
    const t = setup();
    t.tracker.input();
    await t.advance(BEAT);
    t.tracker.navigated(false);
    t.tracker.input();
    await t.advance(BEAT);
    t.tracker.navigated(true);
    t.tracker.input();
    await t.advance(BEAT);
    expect(t.total()).toBe(2 * BEAT);
    expect(new Set(t.sent.flat().map((s) => s.segmentId)).size).toBe(2);
  });
});
