/**
 * Which part of a reported segment may be counted. The worker remembers counted instants for 48 h, so it
 * accepts segments from the last 24 h only (a re-send older than its memory could otherwise count
 * twice), and never counts the future.
 */
export const ACCEPT_WINDOW_MS = 24 * 3600_000;

export function countableRange(start: number, end: number, now: number): { start: number; end: number } | null {
  const from = Math.max(start, now - ACCEPT_WINDOW_MS);
  const to = Math.min(end, now);
  return to > from ? { start: from, end: to } : null;
}
