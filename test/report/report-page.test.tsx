/** The report page against the real handlers on fake storage: numbers shown, import errors, delete confirmation. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { Handlers } from '../../src/background/router';
import { App } from '../../src/report/components/app';
import { useReportStore } from '../../src/report/store';
import { fake } from '../support/fake-browser';
import { depsWith, MIN, noon, stored } from './seed';


const SEED = stored({
  // Last week (Mon 2026-11-16): 18 % domestic. This week: 25 % domestic, 10 of 40 min, on a Korean app on foreign models.
  '2026-11-17': { chatgpt: { activeMs: 61 * MIN, visits: 5 }, 'kling-ai': { activeMs: 21 * MIN, visits: 2 }, 'clova-x': { activeMs: 18 * MIN, visits: 3 } },
  '2026-11-23': { chatgpt: { activeMs: 30 * MIN, visits: 3 }, wrtn: { activeMs: 10 * MIN, visits: 1 } },
});

let root: HTMLElement;
let area: ReturnType<typeof depsWith>['area'];
const sent: string[] = [];
const $ = (sel: string) => root.querySelector<HTMLElement>(sel);

beforeEach(async () => {
  fake.uiLanguage = 'ko';
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null); // jsdom has no canvas
  const setup = depsWith({ ...SEED, settings: { goalPercent: 20 } }, noon('2026-11-25'));
  area = setup.area;
  const handlers = createHandlers(setup.deps);
  fake.onSend = async (message) => {
    const { type, payload } = message as { type: keyof Handlers; payload: never };
    sent.push(type);
    try {
      return { ok: true, value: await (handlers[type] as (p: unknown, c: unknown) => Promise<unknown>)(payload, { sender: {}, tabId: null }) };
    } catch (e) {
      return { ok: false, error: String(e) };
    }
  };
  root = document.createElement('main');
  document.body.append(root);
  useReportStore.setState({ state: { status: 'loading' } });
  render(<App />, root);
  await useReportStore.getState().load();
  await vi.waitFor(() => expect($('#share-time')).not.toBeNull());
});

afterEach(() => {
  render(null, root);
  root.remove();
  fake.onSend = null;
  sent.length = 0;
  vi.restoreAllMocks();
});

describe('report page', () => {
  it('shows this week vs last week in shares and points', () => {
    expect($('#share-time')!.textContent).toBe('사용 시간국산 25% · 해외 75%지난주보다 +7%p');
    expect($('#share-visits')!.textContent).toContain('국산 25%');
    expect($('#week-totals')!.textContent).toBe('이번 주 40분 · 방문 4회 · 지난주 1시간 40분 · 방문 10회');
  });

  it('shows the model origin, the goal met and the 12-week trend', () => {
    expect($('#model-origin')!.textContent).toBe('국산 도구 사용 시간 중 100%(10분)는 해외 모델로 돌아갔어요.');
    expect($('#goal-progress')!.textContent).toBe('지금 25% · 목표 20% 달성했어요!');
    expect($('#goal-streak')!.textContent).toBe('1주 연속 목표 달성 중이에요.'); // last week was 18 %
    expect(root.querySelectorAll('svg.trend .trend-dot')).toHaveLength(2);
    expect(root.querySelector('svg.trend')!.getAttribute('aria-label')).toContain('25%');
  });

  it('deletes all data only after the confirmation', async () => {
    $('#delete-all')!.click();
    await vi.waitFor(() => expect($('#delete-confirm')).not.toBeNull());
    expect(sent).not.toContain('data:delete');
    $('#delete-cancel')!.click();
    await vi.waitFor(() => expect($('#delete-confirm')).toBeNull());
    expect(area.data.has('day:2026-11-23')).toBe(true);

    $('#delete-all')!.click();
    await vi.waitFor(() => expect($('#delete-confirm')).not.toBeNull());
    $('#delete-confirm')!.click();
    await vi.waitFor(() => expect($('#delete-done')?.textContent).toBe('기록 2개 항목을 지웠어요.'));
    expect([...area.data.keys()].filter((k) => k.startsWith('day:'))).toEqual([]);
    expect(area.data.get('settings')).toMatchObject({ goalPercent: 20 }); // settings stay
    await vi.waitFor(() => expect($('#share-time')!.textContent).toContain('기록 없음'));
  });

  it('a bad import file gets a clear error and never reaches the worker', async () => {
    const input = $('#import-file') as HTMLInputElement;
    const file = new File(['{"format":"ai-origin-export","version":7}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect($('#import-status [role=alert]')?.textContent).toContain('더 새로운 버전에서 만든 파일이에요(형식 7)'));
    expect(sent).not.toContain('data:import');
  });

  it('after an import says what happened, in the past tense', async () => {
    // Another browser's export (its time adds to ours): 20 min on a day we have nothing for, 15 min on one we have.
    const file = {
      format: 'ai-origin-export', version: 1, exportId: 'other-export-1', profileId: 'other-profile-1', exportedAt: '2026-11-24T21:00:00.000Z',
      days: { '2026-11-24': { chatgpt: { activeMs: 20 * MIN, visits: 2 } }, '2026-11-23': { wrtn: { activeMs: 15 * MIN, visits: 2 } } },
      switches: [],
    };
    const choose = (chosen: object) => {
      const input = $('#import-file') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(chosen)], 'other.json', { type: 'application/json' })], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose(file);
    await vi.waitFor(() => expect($('#import-status')!.textContent).toContain('가져오면 2일, 2개 항목이 바뀌어요: 시간 +35분, 방문 +4회.'));
    $('#import-apply')!.click();
    await vi.waitFor(() => expect($('#import-done')?.textContent).toBe('가져왔어요. 2일, 2개 항목이 바뀌었어요: 시간 +35분, 방문 +4회.'));
    expect($('#import-status')!.textContent).not.toContain('가져오면'); // the preview's conditional is gone

    // Applied elsewhere between the preview and the click (another report tab): nothing was left to change.
    const again = { ...file, exportId: 'other-export-2', days: { '2026-11-24': { chatgpt: { activeMs: 30 * MIN, visits: 3 } } } };
    choose(again);
    await vi.waitFor(() => expect($('#import-apply')).not.toBeNull());
    await fake.onSend!({ type: 'data:import', payload: { file: again, apply: true } });
    $('#import-apply')!.click();
    await vi.waitFor(() => expect($('#import-done')?.textContent).toBe('가져왔어요. 바뀐 건 없어요: 이미 있던 기록이었어요.'));
  });

  it('a setting change is saved through the worker', async () => {
    const paused = $('#set-paused') as HTMLInputElement;
    paused.click();
    await vi.waitFor(() => expect(area.data.get('settings')).toMatchObject({ paused: true }));
    await vi.waitFor(() => expect(root.textContent).toContain('기록이 일시 중지되어 있어요'));
  });
});
