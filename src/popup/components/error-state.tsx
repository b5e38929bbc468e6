/** The background did not answer: a friendly sentence and a retry, never the raw error. */
import { t } from '../../shared/i18n';

export function ErrorState({ onRetry }: { onRetry: () => void }) {
  return (
    <section class="notice error" role="alert">
      <span class="notice-icon" aria-hidden="true">⚠️</span>
      <h1>{t('popupError')}</h1>
      <button type="button" class="button" onClick={onRetry}>{t('popupRetry')}</button>
    </section>
  );
}
