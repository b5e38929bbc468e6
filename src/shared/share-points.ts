/**
 * Shares as whole percents and changes as percentage points, rounded ONCE so that every place (report,
 * notification, share card) shows numbers that add up: foreign = 100 − domestic, change = shown − shown.
 */
export const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 100));

/** Change in points between two shares as shown (null when either week had no AI use). */
export function pointsChange(current: number | null, previous: number | null): number | null {
  const a = percent(current);
  const b = percent(previous);
  return a === null || b === null ? null : a - b;
}

/** "+6", "−3" (a real minus sign), "±0". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
