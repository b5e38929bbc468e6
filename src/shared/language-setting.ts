/** Applies the user's language setting (stored by the worker) in an extension page, before it renders. */
import browser from './browser';
import { applyLanguageSetting } from './i18n';
import { parseSettings, SETTINGS_KEY } from './settings';

export async function loadLanguageSetting(): Promise<void> {
  try {
    await applyLanguageSetting(parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).language);
  } catch {
    // Unreadable storage: the browser's language is a fine default.
  }
}
