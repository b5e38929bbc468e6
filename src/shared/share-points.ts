/**
 * Shares as whole percents and changes as percentage points, rounded ONCE so that every place (report,
 * notification, share card) shows numbers that add up: foreign = 100 − domestic, change = shown − shown.
 */
import type { Split } from './week-summary';

/**
 * Less AI time than this is not a share worth a glance — the popup's bar and country column, the weekly
 * notification: one page load must not read as "해외 100%". The report, which shows the time beside every
 * share, still draws it.
 */
export const MIN_SHARE_MS = 60_000;

export const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 100));

/** Share of a split on Korean services (국산 + 국내 서비스·해외 모델), 0–1; null when nothing is known. */
export const splitShare = (split: Split): number | null => {
  const known = split.domestic + split.foreign;
  return known > 0 ? split.domestic / known : null;
};

/** Change in points between two shares as shown (null when either week had no AI use). */
export function pointsChange(current: number | null, previous: number | null): number | null {
  const a = percent(current);
  const b = percent(previous);
  return a === null || b === null ? null : a - b;
}

/** "+6", "−3" (a real minus sign), "±0". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/**
 * 국산 / 국내 서비스·해외 모델 / 해외 as whole percents that add up to 100 and agree with the goal's
 * number: domestic + mixed is always the rounded Korean-service share. Null when nothing is known.
 */
export interface ThreeParts { domestic: number; mixed: number; foreign: number }

export function threeParts(split: Split): ThreeParts | null {
  const known = split.domestic + split.foreign;
  if (known <= 0) return null;
  const korean = Math.round((split.domestic / known) * 100);
  const mixed = Math.min(korean, Math.round((split.mixed / known) * 100));
  return { domestic: korean - mixed, mixed, foreign: 100 - korean };
}
