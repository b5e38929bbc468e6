/**
 * Who makes the tool (and who owns it), where it is registered when that differs, its models, and where
 * what she types is processed — each only when a source says so.
 */
import { vendorLabel } from '../../registry/vendor-names';
import { countryName, t, uiLanguage } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { dataFlowShort, dataFlowText } from '../data-flow-text';
import { modelsText } from '../model-names';

export function OriginFacts({ tool }: { tool: ToolView }) {
  const models = tool.models ?? [];
  const modelsLine = models.length > 0 ? modelsText(models, tool.vendor, tool.country) : '';
  return (
    <dl class="facts">
      <dt>{t('madeBy')}</dt>
      <dd>
        {/* Her own words stay as she wrote them; the registry's maker reads as Korean readers know it. */}
        <span title={tool.vendor}>{tool.personal ? tool.vendor : vendorLabel(tool.vendor, uiLanguage())}</span>
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
          <dd class="models" title={modelsLine}>{modelsLine}</dd>
        </>
      )}
      {tool.dataCountries && (
        <>
          <dt>{t('popupDataFlow')}</dt>
          <dd class="data-flow" title={dataFlowText(tool.dataCountries)}>
            {dataFlowShort(tool.dataCountries)}{' '}
            <a class="source-link" href={tool.dataCountries[0]!.source.url} target="_blank" rel="noopener noreferrer" title={tool.dataCountries[0]!.source.title}>
              {t('popupSourceLink')}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}
