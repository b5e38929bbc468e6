/** The origin label: tool, company, country (and parent), domestic or foreign. */
import { countryName, flag, localText, t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { AlternativeList } from './alternative-list';

export function ToolCard({ tool, alternatives }: { tool: ToolView; alternatives: ToolView[] }) {
  return (
    <article class={`card ${tool.domestic ? 'domestic' : 'foreign'}`} aria-labelledby="tool-name">
      <header>
        <span class="flag" aria-hidden="true">{flag(tool.country)}</span>
        <h1 id="tool-name">{localText(tool.name)}</h1>
        <span class="pill">{t(tool.domestic ? 'labelDomestic' : 'labelForeign')}</span>
      </header>
      <dl>
        <dt>{t('madeBy')}</dt>
        <dd>{tool.vendor}</dd>
        <dt>{t('origin')}</dt>
        <dd class="country">{countryName(tool.country)}</dd>
        {tool.parent && (
          <>
            <dt />
            <dd>{t('ownedBy', [tool.parent.name, countryName(tool.parent.country)])}</dd>
          </>
        )}
      </dl>
      {alternatives.length > 0 && <AlternativeList tools={alternatives} />}
    </article>
  );
}
