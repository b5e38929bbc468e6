/** Who makes the tool, where it is headquartered (and registered), its parent and its models. */
import { countryName, flag, t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { listText, modelWithCountry } from '../model-names';

export function OriginFacts({ tool }: { tool: ToolView }) {
  const models = tool.models ?? [];
  return (
    <dl class="facts">
      <dt>{t('madeBy')}</dt>
      <dd>
        {tool.vendor}
        {tool.parent && <span class="sub">{t('ownedBy', [tool.parent.name, countryName(tool.parent.country)])}</span>}
      </dd>
      <dt>{t('popupOriginHq')}</dt>
      <dd class="country">
        <span aria-hidden="true">{flag(tool.country)} </span>
        {countryName(tool.country)}
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
          <dd class="models">{listText(models.map(modelWithCountry))}</dd>
        </>
      )}
    </dl>
  );
}
