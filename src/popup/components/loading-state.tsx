/** Shown for the few milliseconds before the background answers; sized like content, so nothing jumps. */
import { t } from '../../shared/i18n';

export function LoadingState() {
  return (
    <section class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      <p>{t('popupLoading')}</p>
    </section>
  );
}
