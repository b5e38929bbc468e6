/** The weekly report and settings page. */
import { t } from '../../shared/i18n';
import { useReportStore } from '../store';
import { Breakdown } from './breakdown';
import { DataPanel } from './data-panel';
import { GoalPanel } from './goal-panel';
import { SettingsPanel } from './settings-panel';
import { ShareCard } from './share-card';
import { SwitchesPanel } from './switches-panel';
import { TrendChart } from './trend-chart';
import { WeekCompare } from './week-compare';

export function App() {
  const state = useReportStore((s) => s.state);
  if (state.status === 'loading') return <p class="muted">{t('popupLoading')}</p>;
  if (state.status === 'error') return <p class="error" role="alert">{t('reportError')}</p>;
  const { data } = state;
  const current = data.weeks[data.weeks.length - 1]!;
  const previous = data.weeks[data.weeks.length - 2] ?? current;
  return (
    <>
      <header class="page-header">
        <h1>{t('reportTitle')}</h1>
        {data.settings.paused && <p class="notice">{t('reportPausedNotice')}</p>}
        {data.quarantine && <p class="notice">{t('reportQuarantine', String(data.quarantine.keys.length))}</p>}
      </header>
      <WeekCompare current={current} previous={previous} />
      <GoalPanel weeks={data.weeks} goal={data.settings.goalPercent} />
      <section aria-labelledby="trend-title">
        <h2 id="trend-title">{t('reportTrendTitle')}</h2>
        <TrendChart weeks={data.weeks} goal={data.settings.goalPercent} />
      </section>
      <Breakdown week={current} data={data} />
      <SwitchesPanel data={data} />
      <ShareCard week={current} previous={previous} />
      <DataPanel data={data} />
      <SettingsPanel data={data} />
    </>
  );
}
