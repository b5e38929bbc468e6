/** The chosen week by country (with flags), by category and by tool; plus how much of the Korean services' time was on foreign models. */
import { CATEGORY_KEYS } from '../../ui/category-labels';
import { HOME_COUNTRY } from '../../registry/types';
import { countryName, t } from '../../shared/i18n';
import type { ReportData } from '../../shared/report-types';
import type { WeekSummary } from '../../shared/week-summary';
import { duration, toolNames } from '../format';
import { BarList, type BarRow, type Side } from './bar-list';


export function Breakdown({ week, data, inProgress }: { week: WeekSummary; data: ReportData; inProgress: boolean }) {
  const name = toolNames(data);
  const total = week.time.total;
  if (total <= 0) return <p class="muted" id="no-use">{t(inProgress ? 'reportNoUseYet' : 'reportNoUseWeek')}</p>;
  const onForeignModels = new Set(data.tools.filter((x) => x.foreignModel).map((x) => x.id));
  const side = (id: string, domestic: boolean | undefined): Side =>
    domestic === undefined ? null : !domestic ? 'foreign' : onForeignModels.has(id) ? 'mixed' : 'domestic';
  const countries = week.byCountry.map((c) => ({
    key: c.country,
    label: c.country === 'unknown' ? t('reportCatUnknown') : countryName(c.country),
    ...(c.country === 'unknown' ? {} : { country: c.country }),
    ms: c.ms,
    side: (c.country === 'unknown' ? null : c.country === HOME_COUNTRY ? 'domestic' : 'foreign') as Side,
  }));
  const categories = week.byCategory.map((c) => ({ key: c.category, label: t(CATEGORY_KEYS[c.category]), ms: c.ms }));
  const tools = week.byTool.slice(0, 10).map((row) => {
    const label = data.labels[row.toolId];
    // Her own entries and corrections are marked as hers here too.
    const hers = label?.mine ? ` · ${t(label.mine === 'entry' ? 'mineMarkEntry' : 'mineMarkCorrection')}` : '';
    return { key: row.toolId, label: `${name(row.toolId)}${hers}`, ...(label ? { country: label.country } : {}), ms: row.ms, side: side(row.toolId, label?.domestic) };
  });
  const modelShare = week.time.domestic > 0 ? Math.round((week.time.mixed / week.time.domestic) * 100) : null;
  return (
    <>
      <BarSection id="country" title={t('reportByCountry')} rows={countries} total={total} />
      <section aria-labelledby="model-title">
        <h2 id="model-title">{t('reportModelTitle')}</h2>
        <p id="model-origin">
          {modelShare === null
            ? t('reportModelNone')
            : week.time.mixed === 0
              ? t('reportModelAllKorean')
              : t('reportModelShare', [String(modelShare), duration(week.time.mixed)])}
        </p>
      </section>
      <BarSection id="category" title={t('reportByCategory')} rows={categories} total={total} />
      <BarSection id="tool" title={t('reportByTool')} rows={tools} total={total} />
    </>
  );
}

/** One ranked breakdown (country, category, tool): a titled section holding its bar list. */
function BarSection({ id, title, rows, total }: { id: string; title: string; rows: BarRow[]; total: number }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <BarList rows={rows} total={total} label={title} />
    </section>
  );
}
