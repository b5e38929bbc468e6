/** The report's "입력한 내용이 간 곳": time by disclosed input destination, unknown kept unknown. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { InputFlowPanel } from '../../src/report/components/input-flow-panel';
import type { ReportData } from '../../src/shared/report-types';
import type { WeekSummary } from '../../src/shared/week-summary';

const MIN = 60_000;
const week = { byTool: [{ toolId: 'kr-home', ms: 30 * MIN, visits: 1 }, { toolId: 'kr-abroad', ms: 10 * MIN, visits: 1 }, { toolId: 'us', ms: 60 * MIN, visits: 1 }] } as WeekSummary;
const label = (country: string, input?: 'home' | 'abroad') => ({ name: { ko: country, en: country }, country, domestic: country === 'KR', ...(input ? { input } : {}) });
const data = { labels: { 'kr-home': label('KR', 'home'), 'kr-abroad': label('KR', 'abroad'), us: label('US') } } as unknown as ReportData;

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) act(() => render(null, host!)), host.remove();
});

describe('where the input went (report)', () => {
  it('shows time processed only in Korea, also abroad, and unknown — never guessing from the maker', () => {
    host = document.body.appendChild(document.createElement('main'));
    act(() => render(<InputFlowPanel week={week} data={data} />, host!));
    const rows = [...host.querySelectorAll('.input-flow li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['국내에서만 처리 30% 30분', '해외에서도 처리 10% 10분', '알 수 없음 60% 1시간']);
  });
});
