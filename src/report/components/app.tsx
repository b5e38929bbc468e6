/**
 * The weekly report and settings page. The whole page shows one week, chosen with the ‹ › switcher at the
 * top: by default the last completed week (see ../week-select.ts).
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { useReportStore } from '../store';
import { selectWeek } from '../week-select';
import { Breakdown } from './breakdown';
import { DataPanel } from './data-panel';
import { GoalPanel } from './goal-panel';
import { InputFlowPanel } from './input-flow-panel';
import { SettingsPanel } from './settings-panel';
import { ShareCard } from './share-card';
import { SwitchesPanel } from './switches-panel';
import { SupportedTools } from './supported-tools';
import { TrendChart } from './trend-chart';
import { WeekCompare } from './week-compare';
import { WeekSwitcher } from './week-switcher';
import { plural } from '../../ui/plural';

/**
 * `report.html#settings` (the popup's menu, the on-page card): the browser looked for #settings before the
 * page had drawn it, so scroll there once the data is on screen.
 */
function useScrollToHash(ready: boolean) {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const id = location.hash.slice(1);
    if (id && !id.startsWith('week=')) document.getElementById(id)?.scrollIntoView();
  }, [ready]);
}

export function App() {
  const state = useReportStore((s) => s.state);
  const requested = useReportStore((s) => s.week);
  const showWeek = useReportStore((s) => s.showWeek);
  useScrollToHash(state.status === 'ready');
  if (state.status === 'loading') return <p class="muted">{t('popupLoading')}</p>;
  if (state.status === 'error') return <p class="error" role="alert">{t('reportError')}</p>;
  const { data } = state;
  const { weeks } = data;
  const index = selectWeek(weeks, requested);
  const week = weeks[index]!;
  const previous = index > 0 ? weeks[index - 1]! : data.weekBefore;
  const inProgress = index === weeks.length - 1;
  return (
    <>
      <header class="page-header">
        <div class="title-row">
          <h1>{t('reportTitle')}</h1>
          <a class="settings-link" id="settings-link" href="#settings">{t('reportSettingsLink')}</a>
        </div>
        {data.settings.paused && <p class="notice">{t('reportPausedNotice')}</p>}
        {data.quarantine && <p class="notice">{plural('reportQuarantine', data.quarantine.keys.length)}</p>}
        <WeekSwitcher weeks={weeks} index={index} />
      </header>
      <WeekCompare week={week} previous={previous} inProgress={inProgress} />
      <InputFlowPanel week={week} data={data} />
      <GoalPanel weeks={weeks} index={index} goal={data.settings.goalPercent} />
      <section aria-labelledby="trend-title">
        <h2 id="trend-title">{t('reportTrendTitle')}</h2>
        <TrendChart weeks={weeks} goal={data.settings.goalPercent} selected={index} />
      </section>
      <Breakdown week={week} data={data} inProgress={inProgress} />
      <SwitchesPanel data={data} />
      <ShareCard week={week} previous={previous} inProgress={inProgress}
        showLastWeek={() => showWeek(weeks[weeks.length - 2]?.start ?? week.start)} />
      <DataPanel data={data} />
      <SettingsPanel data={data} />
      <SupportedTools />
    </>
  );
}
