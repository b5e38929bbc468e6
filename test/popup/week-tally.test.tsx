/** This week at a glance: shares that add up, change in points, countries with flags, top 3 tools. */
import { afterEach, describe, expect, it } from 'vitest';
import { duration } from '../../src/popup/format';
import { flag } from '../../src/shared/i18n';
import { fake } from '../support/fake-browser';
import { cleanup, MIN, renderView, textOf, viewFor } from './popup-fixtures';
import { flagFile } from '../support/flag-file';

afterEach(cleanup);

/** Each row's text, its bundled SVG flag written as the flag emoji so expectations read naturally. */
const rows = (root: Element, selector: string) => [...root.querySelectorAll(`${selector} li`)].map((li) => {
  const code = flagFile(li.querySelector('.flag'))?.match(/^flags\/([A-Z]{2})\.svg$/)?.[1];
  return `${code ? `${flag(code)} ` : ''}${textOf(li)}`;
});
const legend = (root: Element) => [...root.querySelectorAll('.share-legend li')].map(textOf);

describe('popup week tally', () => {
  it('leads with time in three parts, says the change in words, then visits as text, countries and top tools', () => {
    const root = renderView(viewFor(null));
    expect(textOf(root.querySelector('.totals')!)).toBe('AI 사용 1시간 · 방문 8회');
    expect(legend(root)).toEqual(['국산 25%', '해외 75%']); // a part at 0 % is left out of the glance
    expect(textOf(root.querySelector('.change')!)).toBe('지난주보다 국내 서비스 −25%p');
    expect(rows(root, '.countries')).toEqual(['🇺🇸 미국 75%', '🇰🇷 한국 25%']);
    expect(rows(root, '.top-tools')).toEqual(['🇺🇸 챗GPT 45분', '🇰🇷 클로바X 15분']);
    expect((root.querySelector('.bar-domestic') as HTMLElement).style.width).toBe('25%');
  });

  it('splits out Korean services that run on foreign models, and says an unchanged share in words', () => {
    const wrtnForeign = viewFor(null, { days: {
      '2026-11-25': { chatgpt: { activeMs: 30 * MIN, visits: 1 }, wrtn: { activeMs: 30 * MIN, visits: 1 } },
      '2026-11-18': { chatgpt: { activeMs: 10 * MIN, visits: 1 }, wrtn: { activeMs: 10 * MIN, visits: 1 } },
    } });
    const root = renderView(wrtnForeign);
    expect(legend(root)).toEqual(['국내 서비스·해외 모델 50%', '해외 50%']);
    expect(textOf(root.querySelector('.change')!)).toBe('지난주와 같아요');
  });

  it('marks her own entries and corrected tools among the top tools', () => {
    const view = viewFor(null);
    view.labels.chatgpt = { ...view.labels.chatgpt!, mine: 'correction' };
    const root = renderView(view);
    const mark = root.querySelector('.top-tools .mine-dot')!;
    expect(mark.getAttribute('title')).toBe('내가 고친 정보');
    expect(mark.closest('li')!.textContent).toContain('챗GPT');
  });

  it('lists only the top three tools, in order of time', () => {
    const root = renderView(viewFor(null, { days: { '2026-11-25': {
      chatgpt: { activeMs: 10 * MIN, visits: 1 }, wrtn: { activeMs: 40 * MIN, visits: 1 },
      'clova-x': { activeMs: 30 * MIN, visits: 1 }, deepl: { activeMs: 20 * MIN, visits: 1 },
    } } }));
    expect(rows(root, '.top-tools')).toEqual(['🇰🇷 뤼튼 40분', '🇰🇷 클로바X 30분', '🇩🇪 딥엘 20분']);
    expect(rows(root, '.countries')).toEqual(['🇰🇷 한국 70%', '🇩🇪 독일 20%', '🇺🇸 미국 10%']);
    expect(textOf(root.querySelector('.change')!)).toBe('지난주 기록이 없어 비교할 수 없어요.');
  });

  it('keeps a tool that left the registry: its id, an unknown country, outside the domestic/foreign split', () => {
    const root = renderView(viewFor(null, { days: { '2026-11-25': {
      chatgpt: { activeMs: 30 * MIN, visits: 1 }, 'gone-tool': { activeMs: 10 * MIN, visits: 1 },
    } } }));
    expect(rows(root, '.top-tools')).toEqual(['🇺🇸 챗GPT 30분', '❔ gone-tool 10분']);
    expect(rows(root, '.countries')).toEqual(['🇺🇸 미국 75%', '❔ 알 수 없음 25%']);
    expect(legend(root)).toEqual(['해외 100%']);
  });

  it('before a whole minute is counted: no share anywhere — no bar, countries by visits — and tools without time by visits', () => {
    const root = renderView(viewFor(null, { days: { '2026-11-25': {
      chatgpt: { activeMs: 40_000, visits: 3 }, 'clova-x': { activeMs: 0, visits: 1 },
    } } }));
    expect(root.querySelector('.share-parts')).toBeNull();
    expect(textOf(root.querySelector('#share-too-early')!)).toContain('아직 1분도');
    expect(textOf(root.querySelector('.totals')!)).toBe('AI 사용 1분 미만 · 방문 4회');
    // Under "the share comes later", a percent ("미국 100%") would contradict it.
    expect(rows(root, '.countries')).toEqual(['🇺🇸 미국 방문 3회', '🇰🇷 한국 방문 1회']);
    expect(rows(root, '.top-tools')).toEqual(['🇺🇸 챗GPT 1분 미만', '🇰🇷 클로바X 방문 1회']);
    expect(textOf(root.querySelector('.tally')!)).not.toContain('%');
  });

  it('minutes only on a tool that left the registry: no bar, but no "too early" either — the countries say so', () => {
    const root = renderView(viewFor(null, { days: { '2026-11-25': { 'gone-tool': { activeMs: 5 * MIN, visits: 2 } } } }));
    expect(textOf(root.querySelector('.totals')!)).toBe('AI 사용 5분 · 방문 2회');
    expect(root.querySelector('.share-parts')).toBeNull();
    expect(root.querySelector('#share-too-early')).toBeNull();
    expect(rows(root, '.countries')).toEqual(['❔ 알 수 없음 100%']);
  });

  it('from a whole minute on, the countries are shares of the time again, beside the bar', () => {
    const root = renderView(viewFor(null, { days: { '2026-11-25': {
      chatgpt: { activeMs: 45_000, visits: 3 }, 'clova-x': { activeMs: 15_000, visits: 1 },
    } } }));
    expect(root.querySelector('.share-parts')).not.toBeNull();
    expect(rows(root, '.countries')).toEqual(['🇺🇸 미국 75%', '🇰🇷 한국 25%']);
  });

  it('formats durations and numbers with Intl for the UI language', () => {
    expect([duration(0), duration(20_000), duration(5 * MIN), duration(125 * MIN), duration(180 * MIN)])
      .toEqual(['0분', '1분 미만', '5분', '2시간 5분', '3시간']);
    fake.uiLanguage = 'en';
    expect(duration(125 * MIN)).toBe('2 hr 5 min');
    const root = renderView(viewFor(null, { days: { '2026-11-25': { chatgpt: { activeMs: 600 * MIN, visits: 1234 } } } }));
    expect(textOf(root.querySelector('.totals')!)).toBe('AI time 10 hr · 1,234 visits');
    expect(rows(root, '.countries')).toEqual(['🇺🇸 United States 100%']);
  });
});
