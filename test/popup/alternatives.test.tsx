/** Korean alternatives in the popup: ranked when they do the job, said plainly when none does; "열기" records a switch then opens. */
import { afterEach, describe, expect, it } from 'vitest';
import { JOBS } from '../../src/registry/job-labels';
import { alternativesFor } from '../../src/registry/alternatives-in-use';
import { toolById } from '../../src/registry/registry';
import { homeUrl } from '../../src/registry/types';
import { fake, fakeTabsCreated } from '../support/fake-browser';
import { SHOWN_FIRST } from '../../src/popup/components/alternative-list';
import { button, cleanup, click, renderView, textOf, viewFor } from './popup-fixtures';

afterEach(cleanup);
const ranked = alternativesFor(toolById('chatgpt')!).map((a) => a.tool);

describe('popup alternatives', () => {
  it('lists the close ones numbered, with fit notes and tags, the rest one click away', async () => {
    expect(ranked.length).toBe(5);
    const root = renderView(viewFor('chatgpt'));
    const section = root.querySelector('.alternatives')!;
    expect(textOf(section.querySelector('h2')!)).toBe('국산 대안');
    expect(section.querySelector('ol.ranked')).not.toBeNull();
    const names = () => [...root.querySelectorAll('.alternatives li strong')].map((e) => e.textContent);
    expect(names()).toEqual(ranked.slice(0, SHOWN_FIRST).map((t) => t.name.ko));
    const first = root.querySelector('.alternatives li')!;
    expect(textOf(first.querySelector('.fit')!)).toBe(ranked[0]!.fit!.ko);
    expect([...first.querySelectorAll('.tag')].some((e) => e.textContent === '무료로 시작')).toBe(ranked[0]!.freeTier === true);

    const more = button(root, `대안 ${ranked.length - SHOWN_FIRST}개 더 보기`)!;
    await click(more);
    expect(names()).toEqual(ranked.map((t) => t.name.ko));
    expect(button(root, `대안 ${ranked.length - SHOWN_FIRST}개 더 보기`)).toBeUndefined();
    // Keyboard focus lands on the first newly shown alternative.
    expect(document.activeElement).toBe(button(root, `${ranked[SHOWN_FIRST]!.name.ko} 새 탭에서 열기`));
  });

  it('tags an alternative that runs on a foreign model', () => {
    const root = renderView(viewFor('chatgpt'));
    for (const [i, li] of [...root.querySelectorAll('.alternatives li')].entries()) {
      const tagged = [...li.querySelectorAll('.tag')].some((e) => e.textContent === '해외 모델');
      expect(tagged).toBe(ranked[i]!.models?.some((m) => m.country !== 'KR') ?? false);
    }
  });

  it('says plainly when no Korean tool does the main job, and what each partial one lacks', () => {
    const view = viewFor('chatgpt');
    view.alternatives = view.alternatives.map((a) => ({ ...a, match: 'partial' as const, lacks: 'chat-assistant' as const, shared: ['writing-assistant' as const] }));
    const section = renderView(view).querySelector('.alternatives')!;
    expect(textOf(section.querySelector('h2')!)).toBe('딱 맞는 국산 대안은 아직 없어요');
    expect(section.querySelector('ol')).toBeNull(); // no confident 1–5 ranking
    expect(textOf(section.querySelector('.lacks')!)).toBe(`겹치는 일: ${JOBS['writing-assistant'].ko} · 없는 일: ${JOBS['chat-assistant'].ko}`);
  });

  it('on automation and marketing tools, shows whether each alternative can be connected, or that it is unknown', () => {
    expect(renderView(viewFor('chatgpt')).querySelector('.connects')).toBeNull(); // noise on a chat tool
    const view = viewFor('chatgpt');
    view.integrationsMatter = true;
    view.alternatives[0]!.tool.integrations = { api: 'self-serve', webhooks: true, connectors: ['make', 'zapier'], checked: '2026-11-30', sources: [] };
    view.alternatives[1]!.tool.integrations = undefined;
    const items = renderView(view).querySelectorAll('.alternatives li .connects');
    expect(textOf(items[0]!)).toBe('연동: API · 웹훅 · Make · Zapier');
    expect(textOf(items[1]!)).toBe('연동 정보 없음');
  });

  it('records the switch, then opens the alternative in a new tab', async () => {
    const order: string[] = [];
    fake.onSend = async (message) => {
      order.push(`send ${JSON.stringify(message)} (tabs so far: ${fakeTabsCreated.length})`);
      return { ok: true, value: { recorded: true } };
    };
    const root = renderView(viewFor('chatgpt'));
    const second = ranked[1]!;
    await click(button(root, `${second.name.ko} 새 탭에서 열기`));
    expect(order).toEqual([`send ${JSON.stringify({ type: 'popup:switch', payload: { from: 'chatgpt', to: second.id } })} (tabs so far: 0)`]);
    expect(fakeTabsCreated).toEqual([{ url: homeUrl(second) }]);
  });

  it('still opens the tool when the switch cannot be recorded', async () => {
    fake.onSend = async () => ({ ok: false, error: 'storage full' });
    const root = renderView(viewFor('chatgpt'));
    await click(button(root, `${ranked[0]!.name.ko} 새 탭에서 열기`));
    expect(fakeTabsCreated).toEqual([{ url: homeUrl(ranked[0]!) }]);
    expect(root.textContent).not.toContain('storage full');
  });

  it('says so when no Korean alternative is listed for a foreign tool', () => {
    const view = viewFor('chatgpt');
    view.alternatives = [];
    const section = renderView(view).querySelector('.alternatives')!;
    expect(textOf(section.querySelector('h2')!)).toBe('딱 맞는 국산 대안은 아직 없어요');
    expect(textOf(section.querySelector('p')!)).toBe('이 일을 하는 국산 AI 도구는 아직 등록되지 않았어요.');
    expect(section.querySelector('li, button')).toBeNull();
  });

  it('offers no alternatives for a Korean tool, including one on a foreign model', () => {
    expect(renderView(viewFor('clova-x')).querySelector('.alternatives')).toBeNull();
    expect(renderView(viewFor('liner')).querySelector('.alternatives')).toBeNull();
  });

  it('has buttons that name the tool and keep the visible word (label in name)', () => {
    const root = renderView(viewFor('chatgpt'));
    for (const b of root.querySelectorAll('.alternatives li button')) {
      expect(b.getAttribute('type')).toBe('button');
      expect(b.getAttribute('aria-label')).toContain(b.textContent!);
    }
  });
});
