import { describe, expect, it } from 'vitest';
import { createActivityTracker, SCROLL_GRACE_MS, type Segment } from '../../src/content/activity-tracker';
import { MAX_SEGMENT_URL, MAX_SEGMENTS, pageAddress } from '../../src/shared/segment-report';

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

describe('only a person counts', () => {
  it('a page scrolling itself 1 px every 2 s adds nothing after the idle threshold', async () => {
    const t = setup();
    t.tracker.input('gesture');
    for (let i = 0; i < 60; i++) {
      await t.advance(2_000);
      t.tracker.scroll(); // trusted scroll event, caused by the page's script
    }
    t.tracker.update({ focused: false });
    expect(t.total()).toBe(IDLE + SCROLL_GRACE_MS - (SCROLL_GRACE_MS % 2_000)); // only the gesture's own momentum
  });

  it('scrolling right after a wheel or key press is the user scrolling', async () => {
    const t = setup();
    t.tracker.input('gesture');
    await t.advance(1_000);
    t.tracker.scroll(); // momentum of that wheel
    await t.advance(3 * 60_000);
    expect(t.total()).toBe(1_000 + IDLE);
  });

  it('a muted 1×1 video (or any media) counts nothing until the user has interacted with the page', async () => {
    const t = setup();
    t.tracker.update({ mediaPlaying: true });
    await t.advance(60_000);
    expect(t.total()).toBe(0);
    t.tracker.input('move'); // a pointer passing over is not interaction
    await t.advance(2 * 60_000);
    expect(t.total()).toBe(IDLE);
    t.tracker.input('gesture');
    await t.advance(3 * 60_000);
    expect(t.total()).toBe(IDLE + 3 * 60_000);
  });
});

describe('delivery', () => {
  it('sends a long outbox in bounded batches and delivers all of it', async () => {
    const t = setup();
    t.setUp(false);
    for (let i = 0; i < 206; i++) {
      t.tracker.update({ focused: true });
      t.tracker.input();
      await t.advance(1_000);
      t.tracker.update({ focused: false });
    }
    expect(t.tracker.pending()).toBe(206);
    t.setUp(true);
    await t.tracker.tick();
    expect(t.tracker.pending()).toBe(0);
    expect(Math.max(...t.sent.map((b) => b.length))).toBeLessThanOrEqual(MAX_SEGMENTS);
    expect(t.total()).toBe(206 * 1_000);
  });

  it('reports only origin and path, bounded, whatever the URL', async () => {
    const long = `https://chatgpt.com/?q=${encodeURIComponent('가'.repeat(460))}`;
    expect(long.length).toBeGreaterThan(4_000);
    const url = new URL(long);
    expect(pageAddress(url.origin, url.pathname)).toBe('https://chatgpt.com/');
    expect(pageAddress('https://chatgpt.com', `/${'x'.repeat(5_000)}`).length).toBeLessThanOrEqual(MAX_SEGMENT_URL);
  });

  it('at unload returns everything unacknowledged at once (to hand off), the open stretch included', async () => {
    const t = setup();
    t.tracker.input();
    await t.advance(BEAT);
    t.setUp(false);
    t.jump(9_000);
    const left = t.tracker.end();
    expect(left).toHaveLength(1);
    expect(left[0]!.end - left[0]!.start).toBe(BEAT + 9_000);
  });

  it('starts a new stretch, and reports at once, when the clock is set back', async () => {
    const t = setup();
    t.tracker.input();
    await t.advance(30_000);
    const before = t.sent.length;
    t.jump(-3600_000);
    t.tracker.input();
    expect(t.sent.length).toBe(before + 1); // reported at once, so the worker learns of the change now
    await t.advance(30_000);
    t.tracker.update({ visible: false });
    const segments = new Map(t.sent.flat().map((s) => [s.segmentId, s]));
    expect(segments.size).toBe(2);
    expect([...segments.values()].every((s) => s.end >= s.start)).toBe(true);
    expect(t.total()).toBe(60_000);
  });
});

describe('a report the worker could not take', () => {
  it('says so, so the page retries soon instead of at the next heartbeat', async () => {
    const results: boolean[] = [];
    let fail = true;
    let now = 1_000_000;
    const tracker = createActivityTracker({
      idleMs: IDLE, heartbeatMs: BEAT, now: () => now, newId: () => 's1', url: () => 'https://chatgpt.com/',
      send: async (batch) => {
        if (fail) throw new Error('The message port closed before a response was received.');
        return batch.map((s) => s.segmentId);
      },
      delivered: (ok) => void results.push(ok),
    }, { visible: true, focused: true, onTool: true, mediaPlaying: false });
    tracker.input();
    now += 2_000;
    tracker.end();
    await tracker.flush();
    fail = false;
    await tracker.flush();
    expect(results).toEqual([false, false, true]); // end()'s send, the retry while still stopped, then through
  });
});
