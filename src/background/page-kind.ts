/**
 * Classifies a tab URL for the popup. The URL is null when we may not see it (no host permission and
 * no activeTab grant): that is an ordinary site as far as we can tell, since a click on our icon grants
 * activeTab and then even browser pages (chrome://, about:) show their URL.
 */
import type { PageKind } from '../shared/popup-view';

export function pageKind(url: string | null): Exclude<PageKind, 'tool'> {
  if (url === null || /^https?:\/\//i.test(url)) return 'web';
  return 'browser';
}
