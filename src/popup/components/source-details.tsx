/**
 * Confidence, sources and last-verified date: folded away, one click (or Enter) to open. Each source shows
 * its title and kind (공식 · 공시 · 언론 · 기타), official ones first, so a reader sees what the label rests on.
 */
import { t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { count, hostOf, longDate } from '../format';

/** Only web links: a registry entry is validated at build time, but a link is a link. */
const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

const KIND_KEYS = { official: 'sourceKindOfficial', filing: 'sourceKindFiling', press: 'sourceKindPress', other: 'sourceKindOther' } as const;

export function SourceDetails({ tool }: { tool: ToolView }) {
  const high = tool.confidence === 'high';
  const sources = tool.sources.filter((s) => isWebUrl(s.url));
  const summary = t('popupSourcesSummary', [
    t(high ? 'popupConfidenceHigh' : 'popupConfidenceMedium'), count(sources.length), longDate(tool.verified),
  ]);
  return (
    <details class="sources">
      <summary>{summary}</summary>
      <p class="muted">{t(high ? 'popupConfidenceHighHelp' : 'popupConfidenceMediumHelp')}</p>
      <h3>{t('popupSourcesTitle')}</h3>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <span class={`kind kind-${s.kind}`}>{t(KIND_KEYS[s.kind])}</span>{' '}
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.url}>{s.title}</a>{' '}
            <span class="muted host">{hostOf(s.url)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
