/** The report's switch panel says, for each Korean tool she switched to, whether it connects to what she uses. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SwitchesPanel } from '../../src/report/components/switches-panel';
import type { ReportData } from '../../src/shared/report-types';
import type { WeekSummary } from '../../src/shared/week-summary';

const week = (start: string, tools: string[]): WeekSummary => ({
  start, end: start, domesticShare: null, byCountry: [], byCategory: [],
  time: { total: 0, domestic: 0, mixed: 0, foreign: 0 }, visits: { total: 0, domestic: 0, mixed: 0, foreign: 0 },
  byTool: tools.map((toolId) => ({ toolId, ms: 60_000, visits: 1 })),
});
const label = (ko: string) => ({ name: { ko, en: ko }, country: 'KR', domestic: true });
const data = (tools: string[]) => ({
  weeks: [week('2026-11-16', tools), week('2026-11-23', [])],
  switches: [{ at: new Date(2026, 10, 20).getTime(), from: 'manychat', to: 'channel-talk' }, { at: new Date(2026, 10, 21).getTime(), from: 'manychat', to: 'happytalk' }],
  switchTargets: {
    'channel-talk': { api: 'self-serve', webhooks: true, connectors: ['make'], checked: '2026-11-30', sources: [] },
    happytalk: { api: 'contract', checked: '2026-11-30', sources: [] },
  },
  labels: { 'channel-talk': label('채널톡'), happytalk: label('해피톡'), manychat: { ...label('Manychat'), country: 'US', domestic: false } },
  tools: [],
}) as unknown as ReportData;

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) act(() => render(null, host!)), host.remove();
});
const rows = (d: ReportData) => {
  host = document.body.appendChild(document.createElement('main'));
  act(() => render(<SwitchesPanel data={d} />, host!));
  return [...host.querySelectorAll('#switch-connect li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
};

describe('switches and what they connect to', () => {
  it('names each tool she switched to with its integrations, and whether it reaches the Make she uses', () => {
    expect(rows(data(['make', 'manychat']))).toEqual([
      '채널톡 연동: API · 웹훅 · Make · 쓰시는 Make에 바로 연결돼요',
      '해피톡 연동: API(계약) · Make 연결 여부는 아직 확인하지 못했어요',
    ]);
  });

  it('without an automation platform in her weeks, only what each can connect to', () => {
    expect(rows(data(['manychat']))).toEqual(['채널톡 연동: API · 웹훅 · Make', '해피톡 연동: API(계약)']);
  });
});
