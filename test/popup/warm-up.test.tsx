/**
 * The popup renders a made-up view off-page while the worker answers (warm-up.tsx, issue 19). She must
 * never see it or pay for it: nothing drawn, nothing asked, no mark set. And it is only worth its bytes if
 * it runs the code a real foreign tool's popup runs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ViewContent } from '../../src/popup/components/app';
import { POPUP_CONTENT_MARK } from '../../src/popup/content-mark';
import { popupStore } from '../../src/popup/store';
import { warmUp } from '../../src/popup/warm-up';
import { WARM_VIEW } from '../../src/popup/warm-view';
import { fake, fakeTabsCreated } from '../support/fake-browser';
import { cleanup, renderView, textOf, viewFor } from './popup-fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  performance.clearMarks();
});

/** Every class name in a rendered view: which parts of the popup it drew. */
const partsOf = (root: Element): Set<string> => new Set([...root.querySelectorAll('[class]')].flatMap((el) => [...el.classList]));

describe('the popup\'s warm-up render', () => {
  it('leaves no trace: nothing on the page, no message to the worker, no tab, no content mark, the store untouched', () => {
    const errors = vi.spyOn(console, 'warn');
    document.body.innerHTML = '<main id="app"></main>';
    const before = popupStore.getState();
    warmUp();
    expect(document.body.innerHTML).toBe('<main id="app"></main>');
    expect(fake.sent).toEqual([]);
    expect(fakeTabsCreated).toEqual([]);
    expect(performance.getEntriesByName(POPUP_CONTENT_MARK)).toHaveLength(0);
    expect(popupStore.getState()).toBe(before);
    expect(errors).not.toHaveBeenCalled(); // a failed warm-up only warns: it would have been lost silently
  });

  it('draws every part a foreign tool\'s popup draws (label, models, input, sources, alternatives, the week)', () => {
    const box = document.createElement('main');
    render(<ViewContent view={WARM_VIEW} panel={null} />, box);
    const warm = partsOf(box);
    render(null, box);
    for (const id of ['kling-ai', 'chatgpt', 'midjourney', 'github-copilot', 'capcut', 'perplexity', 'make', 'manychat']) {
      const real = partsOf(renderView(viewFor(id)));
      // A view has either a ranked list or, when no alternative does the main job, a partial one with an
      // intro line: the warm view takes the ranked one (its list items are the same component).
      expect([...real].filter((part) => !warm.has(part) && part !== 'alt-intro'), id).toEqual([]);
    }
  });

  it('the popup still shows her tab\'s tool after it, not the made-up one', () => {
    warmUp();
    const root = renderView(viewFor('kling-ai'));
    expect(textOf(root.querySelector('h1')!)).toBe('클링 AI');
    expect(textOf(root)).not.toContain('foreign');
  });
});
