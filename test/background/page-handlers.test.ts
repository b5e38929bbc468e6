/** Background handlers against fake storage: counting rules the user controls, and the card decision. */
import { describe, expect, it } from 'vitest';
import { createDeps } from '../../src/background/deps';
import { createHandlers } from '../../src/background/handlers';
import { createFakeStorage } from '../support/fake-storage';
import { fake } from '../support/fake-browser';

const NOW = new Date(2026, 10, 27, 10).getTime();
const ctx = { sender: {}, tabId: 3 };
const segment = (url: string, id = 's1') => ({ segmentId: id, url, start: NOW - 60_000, end: NOW });

function setup(initial: Record<string, unknown> = {}) {
  const area = createFakeStorage(initial);
  return { area, handlers: createHandlers(createDeps(area, () => NOW)) };
}
const today = (area: ReturnType<typeof createFakeStorage>) => area.day('day:2026-11-27');

describe('page handlers', () => {
  it('counts a segment on a tool and acknowledges it', async () => {
    const { area, handlers } = setup();
    expect(await handlers['activity:segments']({ segments: [segment('https://chatgpt.com/c/1')] }, ctx)).toEqual({ acked: ['s1'] });
    expect(today(area)?.chatgpt?.activeMs).toBe(60_000);
  });

  it('respects pause and exclusion immediately, still acknowledging so the page stops re-sending', async () => {
    const { area, handlers } = setup({ settings: { paused: true } });
    expect(await handlers['activity:segments']({ segments: [segment('https://chatgpt.com/')] }, ctx)).toEqual({ acked: ['s1'] });
    await handlers['page:hello']({ url: 'https://chatgpt.com/', visitId: 'v1' }, ctx);
    expect(today(area)).toBeUndefined();

    const excluded = setup({ settings: { excluded: ['chatgpt'] } });
    await excluded.handlers['activity:segments']({ segments: [segment('https://chatgpt.com/'), segment('https://wrtn.ai/', 's2')] }, ctx);
    expect(Object.keys(today(excluded.area) ?? {})).toEqual(['wrtn']);
  });

  it('never counts time from the future or from before its memory window', async () => {
    const { area, handlers } = setup();
    await handlers['activity:segments']({ segments: [
      { segmentId: 'future', url: 'https://chatgpt.com/', start: NOW + 1_000, end: NOW + 3600_000 },
      { segmentId: 'ancient', url: 'https://chatgpt.com/', start: NOW - 3 * 86400_000, end: NOW - 2 * 86400_000 },
    ] }, ctx);
    expect(area.data.size === 0 || !today(area)).toBe(true);
  });

  it('labels the tab, counts the visit, and offers the card once a day for a foreign tool', async () => {
    const { area, handlers } = setup();
    const first = await handlers['page:hello']({ url: 'https://chatgpt.com/', visitId: 'v1' }, ctx);
    expect(first.card).toMatchObject({ country: '미국', foreign: true, title: '챗GPT · 오픈AI' });
    expect(fake.badges.get(3)).toMatchObject({ text: '미국' });
    // Offered again until the page reports it was really seen; then quiet for the day.
    expect((await handlers['page:hello']({ url: 'https://chatgpt.com/c/1', visitId: 'v1b' }, ctx)).card).not.toBeNull();
    expect(await handlers['card:action']({ url: 'https://chatgpt.com/c/1', action: 'shown' }, ctx)).toEqual({ done: true });
    const again = await handlers['page:hello']({ url: 'https://chatgpt.com/c/2', visitId: 'v2' }, ctx);
    expect(again.card).toBeNull();
    expect(today(area)?.chatgpt?.visits).toBe(3);
    const korean = await handlers['page:hello']({ url: 'https://clova-x.naver.com/', visitId: 'v3' }, ctx);
    expect(korean.card).toBeNull();
    expect(fake.badges.get(3)).toMatchObject({ text: '한국' });
  });
});

describe('notice modes', () => {
  it('"off" shows no badge, and the domestic card speaks of the origin instead of alternatives', async () => {
    const off = setup({ settings: { noticeMode: 'off' } });
    const reply = await off.handlers['page:hello']({ url: 'https://chatgpt.com/', visitId: 'v1' }, { sender: {}, tabId: 9 });
    expect(reply.card).toBeNull();
    expect(fake.badges.get(9)?.text).toBe('');

    const quiet = setup({ settings: { domesticCard: true } });
    const korean = await quiet.handlers['page:hello']({ url: 'https://wrtn.ai/', visitId: 'v2' }, { sender: {}, tabId: 10 });
    expect(korean.card).toMatchObject({ foreign: false, note: '국내 서비스예요 · 해외 모델을 써요', alternatives: [] });
  });
});

describe('badge', () => {
  it('says the country in Korean when two syllables fit, the ISO code otherwise, and the code in English', async () => {
    const { handlers } = setup();
    await handlers['page:hello']({ url: 'https://www.make.com/en', visitId: 'm' }, { sender: {}, tabId: 20 });
    expect(fake.badges.get(20)?.text).toBe('체코');
    fake.uiLanguage = 'en';
    try {
      await handlers['page:hello']({ url: 'https://www.make.com/en', visitId: 'm2' }, { sender: {}, tabId: 21 });
      expect(fake.badges.get(21)?.text).toBe('CZ');
    } finally {
      fake.uiLanguage = 'ko';
    }
  });
});

describe('card actions', () => {
  it('opens and counts only one of the tool\'s own alternatives', async () => {
    const { area, handlers } = setup();
    const hello = await handlers['page:hello']({ url: 'https://chatgpt.com/', visitId: 'v1' }, ctx);
    const alt = hello.card!.alternatives[0]!;
    expect(await handlers['card:action']({ url: 'https://chatgpt.com/', action: 'open', to: alt.id }, ctx)).toEqual({ done: true });
    expect(area.data.get('switches')).toEqual([{ at: NOW, from: 'chatgpt', to: alt.id }]);
    // A forged id (a foreign tool, or a Korean tool that is not offered here) opens nothing, counts nothing.
    expect(await handlers['card:action']({ url: 'https://chatgpt.com/', action: 'open', to: 'claude' }, ctx)).toEqual({ done: false });
    expect((area.data.get('switches') as unknown[]).length).toBe(1);
  });

  it('never turns cards off for every tool from the page: it opens the settings instead', async () => {
    const { area, handlers } = setup();
    await handlers['card:action']({ url: 'https://chatgpt.com/', action: 'settings' }, ctx);
    expect((area.data.get('settings') as { noticeMode?: string } | undefined)?.noticeMode ?? 'card').toBe('card');
  });
});
