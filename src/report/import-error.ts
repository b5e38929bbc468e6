/** A rejected import file, in words the user can act on. */
import type { ImportError } from '../shared/export-format';
import { t } from '../shared/i18n';

export function importErrorText(error: ImportError): string {
  switch (error.code) {
    case 'json': return t('reportImportErrJson');
    case 'tooBig': return t('reportImportErrTooBig');
    case 'format': return t('reportImportErrFormat');
    case 'newer': return t('reportImportErrNewer', String(error.version));
    case 'shape': return t('reportImportErrShape', error.path);
    case 'future': return t('reportImportErrFuture', error.day);
    case 'space': return t('reportImportErrSpace');
  }
}
