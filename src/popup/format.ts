/**
 * Numbers, durations and dates for the popup, in the UI language — without Intl: the popup formats them as
 * it opens, and building Intl formatters there cost ~6 ms of its script (grouped-number.ts; issue 19).
 */
export { duration } from '../ui/duration';
import { t } from '../shared/i18n';
import { percent } from '../shared/share-points';
import { groupedNumber } from '../ui/grouped-number';
import { plural } from '../ui/plural';

/** A whole percent (already rounded by share-points, so shown numbers add up) as "25%" (both languages). */
export const percentText = (whole: number): string => `${groupedNumber(whole)}%`;

/** Share 0–1 → "25%", or null when there is no share. */
export function shareText(share: number | null): string | null {
  const whole = percent(share);
  return whole === null ? null : percentText(whole);
}

export const count = groupedNumber;

/** "11월" / "Nov" for month 1–12 (undefined otherwise), from the catalogue. */
const monthName = (m: number): string | undefined => t('monthNames').split(' ')[m - 1];

/** "2026년 11월 27일" / "Nov 27, 2026" from a registry date (YYYY-MM-DD, a calendar day); as written if not one. */
export function longDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = monthName(m);
  return month && Number.isInteger(y) && d >= 1 && d <= 31 ? t('dateLong', [String(y), month, String(d)]) : day;
}

/** "2026년 9월" / "Sep 2026" from a registry month (YYYY-MM); as written if not one. */
export function monthYear(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const name = monthName(m);
  return name && Number.isInteger(y) ? t('monthYear', [String(y), name]) : month;
}

/** "flexlab.io" for a source link's text; the full URL stays in href. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** "방문 3회" / "3 visits", "1 visit". */
export const visitsText = (n: number): string => plural('popupVisits', n, [count(n)]);
