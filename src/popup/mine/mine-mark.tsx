/**
 * The "hers" mark on the label: her own entry, or a registry tool shown with her correction — the
 * registry's version one tap away, and back to it with another.
 */
import { useState } from 'preact/hooks';
import { countryName, t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { saveCorrection } from './mine-actions';

export function MineMark({ tool }: { tool: ToolView }) {
  const [open, setOpen] = useState(false);
  const mark = tool.personal;
  if (!mark) return null;
  if (mark.kind === 'entry') {
    return <p class="mine-mark" id="mine-mark"><span class="mine-tag">{t('mineMarkEntry')}</span></p>;
  }
  const { registry } = mark;
  return (
    <div class="mine-mark" id="mine-mark">
      <p>
        <span class="mine-tag">{t('mineMarkCorrection')}</span> <span class="muted mine-reason">{mark.reason}</span>{' '}
        <button type="button" class="link-button" aria-expanded={open} aria-controls="mine-registry-version" onClick={() => setOpen(!open)}>
          {t('mineShowRegistry')}
        </button>
      </p>
      {open && (
        <p class="muted" id="mine-registry-version">
          {t('mineRegistrySays', [registry.vendor, countryName(registry.country)])}{' '}
          <button type="button" class="link-button" onClick={() => void saveCorrection(tool.id, null)}>{t('mineUseRegistry')}</button>
        </p>
      )}
    </div>
  );
}
