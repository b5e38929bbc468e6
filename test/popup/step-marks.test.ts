/** The popup marks its way to content, so the bench can tell the browser's round trips from its own work. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markOnce, POPUP_STEP_MARKS } from '../../src/popup/content-mark';
import { fake } from '../support/fake-browser';
import { viewFor } from './popup-fixtures';

const marked = (name: string) => performance.getEntriesByName(name).length;

afterEach(() => {
  performance.clearMarks();
  vi.resetModules();
});

describe('the popup\'s step marks', () => {
  it('marks its script at once, and the answer and the language setting only when each came back', async () => {
    let answer!: (value: unknown) => void;
    fake.onSend = () => new Promise((resolve) => (answer = resolve));
    const { firstView, languageApplied } = await import('../../src/popup/first-requests');
    expect(marked(POPUP_STEP_MARKS.script)).toBe(1);
    await languageApplied;
    await Promise.resolve();
    expect(marked(POPUP_STEP_MARKS.language)).toBe(1);
    expect(marked(POPUP_STEP_MARKS.answer)).toBe(0); // the worker has not answered yet
    answer({ ok: true, value: viewFor('chatgpt') });
    await firstView;
    await Promise.resolve();
    expect(marked(POPUP_STEP_MARKS.answer)).toBe(1);
    const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
    expect(at(POPUP_STEP_MARKS.script)).toBeLessThanOrEqual(at(POPUP_STEP_MARKS.answer));
  });

  it('a failed answer sets no answer mark and is left to the store to show', async () => {
    fake.onSend = async () => ({ ok: false, error: 'worker gone' });
    const { firstView } = await import('../../src/popup/first-requests');
    await expect(firstView).rejects.toThrow();
    await Promise.resolve();
    expect(marked(POPUP_STEP_MARKS.answer)).toBe(0);
  });

  it('counts only the first time: a retry or a second render does not move a mark', () => {
    markOnce(POPUP_STEP_MARKS.render);
    const first = performance.getEntriesByName(POPUP_STEP_MARKS.render)[0]!.startTime;
    markOnce(POPUP_STEP_MARKS.render);
    expect(performance.getEntriesByName(POPUP_STEP_MARKS.render)).toHaveLength(1);
    expect(performance.getEntriesByName(POPUP_STEP_MARKS.render)[0]!.startTime).toBe(first);
  });
});
