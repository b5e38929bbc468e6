/**
 * "2시간 5분" / "2 hr 5 min" / "1분 미만": AI time in whole minutes (habits, not a stopwatch), in the UI
 * language. The one duration format of every page (popup, report, welcome). The units are our own
 * messages, worded as Intl's (ko long, en short) — without building an `Intl.NumberFormat`, which the
 * popup paid for as it opened (grouped-number.ts).
 */
import { t } from '../shared/i18n';
import { groupedNumber } from './grouped-number';

export function duration(ms: number): string {
  if (ms > 0 && ms < 60_000) return t('popupLessThanMinute');
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const mins = t('durationMinutes', groupedNumber(m));
  if (h === 0) return mins;
  const hours = t('durationHours', groupedNumber(h));
  return m === 0 ? hours : `${hours} ${mins}`;
}
