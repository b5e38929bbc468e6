/**
 * Chrome's loader of the worker's on-need half: `background-more.js`, beside `background.js`
 * (src/build/worker-split.ts puts this file in place of load-more.ts). Chrome lets a service worker
 * `importScripts` after installing only the scripts it imported while installing, so the install event
 * imports it once; later starts import it only when a message, alarm or task needs it.
 */
import type { More } from './more';
import { MORE_SCRIPT } from './more-script';

declare function importScripts(...urls: string[]): void;

let more: More | null = null;

function load(): More {
  if (!more) {
    importScripts(MORE_SCRIPT);
    more = (globalThis as { __aiOriginMore?: More }).__aiOriginMore ?? null;
    if (!more) throw new Error(`${MORE_SCRIPT} did not load`);
  }
  return more;
}

self.addEventListener('install', () => void load());

export const loadMore = (): Promise<More> => Promise.resolve().then(load);
