/**
 * The weekly notification's text: last week's domestic / foreign share of AI time, the biggest foreign
 * countries, the change from the week before, and the most-used foreign tool. Pure (labels passed in).
 */
import { countryName, t } from '../shared/i18n';
import { percent, pointsChange, signed } from '../shared/share-points';
import type { WeekSummary } from '../shared/week-summary';

export interface WeeklyNotice { title: string; message: string }
export interface NoticeLabels { name: (toolId: string) => string | null; domestic: (toolId: string) => boolean | null }

/** null when last week had no AI time we can attribute (nothing worth a notification). */
export function weeklyNotice(last: WeekSummary, before: WeekSummary, labels: NoticeLabels): WeeklyNotice | null {
  const domestic = percent(last.domesticShare);
  if (domestic === null) return null;
  const known = last.time.domestic + last.time.foreign;
  const countries = last.byCountry
    .filter((c) => c.country !== 'KR' && c.country !== 'unknown' && c.ms > 0)
    .slice(0, 2)
    .map((c) => `${countryName(c.country)} ${Math.round((c.ms / known) * 100)}%`);
  let line = t('reportNotifyShare', [String(domestic), String(100 - domestic)]);
  if (countries.length > 0) line += ` (${countries.join(', ')})`;
  const change = pointsChange(last.domesticShare, before.domesticShare);
  if (change !== null) line += ` — ${t('reportNotifyChange', signed(change))}`;
  const top = last.byTool.find((row) => row.ms > 0 && labels.domestic(row.toolId) === false);
  const topName = top ? labels.name(top.toolId) : null;
  const lines = topName ? [line, t('reportNotifyTopForeign', topName)] : [line];
  return { title: t('reportNotifyTitle'), message: lines.join('\n') };
}
