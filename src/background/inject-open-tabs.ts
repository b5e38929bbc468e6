/**
 * After install, update or reload, Chrome does not inject content scripts into tabs that are already
 * open, and the old copies there are orphaned. Inject into open registry-host tabs so tracking works
 * without a reload (the old copy notices its dead runtime and stops; see content/index.ts).
 */
import browser from '../shared/browser';
import { ownManifest } from './own-manifest';

export async function injectIntoOpenTabs(): Promise<number> {
  const manifest = ownManifest();
  const script = manifest.content_scripts?.[0];
  if (!script?.matches || !browser.scripting) return 0;
  // Querying by URL needs only our host permissions, not the `tabs` permission.
  const tabs = await browser.tabs.query({ url: script.matches });
  const results = await Promise.allSettled(tabs.map((tab) =>
    browser.scripting.executeScript({ target: { tabId: tab.id! }, files: script.js ?? [] })));
  return results.filter((r) => r.status === 'fulfilled').length;
}
