/**
 * Picks the popup's state: loading, error, an AI tool, or another page; banners above, her own-registry
 * controls under the label, the week (and report link) below. While one of her forms is open it is the
 * task: alternatives, the week and the sources line step aside, so the popup still fits.
 */
import { useLayoutEffect } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { markContentShown } from '../content-mark';
import { setExcluded, setPaused } from '../actions';
import { alternativesShown, tallyColumns, useFitLevel } from '../fit-level';
import { usePopupStore, type Panel } from '../store';
import type { PopupView } from '../../shared/popup-view';
import { AlternativeList } from './alternative-list';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';
import { MinePanel } from '../mine/mine-panel';
import { PageNotice } from './page-notice';
import { StatusBanner } from './status-banner';
import { ToolCard } from './tool-card';
import { UpdateSource } from './update-source';
import { WeekTally } from './week-tally';

export function App() {
  const state = usePopupStore((s) => s.state);
  const load = usePopupStore((s) => s.load);
  const panel = usePopupStore((s) => s.panel);
  useLayoutEffect(() => void (state.status === 'ready' && markContentShown()), [state.status]);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState onRetry={() => void load()} />;
  return <ViewContent view={state.view} panel={panel} />;
}

/** One view as the popup shows it: from the store in App, or a placeholder rendered off-page (warm-up.tsx). */
export function ViewContent({ view, panel }: { view: PopupView; panel: Panel }) {
  const fit = useFitLevel(view);
  const tool = view.kind === 'tool' ? view.tool : null;
  return (
    <>
      {view.paused && <StatusBanner text={t('popupPaused')} action={t('popupResume')} onAction={() => void setPaused(false)} />}
      {tool && view.excluded && !view.paused && (
        <StatusBanner text={t('popupExcluded')} action={t('popupInclude')} onAction={() => void setExcluded(tool.id, false)} />
      )}
      {tool ? (
        <>
          <ToolCard tool={tool} excluded={view.excluded} paused={view.paused} editing={panel !== null} />
          {view.updatedOn && <UpdateSource date={view.updatedOn} />}
        </>
      ) : view.kind === 'browser' ? (
        <PageNotice kind="browser" title={t('pageBrowserTitle')} body={t('pageBrowserBody')} />
      ) : (
        // While she adds this site the form says what happens; the notice keeps only its title (popup fits 600 px).
        <PageNotice kind="web" title={t('pageWebTitle')} body={panel === 'add' ? '' : t('pageWebBody')} />
      )}
      {view.kind !== 'browser' && <MinePanel mine={view.mine} tool={tool} />}
      {!panel && tool && !tool.domestic && <AlternativeList from={tool} alternatives={view.alternatives} showIntegrations={view.integrationsMatter} first={alternativesShown(fit)} />}
      {!panel && <WeekTally week={view.week} labels={view.labels} columns={tallyColumns(fit)} />}
    </>
  );
}
