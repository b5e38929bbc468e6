/**
 * Korean alternatives for a foreign tool. When some do the tool's main job they are ranked ("국산 대안",
 * numbered); when none does, the popup says so plainly and lists partial ones unnumbered, each saying what
 * it lacks — never a confident ranking of tools that do something else. The first two show at once (one, or
 * none, under a tall label: fit-level.ts); the rest are one click away, so the popup stays within 600 px.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { count } from '../format';
import { t } from '../../shared/i18n';
import type { AlternativeView, ToolView } from '../../shared/tool-view';
import { AlternativeItem } from './alternative-item';

export const SHOWN_FIRST = 2; // two fit the 600 px popup with the tally below; the rest is one click away

export function AlternativeList({ from, alternatives, showIntegrations, first = SHOWN_FIRST }: {
  from: ToolView; alternatives: AlternativeView[]; showIntegrations: boolean;
  /** How many show before the button: fewer under a tall label (fit-level.ts). */
  first?: number;
}) {
  const [all, setAll] = useState(false);
  const firstMore = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the first newly shown alternative, not on the top of the page.
  useEffect(() => { if (all) firstMore.current?.focus(); }, [all]);
  const close = alternatives.some((a) => a.match === 'close');
  const shown = all ? alternatives : alternatives.slice(0, first);
  const hidden = alternatives.length - shown.length;
  const List = close ? 'ol' : 'ul';
  return (
    <section class="alternatives" aria-labelledby="alt-title">
      <header class="section-head">
        <h2 id="alt-title">{t(close ? 'alternativesTitle' : 'altNoCloseTitle')}</h2>
        {hidden > 0 && (
          <button type="button" class="link-button" aria-expanded="false" onClick={() => setAll(true)}>
            {t(shown.length ? 'popupMoreAlternatives' : 'popupShowAlternatives', count(hidden))}
          </button>
        )}
      </header>
      {!close && <p class="muted alt-intro">{t(alternatives.length ? 'altPartialIntro' : 'altNoneAtAll')}</p>}
      {shown.length > 0 && (
        <List class={close ? 'ranked' : 'partial'}>
          {shown.map((alt, i) => (
            <AlternativeItem key={alt.tool.id} from={from} alt={alt} showIntegrations={showIntegrations} focusRef={i === first ? firstMore : undefined} />
          ))}
        </List>
      )}
    </section>
  );
}
