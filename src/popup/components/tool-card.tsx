/** The origin label: tool, domestic or foreign, the facts behind it and where they come from. */
import { flag, localText, t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { OriginFacts } from './origin-facts';
import { OriginNote } from './origin-note';
import { SourceDetails } from './source-details';

export function ToolCard({ tool }: { tool: ToolView }) {
  return (
    <article class={`card ${tool.domestic ? 'domestic' : 'foreign'}`} aria-labelledby="tool-name">
      <header>
        <span class="flag" aria-hidden="true">{flag(tool.country)}</span>
        <h1 id="tool-name">{localText(tool.name)}</h1>
        <span class="pill">{t(tool.domestic ? 'labelDomestic' : 'labelForeign')}</span>
      </header>
      {tool.domestic && <OriginNote tool={tool} />}
      <OriginFacts tool={tool} />
      <SourceDetails tool={tool} />
    </article>
  );
}
