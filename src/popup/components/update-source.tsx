/** One line under the label when its facts came by a signed registry update: "업데이트된 정보 · 11월 28일". */
import { t } from '../../shared/i18n';
import { dateFormat } from '../../shared/intl-format';

const monthDay = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dateFormat({ month: 'long', day: 'numeric' }).format(new Date(y, m - 1, d));
};

export function UpdateSource({ date }: { date: string }) {
  return <p class="muted update-source" id="update-source">{t('popupUpdatedInfo', monthDay(date))}</p>;
}
