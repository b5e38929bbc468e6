/**
 * Room in storage. Counting must never stop for lack of space: imports keep a headroom free (a year
 * of heavy use is ~320 KB, so 1 MB is years of counting), and the report says so when storage is near
 * the quota.
 */
export const HEADROOM_BYTES = 1024 * 1024;

export interface Space { usedBytes: number; quotaBytes: number }

/** Whether `growth` more bytes still leave the headroom free. */
export const fitsWithHeadroom = ({ usedBytes, quotaBytes }: Space, growth: number): boolean =>
  usedBytes + Math.max(0, growth) <= quotaBytes - HEADROOM_BYTES;

/** Less than the headroom is left (imports are refused from here on; counting continues). */
export const nearQuota = ({ usedBytes, quotaBytes }: Space): boolean => usedBytes > quotaBytes - HEADROOM_BYTES;
