/** The content script's timers end with its life, and failed reports are retried soon with a back-off. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRetry, every } from '../../src/content/timers';

afterEach(() => vi.useRealTimers());

describe('content script timers', () => {
  it('a heartbeat stops when the script stops (the same AbortSignal as its listeners)', () => {
    vi.useFakeTimers();
    const life = new AbortController();
    const beat = vi.fn();
    every(1_000, beat, life.signal);
    vi.advanceTimersByTime(3_000);
    expect(beat).toHaveBeenCalledTimes(3);
    life.abort();
    vi.advanceTimersByTime(10_000);
    expect(beat).toHaveBeenCalledTimes(3);
  });

  it('retries a failed report after 0.5 s, backing off to the heartbeat, and resets after a success', () => {
    vi.useFakeTimers();
    const life = new AbortController();
    const retry = vi.fn();
    const delivered = createRetry(500, 15_000, retry, life.signal);
    delivered(false);
    delivered(false); // one retry at a time
    vi.advanceTimersByTime(499);
    expect(retry).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(retry).toHaveBeenCalledTimes(1);
    delivered(false);
    vi.advanceTimersByTime(999);
    expect(retry).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(retry).toHaveBeenCalledTimes(2);
    delivered(true);
    delivered(false);
    vi.advanceTimersByTime(500);
    expect(retry).toHaveBeenCalledTimes(3);
    delivered(false);
    life.abort();
    vi.advanceTimersByTime(60_000);
    expect(retry).toHaveBeenCalledTimes(3);
  });
});
