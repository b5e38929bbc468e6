/**
 * Copies of damaged values, set aside before anything overwrites or removes them (the report page says
 * so). Bounded twice: each value to 16 K characters (a 5 MB corrupt key must not fill storage again
 * as its own copy), and the whole set to 512 K characters, oldest dropped first.
 */
import type { Quarantine } from './storage-keys';

export const QUARANTINE_ITEM_CHARS = 16 * 1024;
export const QUARANTINE_MAX_CHARS = 512 * 1024;

/** A value as it is kept: itself, or its first characters when it is too large. */
export function boundedCopy(raw: unknown): unknown {
  let json: string;
  try {
    json = JSON.stringify(raw) ?? 'undefined';
  } catch {
    return { unreadable: true };
  }
  return json.length <= QUARANTINE_ITEM_CHARS ? raw : { truncated: true, chars: json.length, start: json.slice(0, QUARANTINE_ITEM_CHARS) };
}

export function addToQuarantine(previous: Quarantine | undefined, bad: ReadonlyMap<string, unknown>, now: number): Quarantine {
  const items: Record<string, unknown> = { ...(previous?.items ?? {}) };
  const stamp = new Date(now).toISOString();
  for (const [key, value] of bad) items[`${stamp} ${key}`] = boundedCopy(value);
  const keys = Object.keys(items).sort();
  while (keys.length > 1 && JSON.stringify(items).length > QUARANTINE_MAX_CHARS) delete items[keys.shift()!];
  return { savedAt: now, items };
}
