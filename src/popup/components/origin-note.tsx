/**
 * The domestic label: positive for a Korean tool on Korean models, and honest for a Korean service that
 * runs on foreign models ("국내 서비스 · 해외 모델 (OpenAI GPT-4)").
 */
import { t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { foreignModels } from '../../registry/types';
import { listText, modelName } from '../model-names';

export function OriginNote({ tool }: { tool: ToolView }) {
  const foreign = foreignModels(tool);
  if (foreign.length === 0) {
    return (
      <p class="origin-note positive">
        <span aria-hidden="true">✓ </span>
        {t('popupDomesticNote')}
      </p>
    );
  }
  return (
    <div class="origin-note mixed">
      <strong>{t('popupDomesticForeignModel', listText(foreign.map(modelName)))}</strong>
      <p>{t('popupDomesticForeignModelBody')}</p>
    </div>
  );
}
