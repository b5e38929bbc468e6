/** Numbers, durations and dates for the popup, formatted with Intl in the UI language. */
export { duration } from '../ui/duration';
import { t, uiLanguage } from '../shared/i18n';
import { percent } from '../shared/share-points';
import { dateFormat, numberFormat } from '../shared/intl-format';

/** A whole percent (already rounded by share-points, so shown numbers add up) as "25%". */
export const percentText = (whole: number): string =>
  numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(whole / 100);

/** Share 0–1 → "25%", or null when there is no share. */
export function shareText(share: number | null): string | null {
  const whole = percent(share);
  return whole === null ? null : percentText(whole);
}

export const count = (n: number): string => numberFormat().format(n);

/** "2026년 11월 27일" / "Nov 27, 2026" from a registry date (YYYY-MM-DD, a calendar day). */
export function longDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dateFormat({ year: 'numeric', month: uiLanguage() === 'ko' ? 'long' : 'short', day: 'numeric' })
    .format(new Date(y, m - 1, d));
}

/** "flexlab.io" for a source link's text; the full URL stays in href. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
