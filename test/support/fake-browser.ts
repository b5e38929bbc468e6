/**
 * In-memory stand-in for webextension-polyfill's `browser` in unit and integration tests (vitest aliases
 * the module here). It implements only what the extension uses, with the real message catalogue.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMessage, type Catalogue } from '../../src/shared/message-format';
import { createFakeStorage } from './fake-storage';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const catalogues: Record<string, Catalogue> = {
  ko: JSON.parse(readFileSync(join(root, 'src/_locales/ko/messages.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(root, 'src/_locales/en/messages.json'), 'utf8')),
};

export const fake = {
  uiLanguage: 'ko',
  badges: new Map<number, { text?: string; color?: string; title?: string }>(),
  activeTab: { id: 1, url: 'https://chatgpt.com/' } as { id: number; url?: string } | null,
  sent: [] as unknown[],
  onSend: null as null | ((message: unknown) => Promise<unknown>),
};

/** chrome.i18n.getMessage semantics, with the real formatter: a language without a catalogue gets default_locale (ko). */
const getMessage = (key: string, subs?: string | string[]): string =>
  formatMessage(catalogues[fake.uiLanguage.startsWith('en') ? 'en' : 'ko']!, key, subs);

const badge = (tabId: number) => fake.badges.get(tabId) ?? fake.badges.set(tabId, {}).get(tabId)!;
const listeners = () => ({ addListener: () => undefined, removeListener: () => undefined });

/** An event tests can fire: `emit` calls every listener (added for the weekly summary). */
function emitter<A extends unknown[]>() {
  const fns = new Set<(...args: A) => unknown>();
  return {
    addListener: (fn: (...args: A) => unknown) => void fns.add(fn),
    removeListener: (fn: (...args: A) => unknown) => void fns.delete(fn),
    emit: (...args: A) => [...fns].map((fn) => fn(...args)),
    clear: () => fns.clear(),
  };
}

/** Alarms and notifications the code created, by name / id (added for the weekly summary). */
export const fakeAlarms = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
export const fakeNotifications = new Map<string, { type: string; iconUrl?: string; title: string; message: string }>();
export const fakeTabsCreated: { url?: string }[] = [];

const browser = {
  runtime: {
    id: 'fake-extension-id',
    getURL: (path: string) => `chrome-extension://fake-extension-id${path.startsWith('/') ? '' : '/'}${path}`,
    getManifest: () => ({ content_scripts: [] }),
    sendMessage: async (message: unknown) => {
      fake.sent.push(message);
      return fake.onSend ? fake.onSend(message) : undefined;
    },
    onMessage: listeners(),
    onInstalled: listeners(),
    onStartup: listeners(),
  },
  i18n: { getMessage, getUILanguage: () => fake.uiLanguage },
  storage: { local: createFakeStorage() },
  tabs: { query: async () => (fake.activeTab ? [fake.activeTab] : []), create: async (o: { url?: string }) => (fakeTabsCreated.push(o), o) },
  action: {
    setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (badge(tabId).text = text),
    setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).color = color),
    setBadgeTextColor: async () => undefined,
    setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void (badge(tabId).title = title),
  },
  alarms: {
    create: async (name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) => {
      const scheduledTime = info.when ?? Date.now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
      fakeAlarms.set(name, { name, scheduledTime, ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}) });
    },
    get: async (name: string) => fakeAlarms.get(name),
    clear: async (name: string) => fakeAlarms.delete(name),
    onAlarm: emitter<[{ name: string; scheduledTime: number }]>(),
  },
  notifications: {
    create: async (id: string, options: { type: string; iconUrl?: string; title: string; message: string }) => (fakeNotifications.set(id, options), id),
    clear: async (id: string) => fakeNotifications.delete(id),
    onClicked: emitter<[string]>(),
  },
};

export default browser;

/**
 * Back to a fresh browser: the Korean UI, no recorded messages, badges, tabs, alarms or notifications,
 * an empty storage.local and the default active tab. Called after every unit test by test/support/setup.ts,
 * so no file depends on what another left behind.
 */
export function resetFakeBrowser(): void {
  fake.uiLanguage = 'ko';
  fake.badges.clear();
  fake.activeTab = { id: 1, url: 'https://chatgpt.com/' };
  fake.sent.length = 0;
  fake.onSend = null;
  fakeAlarms.clear();
  fakeNotifications.clear();
  fakeTabsCreated.length = 0;
  browser.alarms.onAlarm.clear();
  browser.notifications.onClicked.clear();
  browser.storage.local.data.clear();
}
