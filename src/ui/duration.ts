/**
 * "2시간 5분" / "2 hr 5 min" / "1분 미만": AI time in whole minutes (habits, not a stopwatch), with Intl's
 * units in the UI language. The one duration format of every page (popup, report, welcome).
 */
import { t, uiLanguage } from '../shared/i18n';
import { numberFormat } from '../shared/intl-format';

const unit = (value: number, name: 'hour' | 'minute'): string =>
  numberFormat({ style: 'unit', unit: name, unitDisplay: uiLanguage() === 'ko' ? 'long' : 'short' }).format(value);

export function duration(ms: number): string {
  if (ms > 0 && ms < 60_000) return t('popupLessThanMinute');
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return unit(m, 'minute');
  return m === 0 ? unit(h, 'hour') : `${unit(h, 'hour')} ${unit(m, 'minute')}`;
}

