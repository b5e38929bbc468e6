/** The popup asks for "the active tab": the worker looks it up in the focused window and describes it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeps } from '../../src/background/deps';
import { createHandlers } from '../../src/background/handlers';
import browser from '../../src/shared/browser';
import { fake } from '../support/fake-browser';
import { createFakeStorage } from '../support/fake-storage';

const initialTab = fake.activeTab;
afterEach(() => {
  fake.activeTab = initialTab;
  vi.restoreAllMocks();
});

const handlers = () => createHandlers(createDeps(createFakeStorage(), () => new Date(2026, 10, 28).getTime()));
const ctx = { sender: {}, tabId: null };

describe('popup:view for the active tab', () => {
  it("labels the focused window's active tab, and says which address it described", async () => {
    const query = vi.spyOn(browser.tabs, 'query');
    fake.activeTab = { id: 4, url: 'https://klingai.com/app' };
    const view = await handlers()['popup:view']({ tab: 'active' }, ctx);
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(view.url).toBe('https://klingai.com/app');
    expect(view.tool?.id).toBe('kling-ai');
    expect(view.mine.host).toBe('klingai.com');
  });

  it('an address asked for is described as is, without looking at tabs', async () => {
    const query = vi.spyOn(browser.tabs, 'query');
    const view = await handlers()['popup:view']({ url: 'https://www.make.com/en' }, ctx);
    expect(query).not.toHaveBeenCalled();
    expect([view.url, view.tool?.id]).toEqual(['https://www.make.com/en', 'make']);
  });

  it('no active tab, or one whose address we may not see: an ordinary answer, not a failure', async () => {
    for (const tab of [null, { id: 9 }]) {
      fake.activeTab = tab;
      const view = await handlers()['popup:view']({ tab: 'active' }, ctx);
      expect([view.url, view.tool, view.mine.host]).toEqual([null, null, null]);
    }
  });
});
