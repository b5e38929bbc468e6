/**
 * Under a tall label the popup gives up detail in a fixed order until it fits 600 px. jsdom has no layout,
 * so the page's height is modelled from what is on it (the real thing: test/e2e/popup-fit-all.e2e.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderView, viewFor } from './popup-fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A label of `label` px, then 90 px per alternative shown and 70 px for the week's columns. */
function modelHeight(label: number) {
  vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockImplementation(() =>
    label + 90 * document.querySelectorAll('.alternatives li').length + (document.querySelector('.tally .columns') ? 70 : 0));
}

const seen = (root: HTMLElement) => ({
  alternatives: root.querySelectorAll('.alternatives li').length,
  columns: root.querySelector('.tally .columns') !== null,
  button: root.querySelector('.alternatives .section-head button')?.textContent ?? null,
});

describe('fitting the popup under a tall label', () => {
  it('keeps everything when it fits', () => {
    modelHeight(300);
    expect(seen(renderView(viewFor('chatgpt')))).toMatchObject({ alternatives: 2, columns: true });
  });

  it('gives up the second alternative first', () => {
    modelHeight(400); // 400 + 180 + 70 = 650 → 560 with one
    expect(seen(renderView(viewFor('chatgpt')))).toMatchObject({ alternatives: 1, columns: true });
  });

  it('then the week\'s columns, keeping one alternative', () => {
    modelHeight(480); // one alternative + columns = 640 → 570 without the columns
    expect(seen(renderView(viewFor('chatgpt')))).toMatchObject({ alternatives: 1, columns: false });
  });

  it('and only then the last alternative, leaving the button that shows them', () => {
    modelHeight(560);
    const view = viewFor('chatgpt');
    const got = seen(renderView(view));
    expect(got).toMatchObject({ alternatives: 0, columns: false });
    expect(got.button).toBe(`대안 ${view.alternatives.length}개 보기`);
  });
});
