import { t } from '../../shared/i18n';
import { usePopupStore } from '../store';
import { PageNotice } from './page-notice';
import { ToolCard } from './tool-card';

export function App() {
  const state = usePopupStore((s) => s.state);
  if (state.status === 'loading') return <p class="muted">{t('popupLoading')}</p>;
  if (state.status === 'error') return <PageNotice title={t('popupError')} body="" />;
  const { view } = state;
  if (view.kind === 'tool' && view.tool) return <ToolCard tool={view.tool} alternatives={view.alternatives} />;
  if (view.kind === 'browser') return <PageNotice title={t('pageBrowserTitle')} body={t('pageBrowserBody')} />;
  return <PageNotice title={t('pageWebTitle')} body={t('pageWebBody')} />;
}
