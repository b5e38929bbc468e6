/**
 * Service worker (Chrome) / event page (Firefox) entry. Every listener is registered synchronously at
 * the top level, so a worker woken by an event finds its listener; each handler awaits `ready`.
 */
import browser from '../shared/browser';
import { createHandlers } from './handlers';
import { createRouter, type Sender } from './router';
import { createUsageStore } from './usage-store';

const usage = createUsageStore(browser.storage.local);
const ready = usage.ready();
const route = createRouter(createHandlers(usage), { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => ready.then(() => route(message, sender)));
