/** Ranked Korean alternatives, each with its one-line fit note. */
import { localText, t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';

export function AlternativeList({ tools }: { tools: ToolView[] }) {
  return (
    <section class="alternatives" aria-labelledby="alt-title">
      <h2 id="alt-title">{t('alternativesTitle')}</h2>
      <ol>
        {tools.map((tool) => (
          <li key={tool.id}>
            <strong>{localText(tool.name)}</strong>
            {tool.fit && <span class="fit">{localText(tool.fit)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
