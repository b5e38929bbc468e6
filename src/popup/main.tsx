import { firstView, languageApplied } from './first-requests';
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { App } from './components/app';
import { markOnce, POPUP_STEP_MARKS } from './content-mark';
import { firstRender } from './first-render';
import { popupStore } from './store';
import { warmUp } from './warm-up';

// Asked right away (first-requests.ts); the language setting is read meanwhile, then the popup renders in
// it — with the answer if it came quickly (first-render.ts). `lang` follows the catalogue in use, so screen
// readers pronounce it right.
void firstRender(popupStore.getState().load(firstView), languageApplied, () => {
  markOnce(POPUP_STEP_MARKS.render);
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  // App marks when its content is on screen (content-mark.ts): the bench reads the mark after the fact,
  // so nothing has to watch the popup while it opens (test/bench/popup-ready.ts).
  render(<App />, document.getElementById('app')!);
});
// While the answer is on its way: the first render's one-time work, done off-page (warm-up.tsx).
warmUp();
