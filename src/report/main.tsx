import { render } from 'preact';
import { loadLanguageSetting } from '../shared/language-setting';
import { t, uiLanguage } from '../shared/i18n';
import { App } from './components/app';
import { useReportStore } from './store';

// The user's language setting first; `lang` follows the catalogue in use, so screen readers pronounce it right.
// (esbuild's iife output has no top-level await.)
void useReportStore.getState().load();
void loadLanguageSetting().then(() => {
  document.title = t('reportTitle');
  document.documentElement.lang = uiLanguage();
  render(<App />, document.getElementById('app')!);
});
