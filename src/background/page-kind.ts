/** Classifies a tab URL for the popup: a web page we can label, or a browser page we never run on. */
import type { PageKind } from '../shared/popup-view';

export function pageKind(url: string | null): Exclude<PageKind, 'tool'> {
  if (!url) return 'browser';
  return /^https?:\/\//i.test(url) ? 'web' : 'browser';
}
