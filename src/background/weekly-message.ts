/**
 * The weekly notification's text about last week: the three parts of AI time (국산 / 국내 서비스·해외 모델 /
 * 해외; a part at 0 % is left out, as in the popup), the biggest foreign countries, the change in the share
 * on Korean services (what the goal counts) from the week before, and the most-used foreign tool. Pure
 * (labels passed in).
 */
import { countryName, t } from '../shared/i18n';
import { MIN_SHARE_MS, pointsChange, signed, threeParts } from '../shared/share-points';
import type { WeekSummary } from '../shared/week-summary';

export interface WeeklyNotice { title: string; message: string }
export interface NoticeLabels { name: (toolId: string) => string | null; domestic: (toolId: string) => boolean | null }

const PART_KEYS = [['domestic', 'sharePartDomestic'], ['mixed', 'sharePartMixed'], ['foreign', 'sharePartForeign']] as const;

/**
 * null when last week had no AI time we can attribute, or less than a minute of it (nothing worth a
 * notification: a stray page load would read "해외 100%").
 */
export function weeklyNotice(last: WeekSummary, before: WeekSummary, labels: NoticeLabels): WeeklyNotice | null {
  const parts = last.time.total >= MIN_SHARE_MS ? threeParts(last.time) : null;
  if (!parts) return null;
  const known = last.time.domestic + last.time.foreign;
  const countries = last.byCountry
    .filter((c) => c.country !== 'KR' && c.country !== 'unknown' && c.ms > 0)
    .slice(0, 2)
    .map((c) => `${countryName(c.country)} ${Math.round((c.ms / known) * 100)}%`);
  let share = PART_KEYS.filter(([part]) => parts[part] > 0).map(([part, key]) => t(key, String(parts[part]))).join(' · ');
  if (countries.length > 0) share += ` (${countries.join(', ')})`;
  const change = pointsChange(last.domesticShare, before.domesticShare);
  const second = [];
  if (change !== null) second.push(change === 0 ? t('reportSameAsBefore') : t('reportChangeVsBefore', signed(change)));
  const top = last.byTool.find((row) => row.ms > 0 && labels.domestic(row.toolId) === false);
  const topName = top ? labels.name(top.toolId) : null;
  if (topName) second.push(t('reportNotifyTopForeign', topName));
  const lines = second.length > 0 ? [share, second.join(' · ')] : [share];
  return { title: t('reportNotifyTitle'), message: lines.join('\n') };
}
