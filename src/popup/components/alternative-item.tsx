/**
 * One Korean alternative: its name, tags a user decides on (free tier, a foreign model underneath), why it
 * fits (the hand-checked reason or its fit line), what it lacks when it is only a partial match, whether it
 * can be wired into automations (on automation and marketing tools, where that decides), and a button that
 * records the switch and opens it.
 */
import type { Ref } from 'preact';
import { JOBS } from '../../registry/job-labels';
import { localText, t } from '../../shared/i18n';
import type { AlternativeView, ToolView } from '../../shared/tool-view';
import { openAlternative } from '../actions';
import { integrationText } from '../../ui/integration-text';

export function AlternativeItem({ from, alt, showIntegrations, focusRef }: { from: ToolView; alt: AlternativeView; showIntegrations: boolean; focusRef?: Ref<HTMLButtonElement> }) {
  const { tool } = alt;
  const name = localText(tool.name);
  const reason = alt.why ?? tool.fit;
  return (
    <li>
      <div class="alt-text">
        <strong>{name}</strong>
        {tool.freeTier && <span class="tag">{t('popupFreeTier')}</span>}
        {tool.foreignModel && <span class="tag foreign-model">{t('altForeignModel')}</span>}
        {reason && <span class="fit reason">{localText(reason)}</span>}
        {alt.lacks && (
          <span class="fit lacks">
            {t('altCoversLacks', [alt.shared.map((j) => localText(JOBS[j])).join(', '), localText(JOBS[alt.lacks])])}
          </span>
        )}
        {showIntegrations && <span class="fit connects">{integrationText(tool)}</span>}
      </div>
      <button type="button" class="button" ref={focusRef} aria-label={t('popupOpenLabel', name)} onClick={() => void openAlternative(from, tool)}>
        {t('popupOpen')}
      </button>
    </li>
  );
}
