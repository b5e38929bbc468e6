/**
 * The small "⋯" menu where people look for quick controls: pause or resume counting, exclude this tool or
 * count it again, and the settings; for a registry tool also "정보가 틀렸나요?" (opens her correction form
 * under the label) and "AI 도구가 아니에요". Each choice is saved by the worker and the popup redraws from it.
 */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { openSettings, setExcluded, setPaused } from '../actions';
import { setNotAi } from '../mine/mine-actions';
import { popupStore } from '../store';

export function ToolMenu({ tool, excluded, paused }: { tool: ToolView; excluded: boolean; paused: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="menu-wrap">
      <button type="button" class="icon-button" aria-label={t('popupMenu')} aria-expanded={open} aria-controls="tool-menu" onClick={() => setOpen(!open)}>
        ⋯
      </button>
      {open && (
        <ul class="menu" id="tool-menu" role="menu">
          <li role="none">
            <button type="button" role="menuitem" onClick={() => void setPaused(!paused)}>{t(paused ? 'popupResume' : 'popupPause')}</button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" onClick={() => void setExcluded(tool.id, !excluded)}>
              {t(excluded ? 'popupInclude' : 'popupExclude')}
            </button>
          </li>
          {tool.personal?.kind !== 'entry' && (
            <>
              <li role="none" class="menu-sep">
                <button type="button" role="menuitem" onClick={() => {
                  setOpen(false);
                  popupStore.getState().setPanel('correct');
                }}>{t('mineWrong')}</button>
              </li>
              <li role="none">
                <button type="button" role="menuitem" onClick={() => void setNotAi(tool.id, true)}>{t('mineNotAi')}</button>
              </li>
            </>
          )}
          <li role="none" class="menu-sep">
            <button type="button" role="menuitem" onClick={() => void openSettings()}>{t('popupSettings')}</button>
          </li>
        </ul>
      )}
    </div>
  );
}
