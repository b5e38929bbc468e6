/** The popup says when a label's facts came by a signed registry update, and says nothing otherwise. */
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createDeps } from '../../src/background/deps';
import { BUNDLED_SOURCE, toolById } from '../../src/registry/registry';
import { useRegistryUpdate } from '../../src/registry/registry-update-use';
import { makeTool } from '../support/make-tool';
import { createFakeStorage } from '../support/fake-storage';
import { cleanup, renderView, viewFor } from './popup-fixtures';
import { fake } from '../support/fake-browser';

afterEach(() => {
  cleanup();
  useRegistryUpdate(null);
  fake.uiLanguage = 'ko';
});

describe('where a label comes from', () => {
  it('"업데이트된 정보 · 11월 28일" under a label from an update; nothing for the bundled registry', () => {
    expect(renderView({ ...viewFor('chatgpt'), updatedOn: '2026-11-28' }).querySelector('#update-source')!.textContent).toBe('업데이트된 정보 · 11월 28일');
    expect(renderView(viewFor('chatgpt')).querySelector('#update-source')).toBeNull();
    cleanup();
    fake.uiLanguage = 'en';
    expect(renderView({ ...viewFor('chatgpt'), updatedOn: '2026-11-28' }).querySelector('#update-source')!.textContent).toBe('Updated information · November 28');
  });

  it('the worker marks only tools that are new or changed in the update in use', async () => {
    const h = createHandlers(createDeps(createFakeStorage(), () => new Date(2026, 10, 28).getTime()));
    const ctx = { sender: {}, tabId: 1 };
    const unchanged = toolById('chatgpt')!;
    useRegistryUpdate({ tools: [unchanged, makeTool('newcomer', { hosts: ['newcomer.example'] })], sequence: BUNDLED_SOURCE.sequence + 1, date: '2026-11-28' });
    expect((await h['popup:view']({ url: 'https://newcomer.example/' }, ctx)).updatedOn).toBe('2026-11-28');
    expect((await h['popup:view']({ url: 'https://chatgpt.com/' }, ctx)).updatedOn).toBeUndefined();
    useRegistryUpdate(null);
    expect((await h['popup:view']({ url: 'https://newcomer.example/' }, ctx)).kind).toBe('web');
  });

  it('her own correction wins: a label she corrected is not "updated information"', async () => {
    const h = createHandlers(createDeps(createFakeStorage(), () => new Date(2026, 10, 28).getTime()));
    const ctx = { sender: {}, tabId: 1 };
    useRegistryUpdate({ tools: [makeTool('newcomer', { hosts: ['newcomer.example'] })], sequence: BUNDLED_SOURCE.sequence + 1, date: '2026-11-28' });
    expect(await h['mine:correct']({ toolId: 'newcomer', correction: { country: 'KR', reason: '회사 소개에 서울 본사라고 나와 있어요' } }, ctx)).toEqual({ saved: true });
    const view = await h['popup:view']({ url: 'https://newcomer.example/' }, ctx);
    expect(view.mine.correction).not.toBeNull();
    expect(view.updatedOn).toBeUndefined();
  });
});
