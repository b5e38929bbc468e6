import { firstView, languageApplied } from './first-requests';
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { App } from './components/app';
import { firstRender } from './first-render';
import { POPUP_CONTENT_MARK } from './content-mark';
import { popupStore } from './store';

// Asked right away (first-requests.ts); the language setting is read meanwhile, then the popup renders in
// it — with the answer if it came quickly (first-render.ts). `lang` follows the catalogue in use, so screen
// readers pronounce it right.
void firstRender(popupStore.getState().load(firstView), languageApplied, () => {
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  render(<App />, document.getElementById('app')!);
  // When its content is on screen (not a spinner): the bench reads this after the fact, so nothing has to
  // watch the popup while it opens (test/bench/popup-ready.ts). Also shown in DevTools' performance panel.
  if (popupStore.getState().state.status === 'ready') performance.mark(POPUP_CONTENT_MARK);
});
