/** The origin label for foreign, domestic and domestic-on-foreign-model tools, with sources and facts. */
import { afterEach, describe, expect, it } from 'vitest';
import { toolById } from '../../src/registry/registry';
import { countryName } from '../../src/shared/i18n';
import { fake } from '../support/fake-browser';
import { cleanup, factsOf, renderView, textOf, viewFor } from './popup-fixtures';

afterEach(cleanup);

describe('popup tool card', () => {
  it('labels a foreign tool: name, maker, HQ country with flag, model, foreign pill, no domestic note', () => {
    const root = renderView(viewFor('chatgpt'));
    expect(root.querySelector('h1')!.textContent).toBe('챗GPT');
    expect(textOf(root.querySelector('.pill')!)).toBe('해외');
    expect(factsOf(root)).toEqual({ '만든 회사': 'OpenAI', '원산지(본사)': '🇺🇸 미국', 'AI 모델': 'OpenAI GPT (미국)' });
    expect(root.querySelector('.origin-note')).toBeNull();
    expect(root.querySelector('.card')!.classList.contains('foreign')).toBe(true);
  });

  it('gives a Korean tool on Korean models a clear, positive domestic label', () => {
    const root = renderView(viewFor('clova-x'));
    expect(textOf(root.querySelector('.pill')!)).toBe('국산');
    expect(textOf(root.querySelector('.origin-note')!)).toBe('✓ 국내 기업이 만든 AI예요');
    expect(root.querySelector('.alternatives')).toBeNull();
  });

  it('says honestly when a Korean service runs on a foreign model', () => {
    const root = renderView(viewFor('liner'));
    const note = textOf(root.querySelector('.origin-note')!);
    expect(note).toContain('국내 서비스 · 해외 모델 (OpenAI GPT-4)');
    expect(note).toContain('답변은 해외 기업의 AI 모델이 만들어요');
    expect(root.textContent).not.toContain('국내 기업이 만든 AI예요');
  });

  it('names only the foreign models in that note, as a Korean list, and every model in the facts', () => {
    const root = renderView(viewFor('wrtn'));
    expect(textOf(root.querySelector('.origin-note strong')!)).toBe('국내 서비스 · 해외 모델 (Anthropic Claude 및 DeepSeek R1)');
    expect(textOf(root.querySelector('.models')!)).toBe('Anthropic Claude (미국), DeepSeek R1 (중국) 및 NAVER HyperCLOVA (대한민국)');
  });

  it('shows the parent company when there is one, and the legal domicile when it differs', () => {
    const leonardo = renderView(viewFor('leonardo-ai'));
    expect(factsOf(leonardo)['만든 회사']).toMatch(/^Leonardo\.Ai/);
    expect(textOf(leonardo.querySelector('.facts .sub')!)).toBe(`Canva 소유 · ${countryName('AU')}`);
    const invideo = factsOf(renderView(viewFor('invideo')));
    expect(invideo['법인 등록']).toBe('싱가포르');
    expect(invideo['원산지(본사)']).toBe('🇮🇳 인도');
    expect(factsOf(renderView(viewFor('chatgpt')))['법인 등록']).toBeUndefined();
  });

  it('keeps confidence, sources and the verified date folded, one click away, links opening in a new tab', () => {
    const root = renderView(viewFor('chatgpt'));
    const details = root.querySelector('details.sources') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    const chatgpt = toolById('chatgpt')!;
    const level = chatgpt.confidence === 'high' ? '높음' : '보통';
    expect(textOf(details.querySelector('summary')!)).toBe(`신뢰도 ${level} · 출처 ${chatgpt.sources.length}개 · 2026년 11월 27일 확인`);
    const links = [...details.querySelectorAll('a')];
    expect(links.map((a) => a.href)).toEqual(toolById('chatgpt')!.sources);
    expect(links.map((a) => a.textContent)).toEqual(chatgpt.sources.map((u) => new URL(u).hostname.replace(/^www\./, '')));
    for (const a of links) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toContain('noopener');
    }
  });

  it('says when confidence is only medium, and why', () => {
    const details = renderView(viewFor('liner')).querySelector('details.sources')!;
    expect(textOf(details.querySelector('summary')!)).toMatch(/^신뢰도 보통 · 출처 4개 · /);
    expect(details.textContent).toContain('출처가 하나뿐이거나 출처마다 조금씩 달라요.');
  });

  it('never turns a non-web source into a link', () => {
    const view = viewFor('chatgpt');
    view.tool!.sources = ['javascript:alert(1)', 'https://openai.com/about'];
    const links = [...renderView(view).querySelectorAll('.sources a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://openai.com/about']);
  });

  it('speaks English with localised country names and dates when the browser does', () => {
    const view = viewFor('liner');
    fake.uiLanguage = 'en';
    const root = renderView(view);
    expect(root.querySelector('h1')!.textContent).toBe('Liner');
    expect(textOf(root.querySelector('.origin-note strong')!)).toBe('Korean service · foreign model (OpenAI GPT-4)');
    expect(factsOf(root)['Origin (HQ)']).toBe('🇰🇷 South Korea');
    expect(textOf(root.querySelector('summary')!)).toBe('Medium confidence · sources (4) · checked Nov 27, 2026');
  });
});
