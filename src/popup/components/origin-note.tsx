/**
 * The domestic label: positive for a Korean tool on Korean models, and honest for a Korean service that
 * runs on foreign models ("국내 서비스 · 해외 모델 (OpenAI GPT-4)").
 */
import { t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { foreignModels } from '../../registry/types';
import { abroad, abroadText } from '../data-flow-text';
import { listText, modelName } from '../model-names';

export function OriginNote({ tool }: { tool: ToolView }) {
  const foreign = foreignModels(tool);
  // The case she least expects: a 국산 label whose prompts are processed abroad.
  const sentAbroad = abroad(tool.dataCountries).length > 0 && (
    <p class="data-abroad" id="data-abroad">{t('popupDataAbroad', abroadText(tool.dataCountries))}</p>
  );
  if (foreign.length === 0 && !sentAbroad) {
    return (
      <p class="origin-note positive">
        <span aria-hidden="true">✓ </span>
        {t('popupDomesticNote')}
      </p>
    );
  }
  return (
    <div class="origin-note mixed">
      {foreign.length > 0 && (
        <>
          <strong>{t('popupDomesticForeignModel', listText(foreign.map(modelName)))}</strong>
          <p>{t('popupDomesticForeignModelBody')}</p>
        </>
      )}
      {sentAbroad}
    </div>
  );
}
