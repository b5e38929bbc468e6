/**
 * In-memory stand-in for webextension-polyfill's `browser` in unit and integration tests (vitest aliases
 * the module here). It implements only what the extension uses, with the real message catalogue.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFakeStorage } from './fake-storage';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
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

/** chrome.i18n.getMessage semantics: $NAME$ placeholders → $1..$9 substitutions. */
function getMessage(key: string, subs?: string | string[]): string {
  const entry = catalogues[fake.uiLanguage.startsWith('ko') ? 'ko' : 'en']![key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  });
}

const badge = (tabId: number) => fake.badges.get(tabId) ?? fake.badges.set(tabId, {}).get(tabId)!;
const listeners = () => ({ addListener: () => undefined, removeListener: () => undefined });

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
  tabs: { query: async () => (fake.activeTab ? [fake.activeTab] : []), create: async (o: unknown) => o },
  action: {
    setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (badge(tabId).text = text),
    setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).color = color),
    setBadgeTextColor: async () => undefined,
    setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void (badge(tabId).title = title),
  },
};

export default browser;
