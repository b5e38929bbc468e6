/** A store change right after the first render shows without waiting for a frame (the popup's answer often comes then). */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { useStore } from '../../src/ui/use-store';

describe('useStore', () => {
  it('shows a change made between the first render and the next frame, within a microtask', async () => {
    const store = createStore<{ text: string }>(() => ({ text: '불러오는 중' }));
    const Text = () => <p>{useStore(store, (s) => s.text)}</p>;
    const root = document.createElement('div');
    render(<Text />, root);
    store.setState({ text: '챗GPT · 미국' });
    // No timers, no animation frame: only queued microtasks run.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(root.textContent).toBe('챗GPT · 미국');
  });
});
