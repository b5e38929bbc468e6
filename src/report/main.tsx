import { render } from 'preact';
import { loadLanguageSetting } from '../shared/language-setting';
import { t, uiLanguage } from '../shared/i18n';
import { App } from './components/app';
import { reportStore, useReportStore } from './store';
import { weekFromHash, weekHash } from './week-select';

// The week in the address (the weekly notification opens `report.html#week=…`); a week chosen on the page
// goes back into the address without a history entry, so a reload shows the same week.
reportStore.setState({ week: weekFromHash(location.hash) });
addEventListener('hashchange', () => {
  const week = weekFromHash(location.hash);
  if (week) reportStore.getState().showWeek(week);
});
reportStore.subscribe((state, before) => {
  if (state.week !== before.week && state.week) history.replaceState(null, '', weekHash(state.week));
});

// The user's language setting first; `lang` follows the catalogue in use, so screen readers pronounce it right.
// (esbuild's iife output has no top-level await.)
void useReportStore.getState().load();
void loadLanguageSetting().then(() => {
  document.title = t('reportTitle');
  document.documentElement.lang = uiLanguage();
  render(<App />, document.getElementById('app')!);
});
