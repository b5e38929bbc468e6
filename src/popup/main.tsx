import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { loadLanguageSetting } from '../shared/language-setting';
import { App } from './components/app';
import { firstRender } from './first-render';
import { popupStore } from './store';

// Ask the background right away; meanwhile read the user's language setting, then render in it — with
// the answer if it came quickly (first-render.ts). `lang` follows the catalogue in use, so screen readers
// pronounce it right.
void firstRender(popupStore.getState().load(), loadLanguageSetting(), () => {
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  render(<App />, document.getElementById('app')!);
});
