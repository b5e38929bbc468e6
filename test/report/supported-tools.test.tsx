/** The report's supported-tools list (issue 13): asked for only when opened, searchable in Korean and English names, companies and hosts, her marks shown. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { personalHandlers } from '../../src/background/personal-handlers';
import { matchesTool, SupportedTools } from '../../src/report/components/supported-tools';
import type { ListedTool } from '../../src/shared/personal-messages';
import { fake } from '../support/fake-browser';
import { depsWith, noon } from '../support/seed';
import { flagFile } from '../support/flag-file';

const PERSONAL = {
  entries: [{ id: 'mine-unlisted-ai-test', host: 'unlisted-ai.test', name: '언리스티드', vendor: '(주)언리스티드', country: 'KR', category: 'chat', jobs: ['chat-assistant'], models: [], evidence: [], url: 'https://unlisted-ai.test/', added: '2026-11-20' }],
  corrections: { chatgpt: { vendor: 'OpenAI OpCo, LLC', reason: '약관', at: '2026-11-21' } },
  notAi: ['claude'],
};

async function listed(): Promise<ListedTool[]> {
  const { deps } = depsWith({ personal: PERSONAL }, noon('2026-11-25'));
  return (await personalHandlers(deps)['registry:list']({}, { sender: {}, tabId: null })).tools;
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) act(() => render(null, root!));
  root?.remove();
  root = null;
  fake.sent.length = 0;
  fake.onSend = null;
});

const settle = () => act(async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
});
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('supported tools on the report', () => {
  it('matches Korean and English names, companies and hosts, ignoring case, spaces and dashes', async () => {
    const tools = await listed();
    const ids = (q: string) => tools.filter((tool) => matchesTool(tool, q)).map((tool) => tool.id);
    expect(ids('챗GPT')).toContain('chatgpt');
    expect(ids('chat gpt')).toContain('chatgpt');
    expect(ids('CLOVA X')).toContain('clova-x');
    expect(ids('clova-x.naver')).toContain('clova-x');
    expect(ids('클로바')).toContain('clova-x');
    expect(ids('unlisted-ai.test')).toEqual(['mine-unlisted-ai-test']);
    expect(ids('OpenAI OpCo')).toEqual(['chatgpt']);
    expect(ids('')).toHaveLength(tools.length);
    expect(ids('no such tool anywhere')).toEqual([]);
  });

  it('asks for the list only when opened, then shows each label and her marks', async () => {
    const tools = await listed();
    fake.onSend = async () => ({ ok: true, value: { tools } });
    root = document.body.appendChild(document.createElement('main'));
    act(() => render(<SupportedTools />, root!));
    expect(fake.sent).toEqual([]);
    const details = root.querySelector('details')!;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await settle();
    expect(fake.sent).toEqual([{ type: 'registry:list', payload: {} }]);
    expect(text(root.querySelector('#supported-count'))).toBe(`${tools.length}개 / 전체 ${tools.length}개`);

    const input = root.querySelector('input[type=search]') as HTMLInputElement;
    const search = (q: string) => act(() => {
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    search('unlisted');
    expect(flagFile(root.querySelector('[data-id="mine-unlisted-ai-test"] .flag'))).toBe('flags/KR.svg');
    expect(text(root.querySelector('[data-id="mine-unlisted-ai-test"]'))).toBe('언리스티드 내가 추가함 한국 · 국산 · (주)언리스티드 unlisted-ai.test');
    search('chatgpt.com');
    expect(text(root.querySelector('[data-id="chatgpt"]'))).toMatch(/^챗GPT ChatGPT 내가 고친 정보 미국 · 해외 · OpenAI OpCo, LLC .*chatgpt\.com/);
    search('claude');
    expect(text(root.querySelector('[data-id="claude"] .supported-name'))).toContain('AI 아님으로 표시함');
    search('zzzz-nothing');
    expect(text(root)).toContain('찾는 도구가 없어요.');
  });
});
