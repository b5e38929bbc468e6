import { describe, expect, it } from 'vitest';
import { applyCardAction, factsOf, parseCardState, shouldShowCard, SNOOZE_MS } from '../../src/shared/card-rules';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { Tool } from '../../src/registry/types';
import tools from '../support/registry-data';

const chatgpt = tools.find((t) => t.id === 'chatgpt')!;
const clova = tools.find((t) => t.id === 'clova-x')!;
const settings = { ...DEFAULT_SETTINGS };
const NOW = new Date(2026, 10, 27, 10).getTime();

describe('card rules', () => {
  it('shows once per foreign tool per day, never for Korean tools or in badge-only mode', () => {
    expect(shouldShowCard(chatgpt, settings, undefined, '2026-11-27', NOW)).toBe(true);
    expect(shouldShowCard(chatgpt, settings, { lastShown: '2026-11-27' }, '2026-11-27', NOW)).toBe(false);
    expect(shouldShowCard(chatgpt, settings, { lastShown: '2026-11-26' }, '2026-11-27', NOW)).toBe(true);
    expect(shouldShowCard(clova, settings, undefined, '2026-11-27', NOW)).toBe(false);
    expect(shouldShowCard(chatgpt, { ...settings, noticeMode: 'badge' }, undefined, '2026-11-27', NOW)).toBe(false);
  });

  it('stays quiet for a week after a snooze', () => {
    const state = applyCardAction(chatgpt, undefined, 'snooze', NOW);
    expect(shouldShowCard(chatgpt, settings, state, '2026-12-01', NOW + SNOOZE_MS - 1)).toBe(false);
    expect(shouldShowCard(chatgpt, settings, state, '2026-12-04', NOW + SNOOZE_MS)).toBe(true);
  });

  it('"never" holds until the facts about the tool change', () => {
    const state = applyCardAction(chatgpt, undefined, 'never', NOW);
    expect(shouldShowCard(chatgpt, settings, state, '2027-06-01', NOW + 200 * SNOOZE_MS)).toBe(false);
    const acquired: Tool = { ...chatgpt, parent: { name: 'Example Corp', country: 'JP' } };
    expect(factsOf(acquired)).not.toBe(factsOf(chatgpt));
    expect(shouldShowCard(acquired, settings, state, '2027-06-01', NOW)).toBe(true);
  });

  it('reads hostile stored state without trusting it', () => {
    expect(parseCardState({ chatgpt: { never: 'yes', snoozedUntil: 'x', lastShown: 5 }, '__proto__': {}, 'Bad Id': {} }))
      .toEqual({ chatgpt: {} });
    expect(parseCardState('garbage')).toEqual({});
  });
});

describe('quiet domestic card option', () => {
  it('shows on Korean tools only when the user asked for it', () => {
    expect(shouldShowCard(clova, { ...settings, domesticCard: true }, undefined, '2026-11-27', NOW)).toBe(true);
    expect(shouldShowCard(clova, { ...settings, domesticCard: true, noticeMode: 'badge' }, undefined, '2026-11-27', NOW)).toBe(false);
  });
});
