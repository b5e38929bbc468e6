/** The card's text for one tool, in the browser's language: "ChatGPT · OpenAI · 미국". */
import { alternativesFor } from '../registry/registry';
import { isDomestic, type Tool } from '../registry/types';
import type { CardContent } from '../shared/messages';
import { countryName, flag, localText, t } from '../shared/i18n';

export function cardContent(tool: Tool): CardContent {
  const title = [localText(tool.name), tool.vendor, countryName(tool.country)].join(' · ');
  if (isDomestic(tool)) {
    const foreignModel = (tool.models ?? []).some((m) => m.country !== tool.country);
    return { flag: flag(tool.country), title, alternatives: t(foreignModel ? 'cardDomesticForeignModel' : 'cardDomestic') };
  }
  const alternatives = alternativesFor(tool).slice(0, 2).map((alt) => localText(alt.name));
  return {
    flag: flag(tool.country),
    title,
    alternatives: alternatives.length > 0 ? t('cardAlternatives', alternatives.join(', ')) : '',
  };
}
