/** The popup's bench section: size on disk and time to a rendered tool card in real Chromium. */
import { popupReady } from './popup-ready';
import { popupSize } from './popup-size';

export async function popupBench(): Promise<[string, string][]> {
  return [...popupSize(), ...(await popupReady())];
}
