/** The popup's first render: once, with content, when the worker answers quickly; the spinner only when it is slow. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstRender, SPINNER_AFTER_MS } from '../../src/popup/first-render';

const deferred = () => {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('the popup\'s first render', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('waits for a quick answer and renders once, with it', async () => {
    const answer = deferred();
    const render = vi.fn();
    const done = firstRender(answer.promise, Promise.resolve(), render);
    await vi.advanceTimersByTimeAsync(10);
    expect(render).not.toHaveBeenCalled(); // no spinner frame for the answer to wait behind
    answer.resolve();
    await done;
    expect(render).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0); // the spinner's timer is gone
  });

  it('shows something (the spinner) when the worker is slow to answer', async () => {
    const answer = deferred();
    const render = vi.fn();
    void firstRender(answer.promise, Promise.resolve(), render);
    await vi.advanceTimersByTimeAsync(SPINNER_AFTER_MS - 1);
    expect(render).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('never renders before her language is known, and renders after a failed answer or setting', async () => {
    const language = deferred();
    const render = vi.fn();
    const done = firstRender(Promise.reject(new Error('no worker')), language.promise, render);
    await vi.advanceTimersByTimeAsync(SPINNER_AFTER_MS * 2);
    expect(render).not.toHaveBeenCalled();
    language.reject(new Error('storage unreadable'));
    await done;
    expect(render).toHaveBeenCalledTimes(1);
  });
});
