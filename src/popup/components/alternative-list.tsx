/**
 * Ranked Korean alternatives for a foreign tool, each with its fit note and a button that opens it.
 * The top three show at once; the rest are one click away, so the popup stays within Chrome's 600 px.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { count } from '../format';
import { localText, t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { openAlternative } from '../actions';

export const SHOWN_FIRST = 2; // two fit the 600 px popup with the tally below; the rest is one click away

export function AlternativeList({ from, tools }: { from: ToolView; tools: ToolView[] }) {
  const [all, setAll] = useState(false);
  const firstMore = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the first newly shown alternative, not on the top of the page.
  useEffect(() => { if (all) firstMore.current?.focus(); }, [all]);
  const shown = all ? tools : tools.slice(0, SHOWN_FIRST);
  const hidden = tools.length - shown.length;
  return (
    <section class="alternatives" aria-labelledby="alt-title">
      <h2 id="alt-title">{t('alternativesTitle')}</h2>
      {tools.length === 0 ? (
        <p class="muted">{t('popupAlternativesNone')}</p>
      ) : (
        <ol>
          {shown.map((alt, i) => {
            const name = localText(alt.name);
            return (
              <li key={alt.id}>
                <div class="alt-text">
                  <strong>{name}</strong>
                  {alt.freeTier && <span class="tag">{t('popupFreeTier')}</span>}
                  {alt.fit && <span class="fit">{localText(alt.fit)}</span>}
                </div>
                <button
                  type="button" class="button" ref={i === SHOWN_FIRST ? firstMore : undefined}
                  aria-label={t('popupOpenLabel', name)} onClick={() => void openAlternative(from, alt)}
                >
                  {t('popupOpen')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {hidden > 0 && (
        <button type="button" class="link-button" aria-expanded="false" onClick={() => setAll(true)}>
          {t('popupMoreAlternatives', count(hidden))}
        </button>
      )}
    </section>
  );
}
