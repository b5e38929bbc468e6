/**
 * "지원하는 AI 도구": every tool the extension labels — the registry in use plus her own entries — each with
 * its label (country, 국산/해외) and her marks (her entry, her correction, "not AI"), searchable by Korean
 * or English name, company or address, so she can check before adding a site. Folded; the list is asked
 * for (`registry:list`) only when she opens it.
 */
import { Flag } from '../../ui/flag';
import { useState } from 'preact/hooks';
import { countryName, t } from '../../shared/i18n';
import type { ListedTool } from '../../shared/personal-messages';
import { send } from '../../shared/send';

/** Lowercase, width-folded (NFKC), without spaces, dots or dashes: "Chat GPT" finds "ChatGPT", "clova-x" finds "CLOVA X". */
const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s.\-·_]+/g, '');

/** Does the tool match what she typed (every word somewhere in its names, company or hosts)? */
export function matchesTool(tool: ListedTool, query: string): boolean {
  const words = query.split(/\s+/).map(fold).filter(Boolean);
  if (words.length === 0) return true;
  const hay = [tool.name.ko, tool.name.en, tool.vendor, ...tool.hosts].map(fold).join('\n');
  return words.every((w) => hay.includes(w));
}

function Row({ tool }: { tool: ListedTool }) {
  return (
    <li data-id={tool.id} class={tool.notAi ? 'not-ai' : undefined}>
      <span class="supported-name">
        <strong>{tool.name.ko}</strong>
        {tool.name.en !== tool.name.ko && <span class="muted"> {tool.name.en}</span>}
        {tool.mine && <> <span class="mine-tag">{t('mineMarkEntry')}</span></>}
        {tool.corrected && <> <span class="mine-tag">{t('mineMarkCorrection')}</span></>}
        {tool.notAi && <> <span class="mine-tag">{t('reportSupportedNotAi')}</span></>}
      </span>{' '}
      <span class="supported-label">
        {tool.country ? <><Flag code={tool.country} /> {countryName(tool.country)}</> : t('mineCountryUnknown')}
        {' · '}
        <span class={tool.domestic ? 'domestic-text' : 'foreign-text'}>{t(tool.domestic ? 'labelDomestic' : 'labelForeign')}</span>
        {tool.vendor && ` · ${tool.vendor}`}
      </span>{' '}
      <span class="supported-hosts muted">{tool.hosts.join(', ')}</span>
    </li>
  );
}

export function SupportedTools() {
  const [tools, setTools] = useState<ListedTool[] | 'loading' | 'error' | null>(null);
  const [query, setQuery] = useState('');
  const open = (e: Event) => {
    if (!(e.currentTarget as HTMLDetailsElement).open || (tools !== null && tools !== 'error')) return;
    setTools('loading');
    send('registry:list', {}).then((r) => setTools(r.tools), () => setTools('error'));
  };
  const list = Array.isArray(tools) ? tools : [];
  const shown = list.filter((tool) => matchesTool(tool, query));
  return (
    <section aria-labelledby="supported-title" id="supported-tools">
      <details onToggle={open}>
        <summary><h2 id="supported-title">{t('reportSupportedTitle')}</h2></summary>
        <p class="muted">{t('reportSupportedIntro')}</p>
        {tools === 'loading' && <p class="muted" role="status">{t('reportSupportedLoading')}</p>}
        {tools === 'error' && <p class="error" role="alert">{t('reportSupportedError')}</p>}
        {Array.isArray(tools) && (
          <>
            <label class="supported-search">
              {t('reportSupportedSearch')}
              <input type="search" value={query} maxLength={80} onInput={(e) => setQuery(e.currentTarget.value)} />
            </label>
            <p class="muted" role="status" id="supported-count">{t('reportSupportedCount', [String(shown.length), String(list.length)])}</p>
            {shown.length === 0
              ? <p class="muted">{t('reportSupportedNone')}</p>
              : <ul class="supported-list">{shown.map((tool) => <Row key={tool.id} tool={tool} />)}</ul>}
          </>
        )}
      </details>
    </section>
  );
}
