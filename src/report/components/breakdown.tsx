/** This week by country (with flags), by category and by tool; plus how much "domestic" ran on foreign models. */
import { HOME_COUNTRY } from '../../registry/types';
import { countryName, flag, t } from '../../shared/i18n';
import type { ReportData } from '../../shared/report-types';
import type { WeekSummary } from '../../shared/week-summary';
import { duration, toolNames } from '../format';
import { BarList } from './bar-list';

const CATEGORY_KEYS: Record<string, string> = {
  chat: 'reportCatChat', search: 'reportCatSearch', image: 'reportCatImage', video: 'reportCatVideo',
  audio: 'reportCatAudio', writing: 'reportCatWriting', translation: 'reportCatTranslation',
  automation: 'reportCatAutomation', code: 'reportCatCode', productivity: 'reportCatProductivity',
  marketing: 'reportCatMarketing', education: 'reportCatEducation', other: 'reportCatOther', unknown: 'reportCatUnknown',
};

export function Breakdown({ week, data }: { week: WeekSummary; data: ReportData }) {
  const name = toolNames(data);
  const total = week.time.total;
  if (total <= 0) return <p class="muted">{t('reportNoUseYet')}</p>;
  const countries = week.byCountry.map((c) => ({
    key: c.country,
    label: c.country === 'unknown' ? t('reportCatUnknown') : `${flag(c.country)} ${countryName(c.country)}`,
    ms: c.ms,
    domestic: c.country === 'unknown' ? null : c.country === HOME_COUNTRY,
  }));
  const categories = week.byCategory.map((c) => ({ key: c.category, label: t(CATEGORY_KEYS[c.category] ?? 'reportCatUnknown'), ms: c.ms }));
  const tools = week.byTool.slice(0, 10).map((row) => {
    const label = data.labels[row.toolId];
    return { key: row.toolId, label: `${label ? flag(label.country) : ''} ${name(row.toolId)}`.trim(), ms: row.ms, domestic: label?.domestic ?? null };
  });
  const modelShare = week.time.domestic > 0 ? Math.round((week.time.mixed / week.time.domestic) * 100) : null;
  return (
    <>
      <section aria-labelledby="country-title">
        <h2 id="country-title">{t('reportByCountry')}</h2>
        <BarList rows={countries} total={total} label={t('reportByCountry')} />
      </section>
      <section aria-labelledby="model-title">
        <h2 id="model-title">{t('reportModelTitle')}</h2>
        <p id="model-origin">
          {modelShare === null
            ? t('reportModelNone')
            : t('reportModelShare', [String(modelShare), duration(week.time.mixed)])}
        </p>
      </section>
      <section aria-labelledby="category-title">
        <h2 id="category-title">{t('reportByCategory')}</h2>
        <BarList rows={categories} total={total} label={t('reportByCategory')} />
      </section>
      <section aria-labelledby="tool-title">
        <h2 id="tool-title">{t('reportByTool')}</h2>
        <BarList rows={tools} total={total} label={t('reportByTool')} />
      </section>
    </>
  );
}
