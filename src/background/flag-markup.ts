/**
 * The SVG text of a bundled flag (flags/XX.svg), for the on-page card: the page cannot load extension
 * files itself (that would need web_accessible_resources, which lets any site detect the extension), so
 * the worker reads our own file and the card draws it inside its closed shadow root. Cached per worker.
 */
import browser from '../shared/browser';
import { isCountryCode } from '../shared/iso-countries';

const cache = new Map<string, Promise<string>>();

export function flagMarkup(country: string): Promise<string> {
  if (!isCountryCode(country)) return Promise.resolve('');
  let markup = cache.get(country);
  if (!markup) {
    markup = fetch(browser.runtime.getURL(`flags/${country}.svg`))
      .then((r) => (r.ok ? r.text() : ''))
      .catch(() => '');
    cache.set(country, markup);
  }
  return markup;
}
