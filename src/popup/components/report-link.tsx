/** "자세한 리포트": the report page in a new tab (a real link, so it also works with middle-click). */
import { t } from '../../shared/i18n';
import { openReport, reportUrl } from '../actions';

export function ReportLink() {
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    void openReport();
  };
  return (
    <a class="report-link" href={reportUrl()} target="_blank" rel="noopener" onClick={onClick}>
      {t('popupReportLink')}
      <span aria-hidden="true"> →</span>
    </a>
  );
}
