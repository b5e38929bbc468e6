/** Settings, saved as they change (each change is one validated `settings:update`). */
import { t } from '../../shared/i18n';
import type { ReportData } from '../../shared/report-types';
import { IDLE_SECONDS_RANGE, type NoticeMode, type Settings } from '../../shared/settings';
import { useReportStore } from '../store';
import { ExcludedTools } from './excluded-tools';
import { RegistryUpdateSetting } from './registry-update-setting';
import { dateFormat } from '../../shared/intl-format';

const weekdayName = (day: number): string =>
  // 2023-01-01 was a Sunday: day 0.
  dateFormat({ weekday: 'long' }).format(new Date(2023, 0, 1 + day));

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(v)));

export function SettingsPanel({ data }: { data: ReportData }) {
  const update = useReportStore((s) => s.updateSettings);
  const s = data.settings;
  const saved = (patch: Partial<Settings>) => update(patch).catch((e) => console.error('[ai-origin] settings', e));
  const save = (patch: Partial<Settings>) => void saved(patch);

  return (
    <section aria-labelledby="settings-title" id="settings">
      <h2 id="settings-title">{t('reportSettingsTitle')}</h2>
      <Toggle id="set-paused" checked={s.paused} label={t('reportSetPaused')} onChange={(paused) => save({ paused })} />
      <label class="row">
        {t('reportSetGoal')}
        <input type="number" id="set-goal" min={0} max={100} step={5} value={s.goalPercent}
          onChange={(e) => save({ goalPercent: clamp(Number(e.currentTarget.value) || 0, 0, 100) })} />
        <span class="muted">{t('reportSetGoalHint')}</span>
      </label>
      <label class="row">
        {t('reportSetNotice')}
        <select id="set-notice" value={s.noticeMode} onChange={(e) => save({ noticeMode: e.currentTarget.value as NoticeMode })}>
          <option value="card">{t('reportNoticeCard')}</option>
          <option value="badge">{t('reportNoticeBadge')}</option>
          <option value="off">{t('reportNoticeOff')}</option>
        </select>
      </label>
      <Toggle id="set-domestic-card" checked={s.domesticCard} label={t('reportSetDomesticCard')} onChange={(domesticCard) => save({ domesticCard })} />
      <label class="row">
        {t('reportSetIdle')}
        <input type="number" id="set-idle" min={IDLE_SECONDS_RANGE[0]} max={IDLE_SECONDS_RANGE[1]} step={15} value={s.idleSeconds}
          onChange={(e) => save({ idleSeconds: clamp(Number(e.currentTarget.value) || 60, ...IDLE_SECONDS_RANGE) })} />
      </label>
      <label class="row">
        {t('reportSetWeekStart')}
        <select id="set-week-start" value={String(s.weekStart)} onChange={(e) => save({ weekStart: Number(e.currentTarget.value) })}>
          {[1, 2, 3, 4, 5, 6, 0].map((d) => <option key={d} value={String(d)}>{weekdayName(d)}</option>)}
        </select>
      </label>
      <Toggle id="set-weekly" checked={s.weeklyNotification} label={t('reportSetWeekly')} onChange={(weeklyNotification) => save({ weeklyNotification })} />
      <label class="row">
        {t('reportSetNotifyTime')}
        <input type="time" id="set-notify-time" value={s.notifyTime} disabled={!s.weeklyNotification}
          onChange={(e) => /^\d\d:\d\d$/.test(e.currentTarget.value) && save({ notifyTime: e.currentTarget.value })} />
      </label>
      <label class="row">
        {t('reportSetLanguage')}
        <select id="set-language" value={s.language} onChange={(e) => save({ language: e.currentTarget.value as Settings['language'] })}>
          <option value="auto">{t('reportLangAuto')}</option>
          <option value="ko">한국어</option>
          <option value="en">English</option>
        </select>
      </label>
      <RegistryUpdateSetting status={data.registryUpdates} save={saved} />
      <ExcludedTools tools={data.tools} excluded={s.excluded} save={save} />
    </section>
  );
}

/** One on/off setting: a checkbox with its label. */
function Toggle({ id, checked, label, onChange }: { id: string; checked: boolean; label: string; onChange: (on: boolean) => void }) {
  return (
    <label class="row">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}
