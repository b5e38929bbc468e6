/**
 * What a content script reports about one stretch of activity, and its run-time check. Only what the
 * worker needs travels: the page's origin and path (no query, no fragment — a ChatGPT URL with a long
 * `?q=` is 4 000+ characters and private), bounded in length, so a real page can never produce a
 * segment the worker refuses.
 */
import { isObj } from './guards';
export interface SegmentReport { segmentId: string; url: string; start: number; end: number }

/**
 * Prefix of the storage key a page leaves its undelivered segments under when it unloads (the one key a
 * content script writes; see content/handoff.ts and background/handoff-drain.ts).
 */
export const HANDOFF_PREFIX = 'handoff:';

/** Segments per message (a content script sends a long outbox in several messages). */
export const MAX_SEGMENTS = 50;
/** Path characters kept: registry paths are a few characters; the rest is only privacy risk. */
export const MAX_PATH = 512;
/** origin (≤ 8 + 253 + 6) + path. */
export const MAX_SEGMENT_URL = 1024;

/** The address a content script reports for its page: origin + path, bounded. */
export const pageAddress = (origin: string, pathname: string): string => `${origin}${pathname.slice(0, MAX_PATH)}`;

const isTime = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
export const isSegmentId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(v);

/** A clean copy of one segment, or null. */
export function checkSegment(v: unknown): SegmentReport | null {
  if (!isObj(v) || !isSegmentId(v.segmentId) || typeof v.url !== 'string' || v.url.length === 0 || v.url.length > MAX_SEGMENT_URL) return null;
  if (!isTime(v.start) || !isTime(v.end) || v.end < v.start) return null;
  return { segmentId: v.segmentId, url: v.url, start: v.start, end: v.end };
}

/** The id of a segment too broken to use, if it has one (so it can be acknowledged and dropped). */
export const segmentIdOf = (v: unknown): string | null => (isObj(v) && isSegmentId(v.segmentId) ? v.segmentId : null);
