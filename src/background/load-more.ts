/**
 * The worker's on-need half (more.ts), once per worker life. Here a module import (Firefox's event page,
 * tests: one script holds both halves); Chrome's build puts load-more.worker.ts in its place.
 */
import type { More } from './more';

let loading: Promise<More> | null = null;

export const loadMore = (): Promise<More> => (loading ??= import('./more').then((m) => m.more));
