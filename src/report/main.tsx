import { render } from 'preact';
import { t } from '../shared/i18n';

// Placeholder until the report page lands (issue 6).
render(<h1>{t('extName')}</h1>, document.getElementById('app')!);
