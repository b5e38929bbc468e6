/** Confidence, sources and last-verified date: folded away, one click (or Enter) to open. */
import { t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { count, hostOf, longDate } from '../format';

/** Only web links: a registry entry is validated at build time, but a link is a link. */
const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

export function SourceDetails({ tool }: { tool: ToolView }) {
  const high = tool.confidence === 'high';
  const sources = tool.sources.filter(isWebUrl);
  const summary = t('popupSourcesSummary', [
    t(high ? 'popupConfidenceHigh' : 'popupConfidenceMedium'), count(sources.length), longDate(tool.verified),
  ]);
  return (
    <details class="sources">
      <summary>{summary}</summary>
      <p class="muted">{t(high ? 'popupConfidenceHighHelp' : 'popupConfidenceMediumHelp')}</p>
      <h3>{t('popupSourcesTitle')}</h3>
      <ul>
        {sources.map((url) => (
          <li key={url}>
            <a href={url} target="_blank" rel="noopener noreferrer" title={url}>{hostOf(url)}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
