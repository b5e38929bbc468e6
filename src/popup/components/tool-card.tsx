/**
 * The origin label. It leads with the country ("🇨🇳 중국" in the foreign colour) — the surprise is the
 * point — then the tool's name (and that it closed or was renamed, when it did), who makes it, its models,
 * and where the facts come from. Her own entry or her correction is marked as hers under the name (an entry
 * has no registry sources to show).
 */
import { countryName, localText, t } from '../../shared/i18n';
import { Flag } from '../../ui/flag';
import { monthYear } from '../format';
import type { ToolView } from '../../shared/tool-view';
import { MineMark } from '../mine/mine-mark';
import { OriginFacts } from './origin-facts';
import { OriginNote } from './origin-note';
import { SourceDetails } from './source-details';
import { ToolMenu } from './tool-menu';

/** `editing`: one of her forms is open under the label; the sources line steps aside (the popup fits 600 px). */
export function ToolCard({ tool, excluded, paused, editing = false }: { tool: ToolView; excluded: boolean; paused: boolean; editing?: boolean }) {
  return (
    <article class={`card ${tool.domestic ? 'domestic' : 'foreign'}`} aria-labelledby="tool-name">
      <header>
        <p class="origin-line">
          <Flag code={tool.country} size={20} />
          <strong class="origin-country" id="origin-country">{countryName(tool.country)}</strong>
          <span class="pill">{t(tool.domestic ? 'labelDomestic' : 'labelForeign')}</span>
        </p>
        <ToolMenu tool={tool} excluded={excluded} paused={paused} />
      </header>
      <h1 id="tool-name">{localText(tool.name)}</h1>
      {tool.status && (
        // A closed or renamed tool's site may still open (a goodbye page, a redirect): say so before its facts.
        <p class="tool-status" id="tool-status">{t(tool.status.state === 'shutdown' ? 'toolShutdown' : 'toolRenamed', monthYear(tool.status.date))}</p>
      )}
      <MineMark tool={tool} />
      {tool.domestic && <OriginNote tool={tool} />}
      <OriginFacts tool={tool} />
      {tool.personal?.kind !== 'entry' && !editing && <SourceDetails tool={tool} />}
    </article>
  );
}
