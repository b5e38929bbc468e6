/**
 * Our own manifest, read once per worker life and only when something asks: `runtime.getManifest()`
 * copies the whole manifest — hundreds of match patterns — on every call, and a cold start made four.
 */
import browser from '../shared/browser';

type Manifest = ReturnType<typeof browser.runtime.getManifest>;
let read: Manifest | null = null;

export const ownManifest = (): Manifest => (read ??= browser.runtime.getManifest());
