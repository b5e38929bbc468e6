/** Who makes the tool (and who owns it), where it is registered when that differs, and its models. */
import { countryName, t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { listText, modelItems } from '../model-names';

export function OriginFacts({ tool }: { tool: ToolView }) {
  const models = tool.models ?? [];
  return (
    <dl class="facts">
      <dt>{t('madeBy')}</dt>
      <dd>
        {tool.vendor}
        {tool.parent && <span class="sub">{t('ownedBy', [tool.parent.name, countryName(tool.parent.country)])}</span>}
      </dd>
      {tool.legalCountry && (
        <>
          <dt>{t('popupLegalCountry')}</dt>
          <dd>{countryName(tool.legalCountry)}</dd>
        </>
      )}
      {models.length > 0 && (
        <>
          <dt>{t('popupModels')}</dt>
          <dd class="models">{listText(modelItems(models, tool.vendor))}</dd>
        </>
      )}
    </dl>
  );
}
