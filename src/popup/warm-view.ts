/**
 * A made-up view that is never shown: the popup renders it off-page while the worker's answer is on its
 * way (warm-up.tsx). It takes the paths a real foreign tool's view takes — a label with a parent, models
 * from two countries and where input goes, sources of every kind, more Korean alternatives than fit, a
 * week with time on both sides — so each component's code is compiled and run once before the real
 * render (test/popup/warm-up.test.tsx checks it draws every part real tools' popups draw).
 */
import type { PopupView } from '../shared/popup-view';
import type { ToolView } from '../shared/tool-view';
import type { WeekSummary } from '../shared/week-summary';

const MIN = 60_000;
const SOURCE = { url: 'https://example.com/terms', title: 'Terms', kind: 'official' } as const;
const PRESS = { url: 'https://example.org/news', title: 'News', kind: 'press' } as const;

function tool(id: string, country: string, extra: Partial<ToolView> = {}): ToolView {
  return {
    id, name: { ko: id, en: id }, vendor: id, country, domestic: country === 'KR', foreignModel: false,
    category: 'chat', jobs: ['chat-assistant', 'writing-assistant'], freeTier: true,
    integrations: { api: 'self-serve', connectors: ['make'], checked: '2026-01-01', sources: [SOURCE] },
    sources: [SOURCE, PRESS],
    verified: '2026-01-01', confidence: 'high', home: `https://${id}.example`, ...extra,
  };
}

const foreign = tool('foreign', 'US', {
  parent: { name: 'parent', country: 'US' },
  legalCountry: 'IE',
  models: [{ name: 'A', vendor: 'foreign', country: 'US' }, { name: 'B', vendor: 'other', country: 'CN' }],
  foreignModel: true,
  dataCountries: [{ country: 'US', recipient: 'foreign', source: SOURCE }],
  sources: [SOURCE, { url: 'https://example.gov/', title: 'Filing', kind: 'filing' }, PRESS, { url: 'https://example.net/', title: 'Other', kind: 'other' }],
});
const close = tool('close', 'KR', { fit: { ko: '대안', en: 'alternative' } });
const partial = tool('partial', 'KR', { jobs: ['writing-assistant'], foreignModel: true, models: [{ name: 'A', vendor: 'foreign', country: 'US' }] });

function week(start: string, end: string, foreignMin: number, domesticMin: number): WeekSummary {
  const total = foreignMin + domesticMin;
  return {
    start, end,
    time: { total: total * MIN, domestic: domesticMin * MIN, mixed: 0, foreign: foreignMin * MIN },
    visits: { total: 4, domestic: 2, mixed: 0, foreign: 2 },
    domesticShare: domesticMin / total,
    byCountry: [{ country: 'US', ms: foreignMin * MIN, visits: 2 }, { country: 'KR', ms: domesticMin * MIN, visits: 2 }],
    byCategory: [{ category: 'chat', ms: total * MIN }],
    byTool: [{ toolId: 'foreign', ms: foreignMin * MIN, visits: 2 }, { toolId: 'close', ms: domesticMin * MIN, visits: 2 }],
  };
}

export const WARM_VIEW: PopupView = {
  url: 'https://foreign.example/',
  kind: 'tool',
  tool: foreign,
  alternatives: [
    { tool: close, match: 'close', shared: ['chat-assistant'], lacks: null },
    { tool: partial, match: 'partial', shared: ['writing-assistant'], lacks: 'chat-assistant' },
    { tool: tool('more', 'KR'), match: 'partial', shared: ['writing-assistant'], lacks: 'chat-assistant' }, // behind "대안 더 보기"
  ],
  integrationsMatter: true, // the alternatives' integration lines too (an automation tool's popup)
  week: { current: week('2026-01-05', '2026-01-11', 45, 15), previous: week('2025-12-29', '2026-01-04', 30, 30) },
  labels: {
    foreign: { name: foreign.name, country: 'US', domestic: false, input: 'abroad' },
    close: { name: close.name, country: 'KR', domestic: true },
  },
  paused: false,
  excluded: false,
  excludedIds: [],
  mine: { host: 'foreign.example', registry: foreign, notAi: false, entry: null, correction: null, granted: false },
};
