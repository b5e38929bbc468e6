/**
 * "기록하지 않을 도구": the excluded tools as chips (× tracks one again), and a search box over every
 * registry tool — Korean or English name, or host — instead of a drop-down of ~270 names. Enter adds the
 * first match. Its own file so that settings-panel.tsx only places it.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { countryName, localText, t, uiLanguage } from '../../shared/i18n';
import type { ReportData } from '../../shared/report-types';
import type { Settings } from '../../shared/settings';
import { searchTools } from '../tool-search';

interface Props {
  tools: ReportData['tools'];
  excluded: string[];
  save: (patch: Partial<Settings>) => void;
}

export function ExcludedTools({ tools, excluded, save }: Props) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const language = uiLanguage();
  const sorted = useMemo(
    () => [...tools].sort((a, b) => localText(a.label.name).localeCompare(localText(b.label.name), language)),
    [tools, language],
  );
  const nameOf = (id: string) => {
    const tool = tools.find((x) => x.id === id);
    return tool ? localText(tool.label.name) : id;
  };
  const matches = searchTools(sorted.filter((x) => !excluded.includes(x.id)), query);
  const add = (id: string) => {
    save({ excluded: [...excluded, id] });
    setQuery('');
    input.current?.focus();
  };

  return (
    <fieldset class="excluded" id="excluded">
      <legend>{t('reportSetExcluded')}</legend>
      {excluded.length === 0 && <p class="muted">{t('reportExcludedNone')}</p>}
      <ul class="chips" id="excluded-list">
        {excluded.map((id) => (
          <li key={id}>
            {nameOf(id)}{' '}
            <button type="button" aria-label={t('reportExcludedRemove', nameOf(id))}
              onClick={() => save({ excluded: excluded.filter((x) => x !== id) })}>×</button>
          </li>
        ))}
      </ul>
      <label class="exclude-search">
        {t('reportExcludedSearch')}
        <input ref={input} type="search" id="exclude-search" value={query} autocomplete="off" spellcheck={false}
          placeholder={t('reportExcludedSearchHint')} aria-controls="exclude-results"
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && matches[0]) (e.preventDefault(), add(matches[0].id));
            if (e.key === 'Escape') setQuery('');
          }} />
      </label>
      <div id="exclude-results" aria-live="polite">
        {query.trim() !== '' && matches.length === 0 && <p class="muted" id="exclude-none">{t('reportExcludedNoMatch')}</p>}
        {matches.length > 0 && (
          <ul class="exclude-results" aria-label={t('reportExcludedResults')}>
            {matches.map((x) => {
              const name = localText(x.label.name);
              const other = x.label.name[language === 'ko' ? 'en' : 'ko'];
              return (
                <li key={x.id}>
                  <button type="button" class="exclude-add" data-tool={x.id} onClick={() => add(x.id)}>
                    <span class="result-name">{name}{other !== name && <span class="muted"> {other}</span>}</span>
                    <span class="muted result-facts">{`${countryName(x.label.country)} · ${x.hosts[0] ?? ''}`}</span>
                    <span class="result-action">{t('reportExcludedAddOne')}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
