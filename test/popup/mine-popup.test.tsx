/**
 * Her own registry in the popup (issue 13), all from the one `popup:view` reply: the "⋯" menu's
 * "정보가 틀렸나요?" (form inline under the label) and "AI 도구가 아니에요", the "hers" mark on the card for
 * her correction (registry's version one tap away) and her entry, her entry's controls, and the add form.
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { toolById } from '../../src/registry/registry';
import browser from '../../src/shared/browser';
import { correctedTool, entryTool, parseEntry } from '../../src/shared/personal';
import { toToolView } from '../../src/shared/tool-view';
import { fake } from '../support/fake-browser';
import { button, cleanup, click, renderView, textOf, viewFor } from './popup-fixtures';

afterEach(cleanup);

const ok = (value: unknown = {}) => async () => ({ ok: true, value });
/** Lets the form's own promise chains (tab query → page read) settle inside act(). */
const settle = () => act(async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
});
const types = () => (fake.sent as { type: string }[]).map((m) => m.type);

function correctedChatgpt() {
  const view = viewFor('chatgpt');
  const correction = { vendor: 'OpenAI OpCo, LLC', reason: '약관 페이지에 나온 회사', at: '2026-11-24' };
  return { ...view, tool: toToolView(correctedTool(toolById('chatgpt')!, correction)), mine: { ...view.mine, correction } };
}

const ENTRY = parseEntry({ host: 'gamma-ai.test', name: 'Gamma', vendor: 'Gamma Tech, Inc.', country: 'US', category: 'productivity', jobs: ['presentations'], added: '2026-11-24' })!;
function herEntry(granted: boolean) {
  const view = viewFor(null, { kind: 'tool', mine: { host: ENTRY.host, registry: null, entry: ENTRY, granted } });
  return { ...view, tool: toToolView(entryTool(ENTRY)) };
}

describe('her corrections and "not AI" from the ⋯ menu', () => {
  it('"정보가 틀렸나요?" opens the form under the label (the week steps aside); cancel brings it back', async () => {
    const root = renderView(viewFor('chatgpt'));
    expect(root.querySelector('#mine-correct')).toBeNull();
    await click(button(root, '메뉴'));
    await click(button(root, '정보가 틀렸나요?'));
    const form = root.querySelector('#mine-correct')!;
    expect(form.previousElementSibling?.matches('.card')).toBe(true);
    expect(root.querySelector('#tool-menu, .tally, .alternatives')).toBeNull();
    expect((form.querySelector('[name=vendor]') as HTMLInputElement).value).toBe(toolById('chatgpt')!.vendor);
    await click(button(form, '취소'));
    expect(root.querySelector('#mine-correct')).toBeNull();
    expect(root.querySelector('.tally')).not.toBeNull();
  });

  it('saving sends only what changed, with her reason, then redraws from the worker', async () => {
    const root = renderView(viewFor('chatgpt'));
    await click(button(root, '메뉴'));
    await click(button(root, '정보가 틀렸나요?'));
    const form = root.querySelector('#mine-correct') as HTMLFormElement;
    const set = (name: string, value: string) => act(() => {
      const input = form.querySelector(`[name=${name}]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    set('vendor', 'OpenAI OpCo, LLC');
    set('reason', '약관 페이지');
    fake.onSend = async (m) => ((m as { type: string }).type === 'mine:correct' ? { ok: true, value: { saved: true } } : { ok: true, value: correctedChatgpt() });
    await click(button(form, '고친 정보 저장'));
    expect(fake.sent[0]).toEqual({ type: 'mine:correct', payload: { toolId: 'chatgpt', correction: { reason: '약관 페이지', vendor: 'OpenAI OpCo, LLC' } } });
    expect(types()).toEqual(['mine:correct', 'popup:view']);
  });

  it('"AI 도구가 아니에요" marks it for her; the banner undoes it', async () => {
    const root = renderView(viewFor('chatgpt'));
    await click(button(root, '메뉴'));
    fake.onSend = ok({ saved: true });
    await click(button(root, 'AI 도구가 아니에요'));
    expect(fake.sent[0]).toEqual({ type: 'mine:not-ai', payload: { toolId: 'chatgpt', notAi: true } });
    // What the worker then says: not a listed tool here, marked by her.
    const chatgpt = toToolView(toolById('chatgpt')!);
    const marked = renderView(viewFor(null, { kind: 'web', mine: { host: 'chatgpt.com', registry: chatgpt, notAi: true } }));
    expect(textOf(marked.querySelector('h1')!)).toBe('등록된 AI 도구가 아니에요');
    expect(textOf(marked.querySelector('#mine-not-ai')!)).toContain('챗GPT은(는) AI 도구가 아니라고 표시했어요');
    expect(marked.querySelector('#mine-add')).toBeNull();
    fake.sent.length = 0;
    await click(button(marked, '되돌리기'));
    expect(fake.sent[0]).toEqual({ type: 'mine:not-ai', payload: { toolId: 'chatgpt', notAi: false } });
  });

  it('her correction is marked on the card, the registry version one tap away, and back with another', async () => {
    const root = renderView(correctedChatgpt());
    const card = root.querySelector('.card')!;
    expect(textOf(card.querySelector('#mine-mark')!)).toMatch(/^내가 고친 정보 약관 페이지에 나온 회사 원래 정보 보기$/);
    expect(textOf(card)).toContain('OpenAI OpCo, LLC');
    await click(button(card, '원래 정보 보기'));
    expect(textOf(card.querySelector('#mine-registry-version')!)).toBe(`등록된 정보: ${toolById('chatgpt')!.vendor} · 미국 원래 정보로 되돌리기`);
    fake.onSend = ok({ saved: true });
    await click(button(card, '원래 정보로 되돌리기'));
    expect(fake.sent[0]).toEqual({ type: 'mine:correct', payload: { toolId: 'chatgpt', correction: null } });
  });
});

describe('her own entry', () => {
  it('is labelled like a tool, marked as hers, without registry sources or correction items', async () => {
    const root = renderView(herEntry(true));
    expect(textOf(root.querySelector('h1')!)).toBe('Gamma');
    expect(textOf(root.querySelector('.card #mine-mark')!)).toBe('내가 추가함');
    expect(root.querySelector('.sources')).toBeNull();
    expect(textOf(root.querySelector('#mine-counted')!)).toBe('사용 시간을 집계하고 있어요.');
    expect(root.querySelector('.tally')).not.toBeNull();
    await click(button(root, '메뉴'));
    expect([...root.querySelectorAll('#tool-menu button')].map(textOf)).toEqual(['일시 중지', '이 도구 제외', '설정']);
  });

  it('not granted yet: says so and offers "이 사이트 집계하기"; removal asks the worker', async () => {
    const root = renderView(herEntry(false));
    expect(textOf(root.querySelector('#mine-counted')!)).toBe('아직 집계하지 않아요. 이 사이트 접근을 허용해 주세요.');
    expect(button(root, '이 사이트 집계하기')).toBeDefined();
    fake.onSend = ok({ removed: true });
    await click(button(root, '삭제'));
    expect(fake.sent[0]).toEqual({ type: 'mine:remove', payload: { id: 'mine-gamma-ai-test' } });
  });
});

describe('adding a site', () => {
  const api = browser as unknown as Record<string, unknown>;
  afterEach(() => {
    delete api.scripting;
    delete api.permissions;
  });

  it('reads the page once, shows what it found and where, and saves only after asking for that one site', async () => {
    const requested: unknown[] = [];
    api.scripting = {
      executeScript: async () => [{ result: {
        url: 'https://gamma-ai.test/', title: 'Gamma - AI presentations', truncated: false,
        items: [{ kind: 'copyright', value: 'Gamma Tech, Inc.', where: { area: 'footer', path: 'footer > p', hidden: false } }],
      } }],
    };
    api.permissions = { request: async (p: unknown) => (requested.push(p), true) };
    fake.activeTab = { id: 7, url: 'https://gamma-ai.test/' };
    const root = renderView(viewFor(null, { kind: 'web', mine: { host: 'gamma-ai.test' } }));
    await click(root.querySelector('#mine-add'));
    await settle();
    const form = root.querySelector('#mine-add-form')!;
    expect(form).not.toBeNull();
    expect(root.querySelector('.tally')).toBeNull();
    expect(textOf(form.querySelector('.evidence')!)).toBe('저작권 표시 Gamma Tech, Inc. 하단 정보 (footer > p)');
    expect((form.querySelector('[name=name]') as HTMLInputElement).value).toBe('Gamma');
    expect((form.querySelector('[name=vendor]') as HTMLInputElement).value).toBe('Gamma Tech, Inc.');
    // A © line alone suggests no country: she picks it.
    expect((form.querySelector('[name=country]') as HTMLSelectElement).value).toBe('');
    // Saving reloads the popup: the reload gets a real view, the save its own reply.
    const after = viewFor(null, { kind: 'web', mine: { host: 'gamma-ai.test' } });
    fake.onSend = async (m) => ({ ok: true, value: (m as { type: string }).type === 'popup:view' ? after : { id: 'mine-gamma-ai-test', waiting: false } });
    await click(button(form, '내 AI 도구로 저장'));
    await settle();
    expect(requested).toEqual([{ origins: ['*://gamma-ai.test/*', '*://www.gamma-ai.test/*'] }]);
    expect(types().slice(0, 2)).toEqual(['mine:add', 'mine:sync']);
    expect((fake.sent[0] as { payload: { entry: { host: string; name: string } } }).payload.entry).toMatchObject({ host: 'gamma-ai.test', name: 'Gamma', vendor: 'Gamma Tech, Inc.' });
    fake.activeTab = { id: 1, url: 'https://chatgpt.com/' };
  });
});
