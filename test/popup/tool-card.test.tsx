/** The origin label for foreign, domestic and domestic-on-foreign-model tools, with sources and facts. */
import { afterEach, describe, expect, it } from 'vitest';
import { toolById } from '../../src/registry/registry';
import allTools from '../support/registry-data';
import { countryName } from '../../src/shared/i18n';
import { fake } from '../support/fake-browser';
import { cleanup, factsOf, renderView, textOf, viewFor } from './popup-fixtures';
import { flagFile } from '../support/flag-file';

afterEach(cleanup);
/** A foreign entry whose confidence is medium (which one changes as the registry is re-sourced). */
const realMedium = () => allTools.find((t) => t.confidence === 'medium' && t.country !== 'KR')!;

describe('popup tool card', () => {
  it('labels a foreign tool leading with the country, then name, maker, models, no domestic note', () => {
    const view = viewFor('chatgpt');
    view.tool = { ...view.tool!, vendor: 'OpenAI', parent: undefined, legalCountry: undefined, models: [{ name: 'GPT', vendor: 'OpenAI', country: 'US' }] };
    const root = renderView(view);
    expect(textOf(root.querySelector('.origin-line')!)).toBe('미국해외');
    expect(flagFile(root.querySelector('.origin-line .flag'))).toBe('flags/US.svg');
    expect(root.querySelector('.origin-line')!.compareDocumentPosition(root.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(root.querySelector('h1')!.textContent).toBe('챗GPT');
    // The vendor's own model is "자체 모델", not "OpenAI GPT" repeating the maker.
    // The maker as Korean readers know it; where her input goes, from OpenAI's own privacy policy.
    expect(factsOf(root)).toEqual({ '만든 회사': '오픈AI', 'AI 모델': '자체 모델 · 미국', '입력 처리': '미국 (OpenAI) 출처' });
    expect(root.querySelector('.origin-note')).toBeNull();
    expect(root.querySelector('.card')!.classList.contains('foreign')).toBe(true);
    view.tool.models = [{ name: 'GPT', vendor: 'OpenAI, Inc.', country: 'US' }, { name: 'Kimi K2.5', vendor: 'Moonshot AI', country: 'CN' }];
    expect(factsOf(renderView(view))['AI 모델']).toBe('자체 모델 · 미국 · 중국 (Moonshot AI Kimi K2.5)');
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
    expect(textOf(root.querySelector('.models')!)).toBe('미국 (Anthropic Claude) · 중국 (DeepSeek R1) · 한국 (NAVER HyperCLOVA)');
  });

  it('groups a model picker by country, so a Chinese model stands out in one short line', () => {
    const view = viewFor('chatgpt');
    view.tool = { ...view.tool!, vendor: 'MainFunc Inc.', models: [
      { name: 'GPT', vendor: 'OpenAI', country: 'US' }, { name: 'Gemini', vendor: 'Google', country: 'US' },
      { name: 'DeepSeek R1', vendor: 'DeepSeek', country: 'CN' }, { name: 'Claude', vendor: 'Anthropic', country: 'US' },
      { name: 'Qwen', vendor: 'Alibaba', country: 'CN' },
    ] };
    // Countries other than the tool's own lead: the Chinese models are the news on a US tool.
    expect(factsOf(renderView(view))['AI 모델']).toBe('중국 (DeepSeek R1, Alibaba Qwen) · 미국 (OpenAI GPT, Google Gemini, Anthropic Claude)');
    // The whole list stays reachable when the row is cut at three lines.
    expect(renderView(view).querySelector('.models')!.getAttribute('title')).toContain('Anthropic Claude');
  });

  it('shows the parent company when there is one, and the legal domicile when it differs', () => {
    const owned = viewFor('chatgpt');
    owned.tool = { ...owned.tool!, vendor: 'Leonardo.Ai', country: 'AU', parent: { name: 'Canva', country: 'AU' }, legalCountry: 'SG' };
    const root = renderView(owned);
    expect(factsOf(root)['만든 회사']).toMatch(/^Leonardo\.Ai/);
    expect(textOf(root.querySelector('.facts .sub')!)).toBe(`Canva 소유 · ${countryName('AU')}`);
    expect(factsOf(root)['법인 등록']).toBe('싱가포르');
    expect(textOf(root.querySelector('.origin-country')!)).toBe(countryName('AU'));
    expect(factsOf(renderView(viewFor('chatgpt')))['법인 등록']).toBeUndefined();
  });

  it('keeps confidence, sources and the verified date folded, one click away, links opening in a new tab', () => {
    const root = renderView(viewFor('chatgpt'));
    const details = root.querySelector('details.sources') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    const chatgpt = toolById('chatgpt')!;
    const level = chatgpt.confidence === 'high' ? '높음' : '보통';
    const [y, m, d] = chatgpt.verified.split('-').map(Number);
    expect(textOf(details.querySelector('summary')!)).toBe(`신뢰도 ${level} · 출처 ${chatgpt.sources.length}개 · ${y}년 ${m}월 ${d}일 확인`);
    const links = [...details.querySelectorAll('a')];
    const rank = { official: 0, filing: 1, press: 2, other: 3 };
    const expected = [...chatgpt.sources].sort((a, b) => rank[a.kind] - rank[b.kind]);
    expect(links.map((a) => a.href)).toEqual(expected.map((s) => s.url));
    expect(links.map((a) => a.textContent)).toEqual(expected.map((s) => s.title));
    // Each source says what kind it is, official ones first.
    const kinds = [...details.querySelectorAll('.kind')].map((e) => e.textContent);
    expect(kinds[0]).toBe({ official: '공식', filing: '공시', press: '언론', other: '기타' }[expected[0]!.kind]);
    for (const a of links) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toContain('noopener');
    }
  });

  it('says when confidence is only medium, and why', () => {
    const medium = realMedium();
    const details = renderView(viewFor(medium.id)).querySelector('details.sources')!;
    expect(textOf(details.querySelector('summary')!)).toMatch(new RegExp(`^신뢰도 보통 · 출처 ${medium.sources.length}개 · `));
    expect(details.textContent).toContain('공식 출처를 찾지 못했거나 출처마다 조금씩 달라요.');
  });

  it('never turns a non-web source into a link', () => {
    const view = viewFor('chatgpt');
    view.tool!.sources = [
      { url: 'javascript:alert(1)', title: 'x', kind: 'official' },
      { url: 'https://openai.com/about', title: 'About', kind: 'official' },
    ];
    const links = [...renderView(view).querySelectorAll('.sources a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://openai.com/about']);
  });

  it('says under the name when a tool closed or was renamed, in her language; an active tool says nothing', () => {
    const closed = allTools.find((t) => t.status?.state === 'shutdown')!;
    const [y, m] = closed.status!.date.split('-').map(Number) as [number, number];
    expect(textOf(renderView(viewFor(closed.id)).querySelector('#tool-status')!)).toBe(`${y}년 ${m}월에 서비스를 종료했어요`);
    const renamed = viewFor('chatgpt');
    renamed.tool = { ...renamed.tool!, status: { state: 'renamed', date: '2024-02', note: 'Bard became Gemini' } };
    expect(textOf(renderView(renamed).querySelector('#tool-status')!)).toBe('2024년 2월에 이름이 바뀌었어요');
    fake.uiLanguage = 'en';
    expect(textOf(renderView(renamed).querySelector('#tool-status')!)).toBe('Renamed in Feb 2024');
    expect(renderView(viewFor('chatgpt')).querySelector('#tool-status')).toBeNull();
  });

  it('speaks English with localised country names and dates when the browser does', () => {
    const view = viewFor('liner');
    view.tool = { ...view.tool!, models: [{ name: 'GPT-4', vendor: 'OpenAI', country: 'US' }] };
    fake.uiLanguage = 'en';
    const root = renderView(view);
    expect(root.querySelector('h1')!.textContent).toBe('Liner');
    expect(textOf(root.querySelector('.origin-note strong')!)).toBe('Korean service · foreign model (OpenAI GPT-4)');
    expect(textOf(root.querySelector('.origin-country')!)).toBe('South Korea');
    const liner = toolById('liner')!;
    const [y, m, d] = liner.verified.split('-').map(Number) as [number, number, number];
    const date = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(y, m - 1, d));
    const level = liner.confidence === 'high' ? 'High' : 'Medium';
    expect(textOf(root.querySelector('summary')!)).toBe(`${level} confidence · sources (${liner.sources.length}) · ${date}`);
  });

  it('says where what she types is processed, with the source, and flags a Korean service sending it abroad', () => {
    const source = { url: 'https://example.kr/privacy', title: '개인정보처리방침', kind: 'official' as const };
    const view = viewFor('clova-x');
    view.tool = { ...view.tool!, models: [{ name: 'HyperCLOVA X', vendor: view.tool!.vendor, country: 'KR' }], dataCountries: [
      { country: 'KR', recipient: 'Naver Cloud', source },
      { country: 'US', recipient: 'Anthropic', source },
      { country: 'US', recipient: 'OpenAI', source },
    ] };
    const root = renderView(view);
    expect(factsOf(root)['입력 처리']).toBe('미국 (Anthropic, OpenAI) · 한국 (Naver Cloud) 출처');
    expect(root.querySelector('.data-flow a')!.getAttribute('href')).toBe('https://example.kr/privacy');
    expect(textOf(root.querySelector('#data-abroad')!)).toBe('국산 서비스지만 입력한 내용은 미국에서도 처리돼요.');
    expect(root.textContent).not.toContain('국내 기업이 만든 AI예요');
    // Kept in Korea: the positive label stays, and no row is guessed when nothing is known.
    view.tool.dataCountries = [{ country: 'KR', recipient: 'Naver Cloud', source }];
    expect(renderView(view).querySelector('#data-abroad')).toBeNull();
    view.tool.dataCountries = undefined;
    expect(factsOf(renderView(view))['입력 처리']).toBeUndefined();
  });

  it('counts the companies instead of naming them when there are many (the line stays short; all names on hover)', () => {
    const source = { url: 'https://mistral.ai/terms', title: 'Privacy Policy', kind: 'other' as const };
    const view = viewFor('mistral-le-chat');
    view.tool = { ...view.tool!, dataCountries: [
      { country: 'IE', recipient: 'Google Cloud Platform', source },
      { country: 'SE', recipient: 'Microsoft Azure', source },
      ...['Black Forest Labs', 'Brave', 'Cerebras', 'E2B', 'Google Cloud Platform'].map((recipient) => ({ country: 'US', recipient, source })),
    ] };
    const root = renderView(view);
    expect(factsOf(root)['입력 처리']).toBe('미국 · 아일랜드 · 스웨덴 · 업체 7곳 출처');
    const title = root.querySelector('.data-flow')!.getAttribute('title')!;
    for (const name of ['Black Forest Labs', 'Cerebras', 'Microsoft Azure']) expect(title).toContain(name);
  });
});
