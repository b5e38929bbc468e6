import { render } from 'preact';
import { loadLanguageSetting } from '../shared/language-setting';
import { t, uiLanguage } from '../shared/i18n';
import { Welcome } from './welcome';

// The user's language first (an update re-opening this page may find one chosen already).
void loadLanguageSetting().then(() => {
  document.title = t('welcomeTitle');
  document.documentElement.lang = uiLanguage();
  render(<Welcome />, document.getElementById('app')!);
});
