import { describe, expect, it } from 'vitest';
import { inputFlowSplit } from '../../src/shared/input-flow-split';
import type { WeekSummary } from '../../src/shared/week-summary';

const week = (rows: [string, number][]): WeekSummary => ({
  start: '2026-11-23', end: '2026-11-29', domesticShare: null, byCountry: [], byCategory: [],
  time: { total: 0, domestic: 0, mixed: 0, foreign: 0 }, visits: { total: 0, domestic: 0, mixed: 0, foreign: 0 },
  byTool: rows.map(([toolId, ms]) => ({ toolId, ms, visits: 1 })),
});
const label = (input?: 'home' | 'abroad') => ({ name: { ko: 'x', en: 'x' }, country: 'KR', domestic: true, ...(input ? { input } : {}) });

describe('where the input went', () => {
  it('splits time by disclosed destination and never guesses an undisclosed one', () => {
    const split = inputFlowSplit(week([['a', 10], ['b', 30], ['c', 60], ['gone', 5]]), { a: label('home'), b: label('abroad'), c: label() });
    expect(split).toEqual({ home: 10, abroad: 30, unknown: 65, total: 105 });
  });
});
