/** The single import of webextension-polyfill: one promise-based `browser` for Chrome and Firefox. */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
