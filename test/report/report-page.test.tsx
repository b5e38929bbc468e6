/**
 * The report page against the real handlers on fake storage, on Wednesday 2026-11-25: it opens on last week,
 * the week in progress is shown but not judged, three-part shares, the exclusion search, import errors,
 * delete confirmation.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { Handlers } from '../../src/background/router';
import { App } from '../../src/report/components/app';
import { changeText } from '../../src/report/components/week-compare';
import { useReportStore } from '../../src/report/store';
import { fake } from '../support/fake-browser';
import { depsWith, MIN, noon, stored } from '../support/seed';


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
  useReportStore.setState({ state: { status: 'loading' }, week: null });
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
  it('opens on the last completed week, in three parts, with the goal judged on it', () => {
    expect($('#week-title')!.textContent).toBe('지난주 11월 16일 – 11월 22일');
    // The week before had no use: nothing to compare with.
    expect($('#share-time')!.textContent).toBe('사용 시간국산 18%국내 서비스·해외 모델 0%해외 82%');
    expect($('#week-totals')!.textContent).toBe('합계 1시간 40분 · 방문 10회 · 전 주 0분 · 방문 0회');
    expect($('#goal-progress')!.textContent).toBe('국내 서비스 18% · 목표 20%에 2%p 모자랐어요.');
    expect($('#goal-counts')!.textContent).toBe('목표는 국내 서비스(국산 + 국내 서비스·해외 모델) 비율로 세요.');
    expect($('#goal-streak')!.textContent).toBe('연속 달성 기록은 아직 없어요.');
    expect($('#model-origin')!.textContent).toBe('국내 서비스 사용 시간은 모두 국내 모델을 썼어요.');
    expect(root.querySelectorAll('svg.trend .trend-col')).toHaveLength(12);
    expect(root.querySelectorAll('svg.trend .trend-col.in-progress')).toHaveLength(1);
    expect(root.querySelector('svg.trend')!.getAttribute('aria-label')).toContain('11. 16. 18%');
    expect($('.goal-track')!.getAttribute('aria-label')).toBe('국내 서비스 18% · 목표 20%');
  });

  it('› shows the week in progress: "진행 중", compared with last week, shown but not judged, no share card', async () => {
    $('#week-next')!.click();
    await vi.waitFor(() => expect($('#week-title')!.textContent).toBe('이번 주 11월 23일 – 11월 29일 진행 중'));
    expect(useReportStore.getState().week).toBe('2026-11-23');
    expect($('#share-time')!.textContent).toBe('사용 시간국산 0%국내 서비스·해외 모델 25%해외 75%지난주보다 국내 서비스 +7%p');
    expect($('#week-totals')!.textContent).toBe('지금까지 40분 · 방문 4회 · 지난주 1시간 40분 · 방문 10회');
    expect($('#model-origin')!.textContent).toBe('국내 서비스 사용 시간 중 100%(10분)는 해외 모델을 썼어요.');
    expect($('#goal-progress')!.textContent).toBe('진행 중 · 지금까지 국내 서비스 25%, 목표 20%. 달성했는지는 한 주가 끝나면 알려 드려요.');
    expect($('#goal-streak')!.textContent).toBe('연속 달성 기록은 아직 없어요.'); // 25 % so far does not count
    expect($('#card-later')!.textContent).toContain('공유 카드는 한 주가 끝나면 만들 수 있어요.');
    expect(root.querySelector('#share-card canvas')).toBeNull();
    expect(($('#week-next') as HTMLButtonElement).disabled).toBe(true);
    $('#card-last-week')!.click();
    await vi.waitFor(() => expect($('#week-title')!.textContent).toContain('지난주'));
    expect(root.querySelector('#share-card canvas')!.getAttribute('aria-label')).toBe(
      '내 AI 사용 시간의 원산지 · 11월 16일 – 11월 22일 · 국산 18% · 국내 서비스·해외 모델 0% · 해외 82% · 국내 서비스 합계 18% · 미국 61% · 중국 21% · 한국 18%');
  });

  it('an unchanged share is said in words', () => {
    const split = { total: 10, domestic: 5, mixed: 1, foreign: 5 };
    expect(changeText(split, { ...split, total: 20, domestic: 10, foreign: 10 }, 'last')).toBe('지난주와 같아요');
    expect(changeText(split, split, 'before')).toBe('전 주와 같아요');
    expect(changeText(split, { total: 10, domestic: 2, mixed: 0, foreign: 8 }, 'before')).toBe('전 주보다 국내 서비스 +30%p');
    expect(changeText(split, { total: 0, domestic: 0, mixed: 0, foreign: 0 }, 'last')).toBe('');
  });

  it('the exclusion picker finds tools by Korean name, English name or host, and adds one', async () => {
    const search = $('#exclude-search') as HTMLInputElement;
    const type = (value: string) => {
      search.value = value;
      search.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const found = () => [...root.querySelectorAll<HTMLElement>('.exclude-add')].map((b) => b.dataset.tool);
    expect(found()).toEqual([]); // nothing listed before a search: no 270-name list
    type('클링');
    await vi.waitFor(() => expect(found()[0]).toBe('kling-ai'));
    type('klingai.com');
    await vi.waitFor(() => expect(found()[0]).toBe('kling-ai'));
    type('Kling');
    await vi.waitFor(() => expect(found()[0]).toBe('kling-ai'));
    expect(root.querySelector('.exclude-add')!.textContent).toBe('클링 AI Kling AI중국 · klingai.com제외');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.waitFor(() => expect(area.data.get('settings')).toMatchObject({ excluded: ['kling-ai'] }));
    await vi.waitFor(() => expect($('#excluded-list')!.textContent).toBe('클링 AI ×'));
    type('zzzz');
    await vi.waitFor(() => expect($('#exclude-none')!.textContent).toBe('찾는 도구가 없어요.'));
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
